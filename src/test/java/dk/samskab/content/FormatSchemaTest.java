package dk.samskab.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The JSON Schemas in docs/schema accept every shipped file and catch structural mistakes, for editors and CI tools. */
class FormatSchemaTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private static JsonSchema schema(String name) throws IOException {
        return FACTORY.getSchema(Files.readString(Path.of("docs/schema", name + ".schema.json")));
    }

    private static Set<ValidationMessage> check(String schema, Path file) throws IOException {
        JsonNode node = YAML.readTree(file.toFile());
        return schema(schema).validate(node);
    }

    @Test
    void everyShippedFileMatchesItsSchema() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ShippedCoursesTest.CONTENT)) {
            files = walk.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 40, "course, module and quiz files: " + files.size());
        for (Path file : files) {
            String kind = file.getFileName().toString().replace(".yaml", "");
            Set<ValidationMessage> messages = check(kind, file);
            assertTrue(messages.isEmpty(), file + ": " + messages);
        }
    }

    @Test
    void theSchemaRejectsUnknownFieldsMissingTranslationsAndEctsWithoutProvider() throws IOException {
        Path dir = Files.createTempDirectory("schema");
        Path course = ContentFaults.FIXTURE.resolve("mini-course/course.yaml");
        String valid = Files.readString(course);
        assertTrue(check("course", course).isEmpty());

        for (String broken : List.of(valid.replace("format: self_paced", "format: self_paced\ncolour: blue"),
                valid.replace("  en: Co-creation in an afternoon\n", ""),
                valid.replace("awarding_provider: kp\n", ""),
                valid.replace("scale: seven_point", "scale: eleven_point"))) {
            Path file = Files.writeString(dir.resolve("course.yaml"), broken);
            assertFalse(check("course", file).isEmpty(), "schema accepted:\n" + broken);
        }
    }

    @Test
    void theSchemaChecksBreakdownReadingListExamAndGradeDescriptors() throws IOException {
        Path dir = Files.createTempDirectory("schema");
        String valid = Files.readString(ContentFaults.FIXTURE.resolve("mini-course/course.yaml"));
        for (String broken : List.of(valid.replace("kind: tasks", "kind: homework"),
                valid.substring(0, valid.indexOf("reading_list:")),
                valid.replace("    journal: Journal of Public Administration Research and Theory, 18(4)\n", ""),
                valid.replace("form: written_assignment", "form: synopsis"),
                valid.replace("outcomes: [knowledge.1]", "outcomes: [viden.1]"),
                valid.replace("grade: '7'", "grade: '8'"))) {
            Path file = Files.writeString(dir.resolve("course.yaml"), broken);
            assertFalse(check("course", file).isEmpty(), "schema accepted:\n" + broken);
        }
        Path module = ContentFaults.FIXTURE.resolve("mini-course/01-grundbegreber/module.yaml");
        Path withoutWhat = Files.writeString(dir.resolve("module.yaml"), Files.readString(module)
                .replace("        what:\n          da: Skriv tre eksempler fra din egen praksis\n"
                        + "          en: Write three examples from your own practice\n", ""));
        assertTrue(check("module", module).isEmpty());
        assertFalse(check("module", withoutWhat).isEmpty(), "an activity says what it is");
    }
}
