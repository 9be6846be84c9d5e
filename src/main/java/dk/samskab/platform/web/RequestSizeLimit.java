package dk.samskab.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * Answers a request body larger than the site accepts with a friendly "too large" page (413)
 * before anything reads it, instead of the error the container raises while parsing it. Forms
 * are small; a form that carries a file may be up to 100 MB, so that a hand-in over its own
 * 10 MB limit still reaches the page and gets its message next to the field. Declared first
 * in web.xml, so it runs before any other filter reads a parameter.
 */
public class RequestSizeLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The container's own limit for url-encoded forms (Grizzly's max-post-size). */
    static final long FORM_BYTES = 2L * 1024 * 1024;
    /** Matches max-request-size of the Faces servlet's multipart-config in web.xml. */
    static final long MULTIPART_BYTES = 100L * 1024 * 1024;

    /** The integration API and the Learning Record Store: their clients are programs, not browsers. */
    static final List<String> MACHINE_ENDPOINTS = List.of("/api/", "/xapi/", "/cmi5/");

    /**
     * Whether the request is for an endpoint that programs call: it answers in JSON, limits its bodies
     * itself and authenticates every request by its own credentials, never by a cookie. Judged by the
     * path the container mapped, decoded and normalised, so that no spelling of another address
     * (/api/../learner/...) passes for one.
     */
    static boolean isMachineEndpoint(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return MACHINE_ENDPOINTS.stream().anyMatch(path::startsWith);
    }

    static final String PAGE = "/WEB-INF/errorpages/too-large.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isMachineEndpoint(request)) {
            // Its answer to a body too large is JSON, not this page.
            chain.doFilter(request, response);
            return;
        }
        long length = request.getContentLengthLong();
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        long limit = type.startsWith("multipart/") ? MULTIPART_BYTES : FORM_BYTES;
        if (length > limit) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            // Shown as a plain page request: the body is never read, so nothing fails while parsing it.
            request.getRequestDispatcher(PAGE).forward(new WithoutBody(request), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The request as a GET without parameters, so that the page never touches the body. */
    private static final class WithoutBody extends jakarta.servlet.http.HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public java.util.Map<String, String[]> getParameterMap() {
            return java.util.Map.of();
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }
    }
}
