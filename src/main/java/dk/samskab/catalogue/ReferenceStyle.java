package dk.samskab.catalogue;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How works on a reading list are written in one language, in an author–year style close to
 * APA: "Ansell & Gash 2008" in the text, and the full entry on the reading list. The small words
 * ("et al.", "pp.", "eds.") come from the caller's resource bundle.
 */
public final class ReferenceStyle {

    private final Locale locale;
    private final Function<String, String> words;

    /**
     * @param words the pattern of a resource-bundle key: reference.etAl, reference.editor,
     *     reference.editors, reference.edition ({0}), reference.pages ({0}), reference.chapter ({0})
     *     and reference.cited (the heading over the works a text cites)
     */
    public ReferenceStyle(Locale locale, Function<String, String> words) {
        this.locale = locale;
        this.words = words;
    }

    /** The short form in the text: surnames and year ("Torfing et al. 2019"). */
    public String label(Reference reference) {
        List<String> names = reference.authors().stream().map(ReferenceStyle::surname).toList();
        String who = switch (names.size()) {
            case 0 -> "";
            case 1 -> names.get(0);
            case 2 -> names.get(0) + " & " + names.get(1);
            default -> names.get(0) + " " + words.apply("reference.etAl");
        };
        return who + " " + reference.year();
    }

    /** The full entry as safe HTML: authors (year), title, where it was published, pages, link. */
    public String html(Reference r) {
        StringBuilder html = new StringBuilder();
        html.append(escape(authors(r.authors())));
        if (r.edited()) {
            html.append(' ').append(escape(words.apply(r.authors().size() == 1 ? "reference.editor" : "reference.editors")));
        }
        html.append(" (").append(r.year()).append("). ");
        if (r.kind() == Reference.Kind.ARTICLE) {
            html.append(escape(r.title())).append(endWithStop(r.title())).append(" <em>").append(escape(r.journal())).append("</em>");
            if (r.pages() != null) {
                html.append(", ").append(escape(r.pages()));
            }
            html.append('.');
        } else {
            html.append("<em>").append(escape(r.title())).append("</em>");
            if (r.edition() != null) {
                html.append(" (").append(escape(format("reference.edition", edition(r.edition())))).append(')');
            }
            html.append(r.edition() == null ? endWithStop(r.title()) : ".");
            html.append(' ').append(escape(r.publisher())).append('.');
            if (r.chapter() != null) {
                html.append(' ').append(escape(capitalised(format("reference.chapter", r.chapter())))).append('.');
            }
            if (r.pages() != null) {
                html.append(' ').append(escape(capitalised(format("reference.pages", r.pages())))).append('.');
            }
        }
        if (r.url() != null) {
            html.append(" <a href=\"").append(escape(r.url())).append("\">").append(escape(r.url())).append("</a>");
        }
        return MarkdownRenderer.sanitize(html.toString());
    }

    String heading() {
        return words.apply("reference.cited");
    }

    /** "Torfing, J., Sørensen, E. & Røiseland, A."; an organisation's name is kept as it is. */
    private static String authors(List<String> authors) {
        List<String> written = new ArrayList<>();
        for (String author : authors) {
            int comma = author.indexOf(',');
            written.add(comma < 0 ? author : author.substring(0, comma).strip() + ", " + initials(author.substring(comma + 1)));
        }
        if (written.size() == 1) {
            return written.get(0);
        }
        return String.join(", ", written.subList(0, written.size() - 1)) + " & " + written.get(written.size() - 1);
    }

    private static String initials(String givenNames) {
        List<String> initials = new ArrayList<>();
        for (String name : givenNames.strip().split("\\s+")) {
            List<String> parts = new ArrayList<>();
            for (String part : name.split("-")) {
                if (!part.isEmpty()) {
                    parts.add(part.substring(0, part.offsetByCodePoints(0, 1)) + ".");
                }
            }
            initials.add(String.join("-", parts));
        }
        return String.join(" ", initials);
    }

    private static String surname(String author) {
        int comma = author.indexOf(',');
        return comma < 0 ? author : author.substring(0, comma).strip();
    }

    private static String endWithStop(String title) {
        return title.endsWith("?") || title.endsWith("!") || title.endsWith(".") ? "" : ".";
    }

    /** The edition as the language writes it: "3." in Danish (3. udg.), "3rd" in English (3rd ed.). */
    private String edition(int edition) {
        if (!"en".equals(locale.getLanguage())) {
            return Integer.toString(edition);
        }
        int lastTwo = edition % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (edition % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return edition + suffix;
    }

    private String format(String key, Object argument) {
        return new MessageFormat(words.apply(key), locale).format(new Object[] {argument});
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
