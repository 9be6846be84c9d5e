package dk.samskab.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every response that tell the browser to be strict: no framing by other sites, no
 * content sniffing, no referrer to other origins, no powerful features, scripts, styles and
 * images from this origin only, and HSTS once the site is served over TLS. Pages of signed-in
 * users are never cached, so a shared computer keeps nothing of them. Redirects stay relative.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * Faces and PrimeFaces write their event handlers and widget set-up as inline scripts, so
     * scripts need 'unsafe-inline'; everything else is limited to this origin, and no other site
     * may frame the pages, receive a form or be a plugin.
     */
    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Servlets that serve files replace this policy with a stricter sandbox of their own.
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (request.getUserPrincipal() != null && !isStaticResource(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new RelativeRedirects(response));
    }

    /**
     * Redirects within the site carry a relative Location. The container would otherwise make it
     * absolute with the request's Host header, which the client chooses: a forged Host would send
     * the user to another site.
     */
    public static final class RelativeRedirects extends jakarta.servlet.http.HttpServletResponseWrapper {

        public RelativeRedirects(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (location.startsWith("/") && !location.startsWith("//")) {
                resetBuffer();
                setStatus(SC_FOUND);
                setHeader("Location", location);
                flushBuffer();
            } else {
                super.sendRedirect(location);
            }
        }
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
