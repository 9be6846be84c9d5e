package dk.samskab.content;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the course rules (bundle dk.samskab.content.rules), in English and Danish, and
 * the names of the fields they concern, so an author reads "Modul 2 › Lektion 1 › Minutter"
 * rather than "modules[1].lessons[0].minutes".
 */
public final class RuleMessages {

    private static final String BUNDLE = "dk.samskab.content.rules";
    // No fallback to the machine's default locale: English must stay English on a Danish server.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private RuleMessages() {
    }

    /** Arguments as text, so that numbers keep the exact form the rule gave them ("137.5", not "137,5"). */
    static List<String> asText(Object... args) {
        return Arrays.stream(args).map(String::valueOf).toList();
    }

    static String format(String key, List<String> args, Locale locale) {
        return new MessageFormat(bundle(locale).getString(key), locale).format(args.toArray());
    }

    /** A field path as the author would name the field, in the given language. */
    public static String fieldName(String path, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        StringBuilder name = new StringBuilder();
        for (String segment : path.split("\\.")) {
            String label = label(bundle, segment);
            if (label == null) {
                continue;
            }
            if (!name.isEmpty()) {
                name.append(" › ");
            }
            name.append(label);
        }
        return name.isEmpty() ? path : name.toString();
    }

    private static String label(ResourceBundle bundle, String segment) {
        int bracket = segment.indexOf('[');
        if (bracket > 0 && segment.endsWith("]")) {
            String list = segment.substring(0, bracket);
            String number = String.valueOf(Integer.parseInt(segment.substring(bracket + 1, segment.length() - 1)) + 1);
            String key = "field." + list + ".item";
            return bundle.containsKey(key) ? MessageFormat.format(bundle.getString(key), number) : segment;
        }
        String key = "field." + segment;
        if (!bundle.containsKey(key)) {
            return segment;
        }
        String label = bundle.getString(key);
        return label.isEmpty() ? null : label;
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale language = "da".equals(locale.getLanguage()) ? new Locale("da") : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, language, RuleMessages.class.getClassLoader(), NO_FALLBACK);
    }
}
