package dk.samskab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The written OpenAPI document names exactly the fields the API reads and writes: every record of
 * a request or response body has a schema of its name with the record's components as properties
 * (JSON-B writes them by those names), and every page schema lists items and nextCursor.
 */
class OpenApiSchemasTest {

    private static final OpenAPI DOCUMENT = new OpenAPIV3Parser().read("src/main/resources/META-INF/openapi.yaml");

    @Test
    void everyBodyRecordHasASchemaWithExactlyItsFields() {
        List<String> wrong = new ArrayList<>();
        assertTrue(bodyRecords().size() >= 20, "the resources' records were found: " + bodyRecords());
        for (Class<?> type : bodyRecords()) {
            Schema<?> schema = DOCUMENT.getComponents().getSchemas().get(type.getSimpleName());
            if (schema == null) {
                wrong.add(type.getSimpleName() + ": no schema");
                continue;
            }
            Set<String> fields = new TreeSet<>(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
            Set<String> documented = new TreeSet<>(schema.getProperties() == null ? Set.of() : schema.getProperties().keySet());
            if (!fields.equals(documented)) {
                wrong.add(type.getSimpleName() + ": code " + fields + ", document " + documented);
            }
            if (type.getSimpleName().startsWith("New") || type.getSimpleName().endsWith("Change")) {
                if (!Boolean.FALSE.equals(schema.getAdditionalProperties())) {
                    wrong.add(type.getSimpleName() + ": a request body must refuse unknown fields (additionalProperties: false)");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyPageSchemaHasItemsAndACursor() {
        Map<String, Schema> schemas = DOCUMENT.getComponents().getSchemas();
        for (String page : List.of("PersonPage", "OrganisationPage", "CoursePage", "CohortPage", "EnrolmentPage", "CompletionPage")) {
            assertNotNull(schemas.get(page), page);
            assertEquals(Set.of("items", "nextCursor"), schemas.get(page).getProperties().keySet(), page);
        }
        assertTrue(Arrays.stream(Page.class.getRecordComponents()).map(RecordComponent::getName).toList()
                .containsAll(List.of("items", "nextCursor")));
    }

    /** The records the resources take and give as bodies (the rules' own records, such as cursors, excluded). */
    private static List<Class<?>> bodyRecords() {
        List<Class<?>> records = new ArrayList<>();
        for (Class<?> resource : new ApiApplication().getClasses()) {
            for (Class<?> nested : resource.getDeclaredClasses()) {
                if (nested.isRecord() && java.lang.reflect.Modifier.isPublic(nested.getModifiers())) {
                    records.add(nested);
                }
            }
        }
        records.add(ApiProblem.Problem.class);
        records.add(ApiProblem.FieldError.class);
        return records;
    }
}
