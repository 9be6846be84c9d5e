package dk.samskab.authoring;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.ModuleDefinition;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Folder and file names for modules and lessons. In the course-content format modules are
 * ordered by their folder names, so the editor numbers them (01-, 02-, …) after every change.
 */
final class Slugs {

    private Slugs() {
    }

    /** A name of a-z, 0-9 and hyphens from a title: "Æblet på øen" gives "aeblet-pa-oeen". */
    static String fromTitle(String title) {
        String ascii = title.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        ascii = Normalizer.normalize(ascii, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        slug = slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
        return slug.isEmpty() ? "del" : slug;
    }

    static String numbered(int position, String slug) {
        return String.format(Locale.ROOT, "%02d-%s", position, slug.replaceFirst("^\\d{2}-", ""));
    }

    /** The same course with modules and lessons numbered in their order. */
    static CourseDefinition renumbered(CourseDefinition course) {
        List<ModuleDefinition> modules = new ArrayList<>();
        for (int i = 0; i < course.modules().size(); i++) {
            ModuleDefinition m = course.modules().get(i);
            List<ModuleDefinition.Lesson> lessons = new ArrayList<>();
            for (int j = 0; j < m.lessons().size(); j++) {
                ModuleDefinition.Lesson l = m.lessons().get(j);
                String slug = numbered(j + 1, l.slug());
                // A lesson's package zip is named after the lesson, as it lies beside the lesson's files.
                ModuleDefinition.ElearningLesson elearning = l.elearning() == null ? null
                        : new ModuleDefinition.ElearningLesson(slug + ".zip", l.elearning().packageKey());
                lessons.add(new ModuleDefinition.Lesson(slug, l.title(), l.minutes(), l.required(), l.body(), l.activities(),
                        elearning));
            }
            modules.add(new ModuleDefinition(numbered(i + 1, m.slug()), m.title(), m.summary(), lessons, m.quiz(), m.reflection()));
        }
        return course.withModules(modules);
    }
}
