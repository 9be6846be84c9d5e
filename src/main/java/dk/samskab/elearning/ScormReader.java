package dk.samskab.elearning;

import static dk.samskab.elearning.PackageProblem.Reason.DUPLICATE_IDENTIFIER;
import static dk.samskab.elearning.PackageProblem.Reason.MISSING_ELEMENT;
import static dk.samskab.elearning.PackageProblem.Reason.MISSING_LAUNCH;
import static dk.samskab.elearning.PackageProblem.Reason.NOTHING_TO_LAUNCH;
import static dk.samskab.elearning.PackageProblem.Reason.NOT_LAUNCHABLE;
import static dk.samskab.elearning.PackageProblem.Reason.NO_ORGANIZATION;
import static dk.samskab.elearning.PackageProblem.Reason.NO_SCHEMA_VERSION;
import static dk.samskab.elearning.PackageProblem.Reason.UNKNOWN_DEFAULT_ORGANIZATION;
import static dk.samskab.elearning.PackageProblem.Reason.UNKNOWN_RESOURCE;
import static dk.samskab.elearning.PackageProblem.Reason.UNSUPPORTED_VERSION;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a SCORM package's imsmanifest.xml: the edition, the default organisation's launchable
 * items in document order (nested items included: a multi-SCO course), and that every file the
 * resources name is in the package. Only the default organisation is read; the others are
 * alternative views a learner never sees here.
 */
final class ScormReader {

    static final String MANIFEST = "imsmanifest.xml";

    private static final String SCORM_12_NAMESPACE = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();

    /** A resource with the xml:base its hrefs are read against. */
    private record Resource(XmlElement element, String base) {
    }

    private final Map<String, byte[]> files;
    private final ManifestChecks checks;
    private final Map<String, Resource> resources = new HashMap<>();
    private final Set<String> itemIdentifiers = new HashSet<>();
    private int referringItems;
    private boolean scorm12;

    ScormReader(Map<String, byte[]> files, List<PackageProblem> problems) {
        this.files = files;
        this.checks = new ManifestChecks(MANIFEST, files, problems);
    }

    /** The package, or null when the manifest cannot be read far enough to describe it (problems say why). */
    ElearningPackage read() {
        XmlElement manifest = checks.root("manifest");
        if (manifest == null) {
            return null;
        }
        String identifier = checks.identifier(manifest, "identifier");
        String edition = edition(manifest);
        scorm12 = "1.2".equals(edition);
        readResources(manifest);
        XmlElement organization = defaultOrganization(manifest);
        if (organization == null) {
            return null;
        }
        List<LaunchItem> items = new ArrayList<>();
        for (XmlElement item : organization.children("item")) {
            collect(item, items);
        }
        // Items that refer to resources but are broken have problems of their own that say more.
        if (referringItems == 0) {
            checks.problem(NOTHING_TO_LAUNCH, organization);
        }
        ControlMode controlMode = scorm12 ? null : controlMode(organization);
        String title = organization.childText("title") != null ? organization.childText("title") : identifier;
        return new ElearningPackage(scorm12 ? PackageStandard.SCORM_12 : PackageStandard.SCORM_2004, edition,
                identifier, title, items, controlMode, files);
    }

    /**
     * The edition from metadata/schemaversion. Without one, a manifest in SCORM 1.2's namespace is
     * 1.2 (schemaversion was free text then, and some tools leave it out); a 2004 one cannot be
     * placed, and the editions' run-times differ.
     */
    private String edition(XmlElement manifest) {
        XmlElement metadata = manifest.child("metadata");
        String version = metadata == null ? null : metadata.childText("schemaversion");
        if (version == null) {
            if (SCORM_12_NAMESPACE.equals(manifest.namespace())) {
                return "1.2";
            }
            checks.problem(NO_SCHEMA_VERSION, metadata == null ? manifest : metadata);
            return null;
        }
        String normalised = version.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceFirst("^scorm ", "");
        switch (normalised) {
            case "1.2":
                return "1.2";
            case "cam 1.3", "2004 2nd edition":
                return "2004 2nd Edition";
            case "2004 3rd edition":
                return "2004 3rd Edition";
            case "2004 4th edition":
                return "2004 4th Edition";
            default:
                checks.problem(UNSUPPORTED_VERSION, metadata.child("schemaversion"), version);
                return null;
        }
    }

    /** Every resource by identifier, its files checked, whether or not an item uses it. */
    private void readResources(XmlElement manifest) {
        XmlElement list = manifest.child("resources");
        if (list == null) {
            checks.problem(MISSING_ELEMENT, manifest, "resources", "manifest");
            return;
        }
        String base = PackagePaths.join(base(manifest), base(list));
        for (XmlElement resource : list.children("resource")) {
            String identifier = checks.identifier(resource, "identifier");
            String resourceBase = PackagePaths.join(base, base(resource));
            if (identifier != null && resources.put(identifier, new Resource(resource, resourceBase)) != null) {
                checks.problem(DUPLICATE_IDENTIFIER, resource, identifier);
            }
            if (resource.attribute("href") != null) {
                checks.file(resourceBase, resource.attribute("href"), resource);
            }
            for (XmlElement file : resource.children("file")) {
                if (file.attribute("href") != null) {
                    checks.file(resourceBase, file.attribute("href"), file);
                }
            }
        }
        for (XmlElement resource : list.children("resource")) {
            for (XmlElement dependency : resource.children("dependency")) {
                String reference = dependency.attribute("identifierref");
                if (reference != null && !resources.containsKey(reference)) {
                    checks.problem(UNKNOWN_RESOURCE, dependency, reference);
                }
            }
        }
    }

    private static String base(XmlElement element) {
        String base = element.attribute("xml:base");
        return base == null ? "" : base;
    }

    /** The organisation named by organizations/@default, else the first one. */
    private XmlElement defaultOrganization(XmlElement manifest) {
        XmlElement list = manifest.child("organizations");
        List<XmlElement> organizations = list == null ? List.of() : list.children("organization");
        if (organizations.isEmpty()) {
            checks.problem(NO_ORGANIZATION, list == null ? manifest : list);
            return null;
        }
        boolean allIdentified = true;
        for (XmlElement organization : organizations) {
            allIdentified &= checks.identifier(organization, "identifier") != null;
        }
        String wanted = list.attribute("default");
        if (wanted == null) {
            return organizations.get(0);
        }
        for (XmlElement organization : organizations) {
            if (wanted.equals(organization.attribute("identifier"))) {
                return organization;
            }
        }
        // An organisation without identifier is already the problem; naming the default unknown too says it twice.
        if (allIdentified) {
            checks.problem(UNKNOWN_DEFAULT_ORGANIZATION, list, wanted);
        }
        return organizations.get(0);
    }

    /** The item and the items inside it, in document order; an item without identifierref only groups others. */
    private void collect(XmlElement item, List<LaunchItem> items) {
        String identifier = checks.identifier(item, "identifier");
        if (identifier != null && !itemIdentifiers.add(identifier)) {
            checks.problem(DUPLICATE_IDENTIFIER, item, identifier);
        }
        String reference = item.attribute("identifierref");
        if (reference != null) {
            referringItems++;
            Resource resource = resources.get(reference);
            if (resource == null) {
                checks.problem(UNKNOWN_RESOURCE, item, reference);
            } else {
                LaunchItem launch = launchItem(identifier, item, reference, resource);
                if (launch != null) {
                    items.add(launch);
                }
            }
        }
        for (XmlElement child : item.children("item")) {
            collect(child, items);
        }
    }

    private LaunchItem launchItem(String identifier, XmlElement item, String reference, Resource resource) {
        // adlcp:scormtype (1.2) or adlcp:scormType (2004). Absent, the resource is launched as an
        // asset, as most LMSs do: it is then shown but never talks to the run-time.
        String type = resource.element().attributeIgnoringCase("scormType");
        boolean sco = type != null && type.equalsIgnoreCase("sco");
        if (type != null && !sco && !type.equalsIgnoreCase("asset")) {
            checks.problem(NOT_LAUNCHABLE, resource.element(), reference, type);
            return null;
        }
        String href = resource.element().attribute("href");
        if (href == null) {
            checks.problem(MISSING_LAUNCH, resource.element(), reference);
            return null;
        }
        // A missing or outside file was noted when the resources were read.
        PackagePaths.Target target = PackagePaths.resolve(resource.base(), href);
        if (target == null || !files.containsKey(target.file())) {
            return null;
        }
        String title = item.childText("title") != null ? item.childText("title") : identifier;
        return LaunchItem.scorm(identifier, title, target.file(),
                withParameters(target.launchPath(), item.attribute("parameters")), sco, masteryScore(item),
                completionSetByContent(item));
    }

    /**
     * The item's parameters added to the resource's href as SCORM's content packaging describes
     * it: a fragment only when the href has none, otherwise as query parameters, joined with "&"
     * when the href already has a query.
     */
    static String withParameters(String href, String parameters) {
        if (parameters == null) {
            return href;
        }
        if (parameters.startsWith("#")) {
            return href.contains("#") ? href : href + parameters;
        }
        String query = parameters.replaceFirst("^[?&]+", "");
        if (query.isEmpty()) {
            return href;
        }
        int fragment = href.indexOf('#');
        String beforeFragment = fragment < 0 ? href : href.substring(0, fragment);
        String after = fragment < 0 ? "" : href.substring(fragment);
        return beforeFragment + (beforeFragment.contains("?") ? "&" : "?") + query + after;
    }

    /**
     * SCORM 1.2: adlcp:masteryscore (0–100). SCORM 2004: the primary objective's
     * minNormalizedMeasure (−1–1, 1.0 when left out) when satisfiedByMeasure is true, which is
     * the only case in which the LMS judges passing from the score.
     */
    private BigDecimal masteryScore(XmlElement item) {
        if (scorm12) {
            XmlElement mastery = item.child("masteryscore");
            return mastery == null ? null : checks.number("adlcp:masteryscore", mastery.text(), ZERO, HUNDRED, mastery);
        }
        XmlElement sequencing = item.child("sequencing");
        XmlElement objectives = sequencing == null ? null : sequencing.child("objectives");
        XmlElement primary = objectives == null ? null : objectives.child("primaryObjective");
        if (primary == null || !checks.flag(primary, "satisfiedByMeasure", false)) {
            return null;
        }
        XmlElement measure = primary.child("minNormalizedMeasure");
        return measure == null ? BigDecimal.ONE
                : checks.number("imsss:minNormalizedMeasure", measure.text(), MINUS_ONE, BigDecimal.ONE, measure);
    }

    /**
     * SCORM 2004's imsss:deliveryControls completionSetByContent, false when left out: the LMS then
     * counts the attempt completed when it ends without the content having said otherwise. SCORM
     * 1.2 has no such control; its SCOs are read as 2004's default.
     */
    private boolean completionSetByContent(XmlElement item) {
        XmlElement sequencing = scorm12 ? null : item.child("sequencing");
        XmlElement controls = sequencing == null ? null : sequencing.child("deliveryControls");
        return controls != null && checks.flag(controls, "completionSetByContent", false);
    }

    /** The organisation's own imsss:controlMode; null when it gives none (sequencing collections are not followed). */
    private ControlMode controlMode(XmlElement organization) {
        XmlElement sequencing = organization.child("sequencing");
        XmlElement mode = sequencing == null ? null : sequencing.child("controlMode");
        if (mode == null) {
            return null;
        }
        return new ControlMode(checks.flag(mode, "choice", true), checks.flag(mode, "flow", false),
                checks.flag(mode, "forwardOnly", false));
    }
}
