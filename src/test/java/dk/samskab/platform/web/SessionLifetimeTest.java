package dk.samskab.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The absolute session limit: a session older than 8 hours ends, however active it was. */
class SessionLifetimeTest {

    /** What the filter did to the request, session, response and chain it was given. */
    private final List<String> calls = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private <T> T fake(Class<T> type, java.util.function.Function<String, Object> answers) {
        return (T) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            calls.add(type.getSimpleName() + "." + method.getName() + (args == null ? "" : List.of(args)));
            Object answer = answers.apply(method.getName());
            return answer != null ? answer : method.getReturnType() == boolean.class ? false : null;
        });
    }

    private void filter(Duration age, boolean signedIn) throws Exception {
        HttpSession session = fake(HttpSession.class,
                m -> m.equals("getCreationTime") ? System.currentTimeMillis() - age.toMillis() : null);
        Principal user = () -> "mette@demo.samskab.dk";
        HttpServletRequest request = fake(HttpServletRequest.class, m -> switch (m) {
            case "getSession" -> session;
            case "getUserPrincipal" -> signedIn ? user : null;
            case "getContextPath" -> "";
            default -> null;
        });
        HttpServletResponse response = fake(HttpServletResponse.class, m -> null);
        FilterChain chain = fake(FilterChain.class, m -> null);
        new SessionLifetime().doFilter(request, response, chain);
    }

    @Test
    void aSessionYoungerThanTheLimitGoesOn() throws Exception {
        filter(Duration.ofHours(7).plusMinutes(59), true);
        assertTrue(calls.stream().anyMatch(c -> c.startsWith("FilterChain.doFilter")));
        assertFalse(calls.stream().anyMatch(c -> c.startsWith("HttpSession.invalidate")));
    }

    @Test
    void aSignedInSessionOlderThanTheLimitEndsAndGoesToTheLoginWithANote() throws Exception {
        filter(Duration.ofHours(8).plusMinutes(1), true);
        assertTrue(calls.contains("HttpServletRequest.logout"));
        assertTrue(calls.contains("HttpSession.invalidate"));
        // A relative redirect, never one built from the client's Host header.
        assertTrue(calls.contains("HttpServletResponse.setStatus[302]"), calls.toString());
        assertTrue(calls.contains("HttpServletResponse.setHeader[Location, /login.xhtml?expired=true]"), calls.toString());
        assertFalse(calls.stream().anyMatch(c -> c.startsWith("HttpServletResponse.sendRedirect")), calls.toString());
        assertFalse(calls.stream().anyMatch(c -> c.startsWith("FilterChain.doFilter")), "the old session serves nothing more");
    }

    @Test
    void anOldAnonymousSessionIsDroppedAndThePageServedWithoutIt() throws Exception {
        filter(Duration.ofHours(9), false);
        assertTrue(calls.contains("HttpSession.invalidate"));
        assertTrue(calls.stream().anyMatch(c -> c.startsWith("FilterChain.doFilter")));
    }
}
