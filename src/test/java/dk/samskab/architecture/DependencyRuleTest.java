package dk.samskab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import dk.samskab.platform.BackwardReference;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule of docs/architecture.md, checked on the compiled classes (so a fully qualified name
 * counts as much as an import): each domain package uses only the packages above it in the
 * list, there are no cycles between them, and only web packages use web packages.
 */
class DependencyRuleTest {

    /** The packages from the bottom up: each may use those before it, never those after. */
    static final List<String> ORDER = List.of("platform", "audit", "organisation", "account", "access", "elearning", "catalogue",
            "content", "enrolment", "learning", "credit", "authoring", "reporting", "notification", "privacy", "xapi", "api", "demo");

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.samskab");

    static ArchRule layers() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String name : ORDER) {
            layers = layers.layer(name).definedBy("dk.samskab." + name + "..");
        }
        for (int i = 0; i < ORDER.size(); i++) {
            String[] above = ORDER.subList(0, i).toArray(String[]::new);
            layers = above.length == 0
                    ? layers.whereLayer(ORDER.get(i)).mayNotAccessAnyLayer()
                    : layers.whereLayer(ORDER.get(i)).mayOnlyAccessLayers(above);
        }
        return layers.because("docs/architecture.md: dependencies point one way, up the list of packages");
    }

    static final ArchRule NO_CYCLES = slices().matching("dk.samskab.(*)..").should().beFreeOfCycles();

    static final ArchRule WEB_ONLY_FROM_WEB = noClasses().that().resideOutsideOfPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("dk.samskab..web..")
            .because("pages' beans depend on the domain, never the other way round");

    @Test
    void everyPackageUsesOnlyThePackagesAboveIt() {
        layers().check(PRODUCT);
    }

    @Test
    void thereAreNoCyclesBetweenPackages() {
        NO_CYCLES.check(PRODUCT);
    }

    @Test
    void onlyWebPackagesUseWebPackages() {
        WEB_ONLY_FROM_WEB.check(PRODUCT);
    }

    /** Mail is written and sent in one place: the other packages fire events and notification observes them. */
    static final ArchRule MAIL_ONLY_FROM_NOTIFICATION = noClasses().that().resideOutsideOfPackage("dk.samskab.notification..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.mail..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("dk.samskab.notification.Mailer")
            .because("docs/architecture.md: every mail belongs to notification");

    @Test
    void onlyNotificationSendsMail() {
        MAIL_ONLY_FROM_NOTIFICATION.check(PRODUCT);
    }

    @Test
    void everyProductPackageIsPlacedInTheOrder() {
        List<String> unplaced = PRODUCT.stream().map(c -> c.getPackageName())
                .filter(p -> ORDER.stream().noneMatch(name -> p.equals("dk.samskab." + name) || p.startsWith("dk.samskab." + name + ".")))
                .distinct().toList();
        assertTrue(PRODUCT.size() > 200, "the product's classes were read: " + PRODUCT.size());
        assertTrue(unplaced.isEmpty(), "place these packages in docs/architecture.md and ORDER: " + unplaced);
    }

    /**
     * The rules are not vacuous: a platform class that names a credit class by its fully
     * qualified name breaks the order, and a credit class using it back makes a cycle.
     */
    @Test
    void aBackwardReferenceIsCaught() {
        JavaClasses withBackwardReference = new ClassFileImporter().importClasses(BackwardReference.class,
                dk.samskab.credit.Grade.class);
        AssertionError layered = assertThrows(AssertionError.class, () -> layers().check(withBackwardReference));
        assertTrue(layered.getMessage().contains("BackwardReference"), layered.getMessage());
        JavaClasses both = new ClassFileImporter().importClasses(BackwardReference.class, dk.samskab.credit.Grade.class,
                dk.samskab.credit.UsesPlatform.class);
        assertThrows(AssertionError.class, () -> NO_CYCLES.check(both));
    }
}
