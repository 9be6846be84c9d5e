package dk.samskab.elearning;

import static dk.samskab.elearning.PackageProblem.Reason.MISSING_LAUNCH;
import static dk.samskab.elearning.PackageProblem.Reason.NOTHING_TO_LAUNCH;

import java.util.List;
import java.util.Map;

/**
 * Reads a Tin Can package (tincan.xml): its launchable activity is the first with a launch
 * element, as Tin Can's packaging defines; the other activities only describe what it reports on.
 */
final class TinCanReader {

    static final String MANIFEST = "tincan.xml";

    private final Map<String, byte[]> files;
    private final ManifestChecks checks;

    TinCanReader(Map<String, byte[]> files, List<PackageProblem> problems) {
        this.files = files;
        this.checks = new ManifestChecks(MANIFEST, files, problems);
    }

    ElearningPackage read() {
        XmlElement root = checks.root("tincan");
        if (root == null) {
            return null;
        }
        XmlElement activities = root.child("activities");
        XmlElement activity = activities == null ? null
                : activities.children("activity").stream().filter(a -> a.child("launch") != null).findFirst().orElse(null);
        if (activity == null) {
            checks.problem(NOTHING_TO_LAUNCH, activities == null ? root : activities);
            return null;
        }
        String id = checks.identifier(activity, "id");
        String name = XmlElement.preferredText(activity.children("name"));
        String title = name != null ? name : id;
        XmlElement launch = activity.child("launch");
        if (launch.text().isEmpty()) {
            checks.problem(MISSING_LAUNCH, launch, id == null ? "activity" : id);
            return null;
        }
        // The launch is a file of the package: Tin Can defines no launch of content hosted elsewhere.
        PackagePaths.Target target = checks.file("", launch.text(), launch);
        List<LaunchItem> items = target == null ? List.of()
                : List.of(LaunchItem.tinCan(id, title, target.file(), target.launchPath()));
        return new ElearningPackage(PackageStandard.TIN_CAN, "tincan", id, title, items, null, files);
    }
}
