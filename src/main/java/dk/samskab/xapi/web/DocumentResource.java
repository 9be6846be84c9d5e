package dk.samskab.xapi.web;

import dk.samskab.platform.Conflicts;
import dk.samskab.xapi.DocumentParameters;
import dk.samskab.xapi.DocumentPrecondition;
import dk.samskab.xapi.DocumentScope;
import dk.samskab.xapi.DocumentStore;
import dk.samskab.xapi.LrsRefusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * The State, Activity Profile and Agent Profile Resources (Communication 2.3 to 2.6):
 * /xapi/activities/state, /xapi/activities/profile and /xapi/agents/profile. A GET with a
 * document id answers the document as it was sent, with its ETag; without one, the ids of the
 * scope's documents. PUT replaces, POST merges JSON objects, DELETE removes; all answer 204. The
 * profile resources' PUT over an existing document needs If-Match or If-None-Match (3.1).
 */
@ApplicationScoped
public class DocumentResource {

    private static final Map<String, DocumentScope.Resource> PATHS = Map.of("activities/state", DocumentScope.Resource.STATE,
            "activities/profile", DocumentScope.Resource.ACTIVITY_PROFILE, "agents/profile", DocumentScope.Resource.AGENT_PROFILE);

    static final String DEFAULT_TYPE = "application/octet-stream";

    @Inject
    DocumentStore store;

    /** The document resource at this path of the LRS, if it is one. */
    static Optional<DocumentScope.Resource> at(String resource) {
        return Optional.ofNullable(PATHS.get(resource));
    }

    LrsAnswer answer(LrsRequest request, DocumentScope.Resource resource) throws IOException {
        String method = request.method();
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("PUT") && !method.equals("POST") && !method.equals("DELETE")) {
            return LrsAnswer.error(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "a document resource takes GET, HEAD, PUT, POST and DELETE")
                    .header("Allow", "GET, HEAD, PUT, POST, DELETE");
        }
        DocumentParameters.Named named = DocumentParameters.of(resource, method, request.parameters());
        DocumentPrecondition precondition = new DocumentPrecondition(request.header("If-Match"), request.header("If-None-Match"),
                resource != DocumentScope.Resource.STATE);
        return switch (method) {
            case "PUT" -> {
                byte[] content = request.bytes();
                String type = contentType(request);
                Conflicts.retry(() -> store.put(named.scope(), named.documentId(), type, content, precondition));
                yield LrsAnswer.noContent();
            }
            case "POST" -> {
                byte[] content = request.bytes();
                String type = contentType(request);
                Conflicts.retry(() -> store.merge(named.scope(), named.documentId(), type, content, precondition));
                yield LrsAnswer.noContent();
            }
            case "DELETE" -> {
                if (named.one()) {
                    Conflicts.retry(() -> store.delete(named.scope(), named.documentId(), precondition));
                } else {
                    Conflicts.retry(() -> store.deleteAll(named.scope()));
                }
                yield LrsAnswer.noContent();
            }
            default -> named.one() ? document(named, resource) : ids(named);
        };
    }

    private LrsAnswer document(DocumentParameters.Named named, DocumentScope.Resource resource) {
        DocumentStore.Document document = store.find(named.scope(), named.documentId())
                .orElseThrow(() -> new LrsRefusal(LrsRefusal.Status.NOT_FOUND, "no document is stored under this "
                        + resource.idParameter() + " for the " + (resource == DocumentScope.Resource.AGENT_PROFILE ? "agent" : "activity")
                        + (resource == DocumentScope.Resource.STATE ? ", agent and registration" : "") + " given"));
        return LrsAnswer.document(document.contentType(), document.content()).header("ETag", "\"" + document.etag() + "\"")
                .header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(document.updated().atOffset(ZoneOffset.UTC)));
    }

    private LrsAnswer ids(DocumentParameters.Named named) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        store.ids(named.scope(), named.since()).forEach(ids::add);
        return LrsAnswer.json(HttpServletResponse.SC_OK, ids.build().toString()).withETag();
    }

    private static String contentType(LrsRequest request) {
        String type = request.header("Content-Type");
        return type == null || type.isBlank() ? DEFAULT_TYPE : type.strip();
    }
}
