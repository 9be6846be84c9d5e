package dk.samskab.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie Secure when the site is served over TLS (samskab.secure-cookies, or
 * SAMSKAB_SECURE_COOKIES, set to true in production). HttpOnly and SameSite come from web.xml;
 * Secure cannot, because the local demo runs over plain HTTP.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(secure());
    }

    /** Whether every cookie of the site is marked Secure. */
    public static boolean secure() {
        return ConfigProvider.getConfig().getOptionalValue("samskab.secure-cookies", Boolean.class).orElse(false);
    }
}
