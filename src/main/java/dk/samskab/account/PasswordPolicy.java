package dk.samskab.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules for a new password, after OWASP ASVS 2.1 and NIST SP 800-63B: at least 12
 * characters (any Unicode, spaces allowed), at most 128, no composition rules, and not a
 * password everybody tries first: a known common one, one character repeated, a run such as
 * 123456789012, or the user's own e-mail address.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** Why a password was refused; each has its own message in both languages. */
    public enum Problem { TOO_SHORT, TOO_LONG, COMMON, REPEATED, SEQUENCE, CONTAINS_EMAIL }

    private static final Set<String> COMMON = load();

    /** A password that breaks a rule; the message key is password.problem.&lt;PROBLEM&gt;. */
    public static class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Problem problem;

        public Refused(Problem problem) {
            super("Password refused: " + problem);
            this.problem = problem;
        }

        public String messageKey() {
            return "password.problem." + problem;
        }
    }

    /** Throws Refused when the password breaks a rule. */
    public static void require(String password, String email) {
        check(password, email).ifPresent(problem -> {
            throw new Refused(problem);
        });
    }

    private PasswordPolicy() {
    }

    /** The first rule the password breaks, if any. */
    public static Optional<Problem> check(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || COMMON.contains(lower.strip())) {
            return Optional.of(Problem.COMMON);
        }
        if (lower.codePoints().distinct().count() <= 2) {
            return Optional.of(Problem.REPEATED);
        }
        if (isRun(lower)) {
            return Optional.of(Problem.SEQUENCE);
        }
        if (email != null && email.contains("@")) {
            String local = email.toLowerCase(Locale.ROOT).substring(0, email.indexOf('@'));
            if (lower.contains(email.toLowerCase(Locale.ROOT)) || local.length() >= 6 && lower.contains(local)) {
                return Optional.of(Problem.CONTAINS_EMAIL);
            }
        }
        return Optional.empty();
    }

    /** Every character one up (or one down) from the one before, such as abcdefghijkl. */
    private static boolean isRun(String password) {
        int up = 0;
        int down = 0;
        for (int i = 1; i < password.length(); i++) {
            char before = password.charAt(i - 1);
            char now = password.charAt(i);
            int step = now - before;
            // Digits run on through 9 to 0, as in 345678901234.
            up += step == 1 || before == '9' && now == '0' ? 1 : 0;
            down += step == -1 || before == '0' && now == '9' ? 1 : 0;
        }
        return up == password.length() - 1 || down == password.length() - 1;
    }

    private static Set<String> load() {
        Set<String> common = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("# ")).map(l -> l.strip().toLowerCase(Locale.ROOT))
                    .forEach(common::add);
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords is missing", e);
        }
        return common;
    }
}
