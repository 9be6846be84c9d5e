package dk.samskab.account;

import dk.samskab.platform.DataSourceConfiguration;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Form login against the accounts in the database. Passwords are PBKDF2 hashes; the stored hash
 * carries its own algorithm, iterations and salt, so the parameters can be raised later without
 * invalidating existing passwords.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = DataSourceConfiguration.JNDI_NAME,
        callerQuery = "SELECT a.password_hash FROM account a JOIN person p ON p.id = a.person_id"
                + " WHERE p.email = ? AND a.enabled = TRUE",
        groupsQuery = "SELECT r.role FROM account_role r JOIN account a ON a.id = r.account_id"
                + " JOIN person p ON p.id = a.person_id WHERE p.email = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            PasswordHashing.ALGORITHM_PARAMETER,
            PasswordHashing.ITERATIONS_PARAMETER,
            PasswordHashing.SALT_SIZE_PARAMETER,
            PasswordHashing.KEY_SIZE_PARAMETER
        })
@DeclareRoles({"ADMIN", "TRAINING_MANAGER", "INSTRUCTOR", "LEARNER"})
@ApplicationScoped
public class SecurityConfiguration {
}
