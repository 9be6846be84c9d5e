package dk.samskab.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles of Samskab. Sign-in is the login form's ({@code account.web.SessionAuthentication}),
 * checked against the accounts in the database ({@link AccountIdentityStore}). Passwords are
 * PBKDF2 hashes that carry their own algorithm, iterations and salt, so the parameters can be
 * raised later without invalidating existing passwords.
 */
@DeclareRoles({"ADMIN", "TRAINING_MANAGER", "INSTRUCTOR", "LEARNER"})
@ApplicationScoped
public class SecurityConfiguration {
}
