package dk.samskab.api;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Keeps the served description valid OpenAPI 3. Payara adds a member of its own, "endpoints",
 * to the document it serves from META-INF/openapi.yaml; OpenAPI allows no such top-level member,
 * and validators and client generators refuse the document because of it. Payara leaves out
 * empty members, so the filter (the last step before serving) empties it.
 */
public class OpenApiDocument implements OASFilter {

    private static final Logger LOG = Logger.getLogger(OpenApiDocument.class.getName());

    @Override
    public void filterOpenAPI(OpenAPI document) {
        try {
            document.getClass().getMethod("setEndpoints", Map.class).invoke(document, new HashMap<String, Object>());
        } catch (ReflectiveOperationException | RuntimeException notPayaras) {
            // Another implementation adds no such member; the document is served as written.
            LOG.log(Level.FINE, "No server endpoints to clear from the OpenAPI document", notPayaras);
        }
    }
}
