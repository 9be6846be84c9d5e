package dk.samskab.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Addresses inside the application, to come back to after a language switch or a sign-in. Only
 * paths of this site are accepted, never another host, so a link cannot send a user elsewhere.
 */
public final class LocalAddress {

    private LocalAddress() {
    }

    /** The page the browser asked for (path and query, without the context path), also on a forwarded or error page. */
    public static String of(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (failed != null) {
            String uri = failed.toString();
            return uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length()) : uri;
        }
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded != null ? forwarded.toString() : request.getRequestURI();
        Object forwardedQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String query = forwarded != null ? (String) forwardedQuery : request.getQueryString();
        String path = uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length()) : uri;
        return query == null || query.isEmpty() ? path : path + "?" + query;
    }

    /**
     * As {@link #of}, but an error page keeps the query of the failed request too (such as which
     * enrolment and task a form was for), so that the address opens the same page again.
     */
    public static String withQuery(HttpServletRequest request) {
        String address = of(request);
        String query = request.getQueryString();
        boolean failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null;
        return failed && query != null && !query.isEmpty() && address.indexOf('?') < 0 ? address + "?" + query : address;
    }

    /** The path if it is a safe address of this site, otherwise the fallback. */
    public static String orElse(String candidate, String fallback) {
        if (candidate == null || candidate.length() > 2000 || !candidate.startsWith("/") || candidate.startsWith("//")
                || candidate.startsWith("/\\") || candidate.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return fallback;
        }
        return candidate;
    }
}
