package dk.samskab.platform.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.net.MalformedURLException;

/** Whether an address names something this site serves: a page, a servlet or a static resource. */
public final class SiteAddresses {

    private SiteAddresses() {
    }

    /** The path is relative to the context, e.g. "/learner/index.xhtml" or "/verify/ABC". */
    public static boolean exists(ServletContext context, String path) {
        if (path.isEmpty() || path.equals("/")) {
            return true;
        }
        if (path.startsWith("/WEB-INF") || path.startsWith("/META-INF")) {
            return false;
        }
        if (path.endsWith("/")) {
            return resource(context, path + "index.xhtml");
        }
        if (path.endsWith(".xhtml") || path.startsWith("/resources/")) {
            return resource(context, path);
        }
        for (ServletRegistration servlet : context.getServletRegistrations().values()) {
            for (String mapping : servlet.getMappings()) {
                if (mapping.equals(path) || mapping.endsWith("/*") && path.startsWith(mapping.substring(0, mapping.length() - 1))
                        || mapping.startsWith("*.") && path.endsWith(mapping.substring(1)) && !mapping.equals("*.xhtml")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean resource(ServletContext context, String path) {
        try {
            return context.getResource(path) != null;
        } catch (MalformedURLException notAPath) {
            return false;
        }
    }
}
