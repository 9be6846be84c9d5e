package dk.samskab.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * Refuses a form post that a browser sends from another site (403). Browsers name the page a post
 * comes from in Origin (or, failing that, Referer), and a page cannot forge them; a post from
 * elsewhere is cross-site request forgery, also against the forms that keep no view state (sign-in,
 * registration, password links, language). Requests without either header, such as scripts and
 * integrations, are left to the other checks: signed-in forms also need their view state.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SameOriginPosts extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The API and the LRS never read a cookie (their clients send their own credentials), so a
        // cross-site post cannot act for anyone there.
        if ("POST".equals(request.getMethod()) && !RequestSizeLimit.isMachineEndpoint(request) && !fromThisSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromThisSite(HttpServletRequest request) {
        String source = request.getHeader("Origin");
        if ("null".equals(source)) {
            // An opaque origin (a sandboxed frame, a page of no site): never one of our pages.
            return false;
        }
        if (source == null) {
            source = request.getHeader("Referer");
        }
        if (source == null) {
            return true;
        }
        String host = request.getHeader("X-Forwarded-Host") != null ? request.getHeader("X-Forwarded-Host") : request.getHeader("Host");
        try {
            URI origin = URI.create(source.strip());
            String authority = origin.getPort() == -1 ? origin.getHost() : origin.getHost() + ":" + origin.getPort();
            return host != null && origin.getHost() != null && (authority.equalsIgnoreCase(host.strip())
                    || origin.getPort() == -1 && host.strip().equalsIgnoreCase(origin.getHost() + ":" + defaultPort(origin)));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static int defaultPort(URI origin) {
        return "https".equalsIgnoreCase(origin.getScheme()) ? 443 : 80;
    }
}
