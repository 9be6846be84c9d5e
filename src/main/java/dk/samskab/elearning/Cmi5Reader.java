package dk.samskab.elearning;

import static dk.samskab.elearning.PackageProblem.Reason.DUPLICATE_IDENTIFIER;
import static dk.samskab.elearning.PackageProblem.Reason.MISSING_ELEMENT;
import static dk.samskab.elearning.PackageProblem.Reason.MISSING_LAUNCH;
import static dk.samskab.elearning.PackageProblem.Reason.NOTHING_TO_LAUNCH;
import static dk.samskab.elearning.PackageProblem.Reason.UNKNOWN_VALUE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a cmi5 course structure (cmi5.xml): the course, and its AUs in order, also those inside
 * blocks. An AU's url is a file of the package, or an absolute http(s) address, which cmi5 allows
 * for content hosted elsewhere and which is then not checked.
 */
final class Cmi5Reader {

    static final String MANIFEST = "cmi5.xml";
    private static final Set<String> LAUNCH_METHODS = Set.of("AnyWindow", "OwnWindow");

    private final Map<String, byte[]> files;
    private final ManifestChecks checks;
    private final Set<String> auIds = new HashSet<>();
    private int auCount;

    Cmi5Reader(Map<String, byte[]> files, List<PackageProblem> problems) {
        this.files = files;
        this.checks = new ManifestChecks(MANIFEST, files, problems);
    }

    ElearningPackage read() {
        XmlElement root = checks.root("courseStructure");
        if (root == null) {
            return null;
        }
        XmlElement course = root.child("course");
        if (course == null) {
            checks.problem(MISSING_ELEMENT, root, "course", "courseStructure");
            return null;
        }
        String identifier = checks.identifier(course, "id");
        List<LaunchItem> items = new ArrayList<>();
        collect(root, items);
        // AUs that are there but broken have problems of their own that say more.
        if (auCount == 0) {
            checks.problem(NOTHING_TO_LAUNCH, root);
        }
        String title = title(course);
        return new ElearningPackage(PackageStandard.CMI5, "cmi5", identifier, title != null ? title : identifier,
                items, null, files);
    }

    /** The AUs of the course or a block, blocks' AUs in their place. */
    private void collect(XmlElement parent, List<LaunchItem> items) {
        for (XmlElement child : parent.children()) {
            if (child.name().equals("au")) {
                auCount++;
                LaunchItem au = au(child);
                if (au != null) {
                    items.add(au);
                }
            } else if (child.name().equals("block")) {
                collect(child, items);
            }
        }
    }

    private LaunchItem au(XmlElement au) {
        String id = checks.identifier(au, "id");
        if (id != null && !auIds.add(id)) {
            checks.problem(DUPLICATE_IDENTIFIER, au, id);
        }
        String moveOnToken = au.attribute("moveOn");
        MoveOn moveOn = moveOnToken == null ? MoveOn.NOT_APPLICABLE : MoveOn.of(moveOnToken);
        if (moveOn == null) {
            checks.problem(UNKNOWN_VALUE, au, "moveOn", moveOnToken,
                    Arrays.stream(MoveOn.values()).map(MoveOn::token).collect(Collectors.joining(", ")));
        }
        BigDecimal masteryScore = checks.number("masteryScore", au.attribute("masteryScore"), BigDecimal.ZERO,
                BigDecimal.ONE, au);
        String launchMethod = au.attribute("launchMethod") == null ? "AnyWindow" : au.attribute("launchMethod");
        if (!LAUNCH_METHODS.contains(launchMethod)) {
            checks.problem(UNKNOWN_VALUE, au, "launchMethod", launchMethod, "AnyWindow, OwnWindow");
        }
        XmlElement url = au.child("url");
        if (url == null || url.text().isEmpty()) {
            checks.problem(MISSING_LAUNCH, au, id == null ? "au" : id);
            return null;
        }
        String address = url.text();
        String title = title(au);
        title = title != null ? title : id;
        if (PackagePaths.isWebAddress(address)) {
            return LaunchItem.cmi5(id, title, null, address, masteryScore, moveOn, launchMethod);
        }
        // cmi5 reads a relative url against cmi5.xml, which lies at the package's top.
        PackagePaths.Target target = checks.file("", address, url);
        return target == null ? null
                : LaunchItem.cmi5(id, title, target.file(), target.launchPath(), masteryScore, moveOn, launchMethod);
    }

    private static String title(XmlElement element) {
        XmlElement title = element.child("title");
        return title == null ? null : XmlElement.preferredText(title.children("langstring"));
    }
}
