package dk.samskab.elearning;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * One reason a package is refused, where it is and its details: the reason's text lives in
 * problems*.properties (key = the reason's name), so each reader is told in their own language.
 *
 * @param reason what is wrong
 * @param file   the package's file it concerns (a manifest, or a zip entry's name as written); null
 *               when it concerns the package as a whole (its size, its number of entries)
 * @param line   the line in that file, 1-based; 0 when not known or not a text file
 * @param args   the text's arguments, as text
 */
public record PackageProblem(Reason reason, String file, int line, List<String> args) {

    /** Why a package is refused. The arguments each text takes are in problems.properties. */
    public enum Reason {
        UNREADABLE_ZIP, ZIP_TOO_LARGE, TOO_MANY_ENTRIES, ENTRY_TOO_LARGE, UNPACKS_TOO_LARGE, UNSAFE_PATH,
        DUPLICATE_ENTRY, NO_MANIFEST, MANIFEST_NOT_AT_ROOT, XML_SYNTAX, DOCTYPE_NOT_ALLOWED, WRONG_ROOT,
        NO_SCHEMA_VERSION, UNSUPPORTED_VERSION, MISSING_ELEMENT, MISSING_IDENTIFIER, DUPLICATE_IDENTIFIER,
        NO_ORGANIZATION, UNKNOWN_DEFAULT_ORGANIZATION, UNKNOWN_RESOURCE, NOT_LAUNCHABLE, MISSING_LAUNCH,
        OUTSIDE_PACKAGE, FILE_MISSING, NOTHING_TO_LAUNCH, OUT_OF_RANGE, UNKNOWN_VALUE
    }

    private static final String BUNDLE = "dk.samskab.elearning.problems";
    // No fallback to the machine's default locale: English must stay English on a Danish server.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public PackageProblem {
        Objects.requireNonNull(reason);
        args = List.copyOf(args);
    }

    static PackageProblem at(Reason reason, String file, int line, Object... args) {
        // Arguments as text, so numbers keep the form the package wrote ("0.8", not "0,8").
        return new PackageProblem(reason, file, Math.max(line, 0), Arrays.stream(args).map(String::valueOf).toList());
    }

    static PackageProblem ofPackage(Reason reason, Object... args) {
        return at(reason, null, 0, args);
    }

    /** What is wrong, in the given language (Danish for "da", English otherwise). */
    public String message(Locale locale) {
        return format(bundle(locale), reason.name(), args.toArray());
    }

    /** Where and what: "imsmanifest.xml, line 27: …", or only the message for the package as a whole. */
    public String text(Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String message = format(bundle, reason.name(), args.toArray());
        if (file == null) {
            return message;
        }
        return line > 0 ? format(bundle, "where.line", file, String.valueOf(line), message)
                : format(bundle, "where.file", file, message);
    }

    @Override
    public String toString() {
        return text(Locale.ENGLISH);
    }

    private static String format(ResourceBundle bundle, String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale language = "da".equals(locale.getLanguage()) ? new Locale("da") : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, language, PackageProblem.class.getClassLoader(), NO_FALLBACK);
    }
}
