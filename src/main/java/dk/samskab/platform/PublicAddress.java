package dk.samskab.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The site's own address (samskab.public.url), for every absolute link the application writes:
 * in mails, on certificates and on the verification page. Never taken from the request's Host
 * header, which a client chooses freely.
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "samskab.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** The absolute address of a path of this site, e.g. "/verify/ABC". */
    public String of(String path) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return base + path;
    }
}
