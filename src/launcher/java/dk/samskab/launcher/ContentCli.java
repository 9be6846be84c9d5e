package dk.samskab.launcher;

import dk.samskab.content.CourseFolderReader;
import dk.samskab.content.CourseImporter;
import dk.samskab.content.ImportReport;
import dk.samskab.content.Problem;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Course content from the command line:
 * <pre>
 *   validate FOLDER   check every course folder; prints file:line: problem, exits 1 if any
 *   import FOLDER     validate and import into the database named by SAMSKAB_DB_*
 * </pre>
 * Offline validation cannot see which education providers exist; the import checks that too.
 */
public final class ContentCli {

    private ContentCli() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !List.of("validate", "import").contains(args[0])) {
            System.err.println("usage: validate FOLDER | import FOLDER");
            System.exit(2);
        }
        Path folder = Path.of(args[1]).toAbsolutePath();
        int status = args[0].equals("validate") ? validate(folder) : importInto(folder);
        System.exit(status);
    }

    private static int validate(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            System.err.println(root + ": not a folder");
            return 1;
        }
        CourseFolderReader reader = new CourseFolderReader(root, ContentCli::anyProvider);
        List<Problem> problems = new ArrayList<>();
        int courses = 0;
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                CourseFolderReader.Result result = reader.read(folder);
                problems.addAll(result.problems());
                courses += result.ok() ? 1 : 0;
            }
        }
        problems.forEach(System.out::println);
        System.out.println(courses + " course(s) valid, " + problems.size() + " problem(s)");
        return problems.isEmpty() ? 0 : 1;
    }

    /** Offline: any provider code is accepted, with the Danish norm of 27.5 hours per ECTS. */
    private static Optional<BigDecimal> anyProvider(String code) {
        return Optional.of(new BigDecimal("27.5"));
    }

    private static int importInto(Path root) {
        EntityManagerFactory factory = StandalonePersistence.migratedFactory(
                DatabaseSettings.fromEnvironment(System.getenv()));
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            ImportReport report = new CourseImporter(em).importFolder(root, "command line");
            em.getTransaction().commit();
            System.out.println(report);
            return report.succeeded() ? 0 : 1;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
            factory.close();
        }
    }
}
