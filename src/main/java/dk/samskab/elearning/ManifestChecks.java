package dk.samskab.elearning;

import static dk.samskab.elearning.PackageProblem.Reason.FILE_MISSING;
import static dk.samskab.elearning.PackageProblem.Reason.MISSING_IDENTIFIER;
import static dk.samskab.elearning.PackageProblem.Reason.OUTSIDE_PACKAGE;
import static dk.samskab.elearning.PackageProblem.Reason.OUT_OF_RANGE;
import static dk.samskab.elearning.PackageProblem.Reason.UNKNOWN_VALUE;
import static dk.samskab.elearning.PackageProblem.Reason.WRONG_ROOT;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the three manifest readers check alike, noting each problem at the manifest's line: that
 * a named file is in the package, a required identifier is there, a number is in its range.
 */
final class ManifestChecks {

    private final String manifest;
    private final Map<String, byte[]> files;
    private final List<PackageProblem> problems;
    // A file named by both a resource's href and its <file> is reported missing once.
    private final Set<String> reportedMissing = new HashSet<>();

    ManifestChecks(String manifest, Map<String, byte[]> files, List<PackageProblem> problems) {
        this.manifest = manifest;
        this.files = files;
        this.problems = problems;
    }

    /** The manifest's root element when it parses and has the expected name; null after noting why not. */
    XmlElement root(String expected) {
        XmlElement root = SafeXml.parse(manifest, files.get(manifest), problems);
        if (root != null && !root.name().equals(expected)) {
            problem(WRONG_ROOT, root, expected, root.name());
            return null;
        }
        return root;
    }

    void problem(PackageProblem.Reason reason, XmlElement where, Object... args) {
        problems.add(PackageProblem.at(reason, manifest, where == null ? 0 : where.line(), args));
    }

    /** The href's target when it is a file of the package; null after noting why it is not. */
    PackagePaths.Target file(String base, String href, XmlElement where) {
        PackagePaths.Target target = PackagePaths.resolve(base, href);
        if (target == null) {
            problem(OUTSIDE_PACKAGE, where, href);
            return null;
        }
        if (!files.containsKey(target.file())) {
            if (reportedMissing.add(target.file())) {
                problem(FILE_MISSING, where, target.file());
            }
            return null;
        }
        return target;
    }

    /** The attribute, or null after noting that the element has no identifier. */
    String identifier(XmlElement element, String attribute) {
        String identifier = element.attribute(attribute);
        if (identifier == null) {
            problem(MISSING_IDENTIFIER, element, element.name());
        }
        return identifier;
    }

    /** The number when it is one and lies in [min, max]; null (with a problem) otherwise, or when absent. */
    BigDecimal number(String name, String value, BigDecimal min, BigDecimal max, XmlElement where) {
        if (value == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.trim());
            if (number.compareTo(min) >= 0 && number.compareTo(max) <= 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Reported below like a number out of range.
        }
        problem(OUT_OF_RANGE, where, name, value, min.toPlainString(), max.toPlainString());
        return null;
    }

    /** An xs:boolean attribute, or the default when absent; an invalid value is noted and gives the default. */
    boolean flag(XmlElement element, String attribute, boolean absent) {
        String value = element.attribute(attribute);
        if (value == null) {
            return absent;
        }
        switch (value) {
            case "true", "1" -> {
                return true;
            }
            case "false", "0" -> {
                return false;
            }
            default -> {
                problem(UNKNOWN_VALUE, element, attribute, value, "true, false");
                return absent;
            }
        }
    }
}
