package dk.samskab.launcher;

import dk.samskab.account.PasswordHashing;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Sign-in accounts for the generated learners and the benchmark manager, all with one password
 * (samskab-bench-2026). The hash is made once, with the application's own PBKDF2 settings and
 * format, so that every sign-in costs the server what a real one does.
 */
final class BenchAccounts {

    static final String PASSWORD = "samskab-bench-2026";

    private BenchAccounts() {
    }

    /** Adds the accounts that are missing; returns how many learners can sign in. */
    static long ensure(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement accounts = c.prepareStatement("INSERT INTO account (person_id, password_hash)"
                + " SELECT p.id, ? FROM person p WHERE p.email LIKE '%@bench.samskab.dk'"
                + " AND NOT EXISTS (SELECT 1 FROM account a WHERE a.person_id = p.id)");
                Statement s = c.createStatement()) {
            accounts.setString(1, hash(PASSWORD));
            int added = accounts.executeUpdate();
            s.executeUpdate("INSERT IGNORE INTO account_role (account_id, role) SELECT a.id, 'LEARNER' FROM account a"
                    + " JOIN person p ON p.id = a.person_id WHERE p.email LIKE 'deltager%@bench.samskab.dk'");
            s.executeUpdate("INSERT IGNORE INTO account_role (account_id, role) SELECT a.id, 'TRAINING_MANAGER' FROM account a"
                    + " JOIN person p ON p.id = a.person_id WHERE p.email = '" + DataGenerator.MANAGER + "'");
            c.commit();
            if (added > 0) {
                System.out.printf("Added %,d sign-in accounts (password %s)%n", added, PASSWORD);
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return DataGenerator.count(c, "SELECT COUNT(*) FROM account a JOIN person p ON p.id = a.person_id"
                + " WHERE p.email LIKE 'deltager%@bench.samskab.dk'");
    }

    /** The application's PBKDF2 settings, in the form its password store reads: algorithm:iterations:salt:hash. */
    static String hash(String password) {
        byte[] salt = new byte[PasswordHashing.SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        try {
            byte[] key = SecretKeyFactory.getInstance(PasswordHashing.ALGORITHM).generateSecret(
                    new PBEKeySpec(password.toCharArray(), salt, PasswordHashing.ITERATIONS, PasswordHashing.KEY_BYTES * 8)).getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return PasswordHashing.ALGORITHM + ":" + PasswordHashing.ITERATIONS + ":" + base64.encodeToString(salt) + ":"
                    + base64.encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(PasswordHashing.ALGORITHM + " is not available", e);
        }
    }
}
