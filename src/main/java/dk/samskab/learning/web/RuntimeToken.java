package dk.samskab.learning.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A token that the lesson page puts in the SCORM run-time's commit address. The run-time's last
 * commit goes by navigator.sendBeacon, which cannot carry a header, so the address itself proves
 * that the commit comes from Samskab's own page and not from another site. It is derived from the
 * session id, which no other site can read: the same on every node of a cluster, and nothing kept.
 */
public final class RuntimeToken {

    private RuntimeToken() {
    }

    public static String of(HttpServletRequest request) {
        return of(request.getSession());
    }

    public static boolean matches(HttpServletRequest request, String offered) {
        HttpSession session = request.getSession(false);
        return session != null && offered != null
                && MessageDigest.isEqual(of(session).getBytes(StandardCharsets.UTF_8), offered.getBytes(StandardCharsets.UTF_8));
    }

    private static String of(HttpSession session) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("samskab-elearning-commit:" + session.getId()).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
