package dk.samskab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.apiclient.ApiException;
import dk.samskab.apiclient.api.AuthenticationApi;
import dk.samskab.apiclient.api.EnrolmentsApi;
import dk.samskab.apiclient.api.PeopleApi;
import dk.samskab.apiclient.model.EnrolmentView;
import dk.samskab.apiclient.model.Language;
import dk.samskab.apiclient.model.MembershipRole;
import dk.samskab.apiclient.model.NewEnrolment;
import dk.samskab.apiclient.model.NewMembership;
import dk.samskab.apiclient.model.NewPerson;
import dk.samskab.apiclient.model.PersonView;
import dk.samskab.apiclient.model.TokenResponse;
import dk.samskab.testsupport.TestApi;
import dk.samskab.testsupport.TestApplication;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the running application serves: valid by a real validator, naming every
 * operation of the API with its parameters, and good enough for a generated client to enrol a
 * person (the client is generated from it in the build, as an integrator would).
 */
class OpenApiIT {

    @Test
    void theServedDocumentIsValidAndDescribesEveryOperationAndParameter() throws Exception {
        HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(TestApplication.baseUrl() + "/openapi")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, served.statusCode());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served.body(), null, options);
        assertEquals(List.of(), parsed.getMessages(), "the validator's findings");
        OpenAPI document = parsed.getOpenAPI();
        assertNotNull(document.getComponents().getSecuritySchemes().get("oauth2"));

        List<String> missing = new ArrayList<>();
        for (Class<?> type : new ApiApplication().getClasses()) {
            Path base = type.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                String path = join(base.value(), method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "");
                PathItem item = document.getPaths().get(path);
                Operation operation = item == null ? null : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(verb));
                if (operation == null) {
                    missing.add(verb + " " + path);
                    continue;
                }
                assertNotNull(operation.getDescription(), verb + " " + path + " has a description");
                Set<String> documented = parameters(item, operation);
                for (String parameter : parameters(method)) {
                    if (!documented.contains(parameter)) {
                        missing.add(verb + " " + path + " parameter " + parameter);
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "operations and parameters of the code that the document lacks");
    }

    @Test
    void aClientGeneratedFromTheDocumentCreatesAPersonAndEnrolsThem() throws Exception {
        ApiWorld world = new ApiWorld();
        long cohort = world.cohort("FAC-102", 20, world.a);
        dk.samskab.apiclient.ApiClient api = new dk.samskab.apiclient.ApiClient();
        api.updateBaseUri(TestApplication.baseUrl() + "/api/v1");
        TokenResponse token = new AuthenticationApi(api).issueToken("client_credentials", world.writerA.clientId(), TestApi.SECRET);
        api.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token.getAccessToken()));

        PersonView person = new PeopleApi(api).createPerson(new NewPerson().fullName("Gitte Genereret")
                .email("gitte." + world.run + "@example.dk").preferredLanguage(Language.DA)
                .memberships(List.of(new NewMembership().organisation(world.a).role(MembershipRole.VOLUNTEER))),
                UUID.randomUUID().toString());
        EnrolmentView enrolment = new EnrolmentsApi(api).createEnrolment(new NewEnrolment().person(person.getId()).cohort(cohort),
                UUID.randomUUID().toString());
        assertEquals(person.getId(), enrolment.getPerson());
        assertEquals("ENROLLED", enrolment.getStatus().getValue());
        assertEquals(enrolment.getId(), new EnrolmentsApi(api).getEnrolment(enrolment.getId()).getId());
        ApiException refused = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> new EnrolmentsApi(api).createEnrolment(new NewEnrolment().person(person.getId()).cohort(cohort), null));
        assertEquals(409, refused.getCode());
        assertTrue(refused.getResponseBody().contains("urn:samskab:problem:already-enrolled"));
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Set<String> parameters(PathItem item, Operation operation) {
        List<Parameter> all = new ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        return all.stream().map(p -> p.getIn() + ":" + p.getName().toLowerCase()).collect(Collectors.toSet());
    }

    /** The parameters the code reads, as in:name (the form fields of the token endpoint are its body, not parameters). */
    private static Set<String> parameters(Method method) {
        Set<String> names = new java.util.HashSet<>();
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(QueryParam.class)) {
                names.add("query:" + parameter.getAnnotation(QueryParam.class).value().toLowerCase());
            } else if (parameter.isAnnotationPresent(PathParam.class)) {
                names.add("path:" + parameter.getAnnotation(PathParam.class).value().toLowerCase());
            } else if (parameter.isAnnotationPresent(HeaderParam.class)
                    && !parameter.getAnnotation(HeaderParam.class).value().equalsIgnoreCase("Authorization")) {
                names.add("header:" + parameter.getAnnotation(HeaderParam.class).value().toLowerCase());
            }
        }
        return names;
    }
}
