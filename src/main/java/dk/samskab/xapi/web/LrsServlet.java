package dk.samskab.xapi.web;

import dk.samskab.xapi.BasicCredentials;
import dk.samskab.xapi.DocumentParameters;
import dk.samskab.xapi.DocumentScope;
import dk.samskab.xapi.LrsClient;
import dk.samskab.xapi.LrsClients;
import dk.samskab.xapi.LrsRefusal;
import dk.samskab.xapi.XapiVersion;
import dk.samskab.xapi.cmi5.Cmi5Session;
import dk.samskab.xapi.cmi5.Cmi5Sessions;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Learning Record Store at /xapi (xAPI 1.0.3, Communication part). Every answer carries
 * X-Experience-API-Version 1.0.3. The About Resource is open to anyone and takes any version
 * header (Communication 2.8.s5); every other request needs a version header of 1.0 or 1.0.x
 * (3.3) and the Basic credentials of an enabled LRS client (4.0), and is otherwise refused with 400
 * or 401. It offers every resource of the spec: about, statements, the document resources (state,
 * activity and agent profiles), agents and activities.
 *
 * <p>web.xml leaves /xapi/* to this servlet, which authenticates its clients itself; it never reads
 * a cookie or creates a session, and limits request bodies itself.
 */
@WebServlet(urlPatterns = "/xapi/*")
public class LrsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LrsServlet.class.getName());

    static final String CHALLENGE = "Basic realm=\"Samskab LRS\"";

    @Inject
    transient LrsClients clients;

    @Inject
    transient StatementResource statements;

    @Inject
    transient DocumentResource documents;

    @Inject
    transient IdentityResource identities;

    @Inject
    transient Cmi5Sessions cmi5;

    /** The largest request body the LRS reads; the spec wants it configurable (Communication 3.2.s3.b16). */
    @Inject
    @ConfigProperty(name = "samskab.xapi.max-request-kb", defaultValue = "1024")
    long maxRequestKb;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(XapiVersion.HEADER, XapiVersion.CURRENT);
        boolean head = "HEAD".equals(request.getMethod());
        LrsAnswer answer;
        try {
            LrsRequest lrs = LrsRequest.of(request, maxRequestKb * 1024);
            head = "HEAD".equals(lrs.method());
            answer = answer(lrs, request.getContextPath());
        } catch (LrsRefusal refusal) {
            answer = LrsAnswer.refused(refusal);
        } catch (RuntimeException unexpected) {
            LOG.log(Level.SEVERE, "The LRS could not answer " + request.getMethod() + " " + request.getRequestURI(), unexpected);
            answer = LrsAnswer.error(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "the LRS could not answer; try again later");
        }
        if (("/" + StatementResource.RESOURCE).equals(request.getPathInfo())) {
            answer.header("X-Experience-API-Consistent-Through", StatementResource.consistentThrough());
        }
        response.setHeader("Cache-Control", "no-store");
        answer.write(response, head);
    }

    private LrsAnswer answer(LrsRequest request, String contextPath) throws IOException {
        if (request.resource().equals("about")) {
            return about(request);
        }
        if (!XapiVersion.accepts(request.header(XapiVersion.HEADER))) {
            return LrsAnswer.error(HttpServletResponse.SC_BAD_REQUEST, request.header(XapiVersion.HEADER) == null
                    ? "the request has no " + XapiVersion.HEADER + " header; this LRS speaks xAPI " + XapiVersion.CURRENT
                    : "this LRS speaks xAPI 1.0.x (" + XapiVersion.CURRENT + "), not " + request.header(XapiVersion.HEADER));
        }
        Optional<BasicCredentials> credentials = BasicCredentials.of(request.header("Authorization"));
        if (credentials.isPresent() && Cmi5Sessions.isSessionKey(credentials.get().key())) {
            Optional<Cmi5Session> session = cmi5.authenticate(credentials.get());
            if (session.isEmpty()) {
                return LrsAnswer.error(HttpServletResponse.SC_UNAUTHORIZED, "the cmi5 session's token is not valid (any more);"
                        + " launch the AU again").header("WWW-Authenticate", CHALLENGE);
            }
            return sessionAnswer(request, session.get());
        }
        Optional<LrsClient> client = credentials.flatMap(clients::authenticate);
        if (client.isEmpty()) {
            return LrsAnswer.error(HttpServletResponse.SC_UNAUTHORIZED,
                    "the LRS needs the Basic credentials of an LRS client: its key and secret").header("WWW-Authenticate", CHALLENGE);
        }
        if (request.resource().equals(StatementResource.RESOURCE)) {
            return statements.answer(request, client.get(), contextPath);
        }
        Optional<DocumentScope.Resource> document = DocumentResource.at(request.resource());
        if (document.isPresent()) {
            return documents.answer(request, document.get());
        }
        if (IdentityResource.RESOURCES.contains(request.resource())) {
            return identities.answer(request);
        }
        return LrsAnswer.error(HttpServletResponse.SC_NOT_FOUND, "this LRS offers the resources about, statements, activities,"
                + " activities/state, activities/profile, agents and agents/profile; "
                + (request.resource().isEmpty() ? "name one" : request.resource() + " is not one of them"));
    }

    /**
     * What a cmi5 AU may do with its session's token: send statements about its learner, and read
     * and write that learner's documents, but not change the launch data the LMS wrote.
     */
    private LrsAnswer sessionAnswer(LrsRequest request, Cmi5Session session) throws IOException {
        if (request.resource().equals(StatementResource.RESOURCE)) {
            return statements.answerSession(request, session.getId());
        }
        Optional<DocumentScope.Resource> document = DocumentResource.at(request.resource());
        if (document.isEmpty()) {
            return LrsAnswer.error(HttpServletResponse.SC_FORBIDDEN, "a cmi5 session's token reaches statements and documents only");
        }
        DocumentParameters.Named named = DocumentParameters.of(document.get(), request.method(), request.parameters());
        if (named.scope().agentKey() != null && !named.scope().agentKey().equals(cmi5.agentKey(session))) {
            return LrsAnswer.error(HttpServletResponse.SC_FORBIDDEN, "a cmi5 session's token reaches its own learner's documents only");
        }
        boolean reading = request.method().equals("GET") || request.method().equals("HEAD");
        if (!reading && (named.documentId() == null || named.documentId().equals(Cmi5Sessions.LAUNCH_DATA))) {
            return LrsAnswer.error(HttpServletResponse.SC_FORBIDDEN, "LMS.LaunchData is written by the LMS; the AU reads it (cmi5 10.2.1)");
        }
        return documents.answer(request, document.get());
    }

    /** Which xAPI versions the LRS speaks (Communication 2.8). */
    private static LrsAnswer about(LrsRequest request) {
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return LrsAnswer.error(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "the About Resource takes GET and HEAD")
                    .header("Allow", "GET, HEAD");
        }
        if (!request.parameters().isEmpty()) {
            throw LrsRefusal.badRequest("the About Resource takes no parameters");
        }
        String json = Json.createObjectBuilder().add("version", Json.createArrayBuilder().add(XapiVersion.CURRENT)).build().toString();
        return LrsAnswer.json(HttpServletResponse.SC_OK, json).withETag();
    }
}
