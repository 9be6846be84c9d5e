package dk.samskab.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each broken course folder yields the expected file:line message. */
class BrokenContentTest {

    static Stream<ContentFaults.Fault> faults() {
        return ContentFaults.all().stream();
    }

    @Test
    void theFixtureItselfIsValid(@TempDir Path root) throws IOException {
        ContentFaults.copy(ContentFaults.FIXTURE, root);
        CourseFolderReader.Result result = new CourseFolderReader(root, ReferenceProviders::hoursPerEcts)
                .read(root.resolve("mini-course"));
        assertTrue(result.ok(), result.problems().toString());
    }

    @Test
    void thereAreAtLeastTwentyDifferentFaults() {
        assertTrue(ContentFaults.all().size() >= 20);
        assertEquals(ContentFaults.all().size(), ContentFaults.all().stream().map(ContentFaults.Fault::name).distinct().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void eachFaultIsReportedWithFileLineAndReason(ContentFaults.Fault fault, @TempDir Path root) throws IOException {
        ContentFaults.brokenCopy(fault, root);
        List<Problem> problems = readAll(root);

        String expected = fault.file() + ":" + ContentFaults.lineOf(root, fault) + ": ";
        assertTrue(problems.stream().anyMatch(p -> p.toString().startsWith(expected) && p.message().contains(fault.message())),
                "expected " + expected + "…" + fault.message() + "\nbut got:\n" + String.join("\n",
                        problems.stream().map(Problem::toString).toList()));
    }

    private static List<Problem> readAll(Path root) throws IOException {
        CourseFolderReader reader = new CourseFolderReader(root, ReferenceProviders::hoursPerEcts);
        try (Stream<Path> folders = Files.list(root)) {
            List<Path> courseFolders = folders.filter(Files::isDirectory).sorted().toList();
            List<Problem> problems = new java.util.ArrayList<>();
            java.util.Map<String, String> codes = new java.util.HashMap<>();
            for (Path folder : courseFolders) {
                CourseFolderReader.Result result = reader.read(folder);
                problems.addAll(result.problems());
                if (result.ok() && codes.putIfAbsent(result.course().code(), folder.toString()) != null) {
                    problems.add(result.sources().problem("code", "import.duplicateCode", result.course().code(),
                            codes.get(result.course().code())));
                }
            }
            return problems;
        }
    }
}
