package dk.samskab.xapi.web;

import dk.samskab.platform.Conflicts;
import dk.samskab.xapi.AttachmentPart;
import dk.samskab.xapi.Attachments;
import dk.samskab.xapi.LrsClient;
import dk.samskab.xapi.LrsClients;
import dk.samskab.xapi.LrsRefusal;
import dk.samskab.xapi.MoreToken;
import dk.samskab.xapi.MultipartMixed;
import dk.samskab.xapi.StatementParameters;
import dk.samskab.xapi.StatementStore;
import dk.samskab.xapi.Statements;
import dk.samskab.xapi.StrictJson;
import dk.samskab.xapi.cmi5.Cmi5Sessions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The Statement Resource, /xapi/statements (Communication 2.1): PUT one statement by id, POST one
 * or a batch, GET one by id or a page of a query.
 *
 * <p>Statements come as application/json, each attachment with a fileUrl, or as multipart/mixed
 * with the data of the attachments that have none (Communication 1.5.2). A GET with
 * attachments=true gets multipart/mixed: the statements, then the data of their attachments that
 * the LRS holds. Signed statements are stored as any other, their signature unchecked.
 */
@ApplicationScoped
public class StatementResource {

    static final String RESOURCE = "statements";

    /**
     * How far back X-Experience-API-Consistent-Through lies: a statement is stored in one short
     * transaction, which commits well within this after its stored time is taken.
     */
    static final Duration CONSISTENCY_MARGIN = Duration.ofSeconds(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    StatementStore store;

    @Inject
    LrsClients clients;

    @Inject
    Cmi5Sessions sessions;

    LrsAnswer answer(LrsRequest request, LrsClient client, String contextPath) throws IOException {
        JsonObject authority = clients.authorityOf(client);
        // Many clients may send the same statement at once: the one that loses the race is tried again, and finds it stored.
        Writer writer = (sent, parts) -> Conflicts.retry(() -> store.store(sent, parts, authority, client.getId()));
        return switch (request.method()) {
            case "GET", "HEAD" -> read(request, contextPath);
            case "PUT" -> put(request, writer);
            case "POST" -> post(request, writer);
            default -> LrsAnswer.error(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "the Statement Resource takes GET, HEAD, PUT and POST")
                    .header("Allow", "GET, HEAD, PUT, POST");
        };
    }

    /** A cmi5 AU's request with its session's token: it sends statements about its learner, and reads none. */
    LrsAnswer answerSession(LrsRequest request, String sessionId) throws IOException {
        Writer writer = (sent, parts) -> Conflicts.retry(() -> sessions.store(sessionId, sent, parts));
        return switch (request.method()) {
            case "PUT" -> put(request, writer);
            case "POST" -> post(request, writer);
            default -> LrsAnswer.error(HttpServletResponse.SC_FORBIDDEN, "a cmi5 session's token sends statements (PUT, POST);"
                    + " reading statements needs the credentials of an LRS client");
        };
    }

    /** The moment up to which every statement stored is known to be readable (Communication 2.1.3.s2.b5). */
    static String consistentThrough() {
        return Statements.timestamp(Instant.now().minus(CONSISTENCY_MARGIN));
    }

    private LrsAnswer read(LrsRequest request, String contextPath) {
        StatementParameters.Read read = StatementParameters.get(request.parameters());
        if (read instanceof StatementParameters.Single one) {
            Optional<StatementStore.Found> found = store.statement(one.id(), one.voided());
            if (found.isEmpty()) {
                return LrsAnswer.error(HttpServletResponse.SC_NOT_FOUND, one.voided()
                        ? "no voided statement has the id " + one.id()
                        : "no statement has the id " + one.id() + " (a voided statement is fetched by voidedStatementId)");
            }
            return statements(found.get().statement(), List.of(found.get().statement()), one.attachments())
                    .header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(found.get().stored().atOffset(ZoneOffset.UTC)));
        }
        StatementParameters.Page page = (StatementParameters.Page) read;
        StatementStore.Page result = store.query(page.query(), page.after());
        String more = result.hasMore()
                ? contextPath + "/xapi/" + RESOURCE + "?more=" + MoreToken.encode(page.query(), result.next()) : "";
        // The statements are written as stored: each is JSON the LRS itself produced.
        String json = "{\"statements\":[" + String.join(",", result.statements()) + "],\"more\":" + Json.createValue(more) + "}";
        return statements(json, result.statements(), page.query().attachments());
    }

    /** Statements as JSON, or with attachments asked for, as the one part of a multipart/mixed answer (Communication 1.5.2). */
    private LrsAnswer statements(String json, List<String> statements, boolean attachments) {
        if (!attachments) {
            return LrsAnswer.json(HttpServletResponse.SC_OK, json).withETag();
        }
        byte[] random = new byte[12];
        RANDOM.nextBytes(random);
        String boundary = "samskab-" + HexFormat.of().formatHex(random);
        List<JsonObject> parsed = statements.stream().map(text -> (JsonObject) StrictJson.read(text)).toList();
        byte[] body = MultipartMixed.write(boundary, json, store.attachments(Attachments.hashes(parsed, false)));
        return LrsAnswer.of(HttpServletResponse.SC_OK, "multipart/mixed; boundary=" + boundary, body).withETag();
    }

    /** One statement under the id the parameter names (Communication 2.1.1): 204 when stored, or stored before. */
    private LrsAnswer put(LrsRequest request, Writer writer) throws IOException {
        String id = StatementParameters.put(request.parameters());
        Sent sent = sent(request);
        if (!(sent.statements() instanceof JsonObject statement)) {
            throw LrsRefusal.badRequest("a PUT carries one statement, a JSON object");
        }
        if (statement.get("id") instanceof JsonString given && !given.getString().equalsIgnoreCase(id)) {
            throw LrsRefusal.badRequest("the statement's id " + given.getString() + " is not the statementId " + id);
        }
        JsonObject identified = statement.containsKey("id") ? statement : Json.createObjectBuilder(statement).add("id", id).build();
        writer.store(List.of(identified), sent.parts());
        return LrsAnswer.noContent();
    }

    /** One statement or an array of them (Communication 2.1.2): 200 with their ids, in order. */
    private LrsAnswer post(LrsRequest request, Writer writer) throws IOException {
        StatementParameters.post(request.parameters());
        Sent sent = sent(request);
        JsonValue body = sent.statements();
        List<JsonValue> statements;
        if (body instanceof JsonArray batch) {
            statements = batch;
        } else if (body instanceof JsonObject statement) {
            statements = List.of(statement);
        } else {
            throw LrsRefusal.badRequest("a POST carries a statement or an array of statements");
        }
        JsonArrayBuilder ids = Json.createArrayBuilder();
        writer.store(statements, sent.parts()).forEach(ids::add);
        return LrsAnswer.json(HttpServletResponse.SC_OK, ids.build().toString());
    }

    /** Stores statements with the attachment data that came with them; answers their ids. */
    private interface Writer {
        List<String> store(List<JsonValue> statements, List<AttachmentPart> parts);
    }

    /** What a PUT or POST sent: the statements, and the attachment parts of a multipart/mixed request. */
    private record Sent(JsonValue statements, List<AttachmentPart> parts) {
    }

    private static Sent sent(LrsRequest request) throws IOException {
        String type = request.mediaType();
        if (type.equals("multipart/mixed")) {
            MultipartMixed.Read read = MultipartMixed.read(request.header("Content-Type"), request.bytes());
            return new Sent(StrictJson.read(read.statements()), read.parts());
        }
        if (!type.equals("application/json")) {
            throw LrsRefusal.badRequest("statements are sent as application/json, not " + (type.isEmpty() ? "without a Content-Type" : type));
        }
        return new Sent(StrictJson.read(request.body()), List.of());
    }
}
