package dk.samskab.content;

import dk.samskab.catalogue.ModuleDefinition;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A lesson's minutes must match what it asks of the learner: its words read at 150 words a
 * minute plus the minutes of the activities it states, within ±30 %, in both languages.
 */
public final class LessonTime {

    public static final int WORDS_PER_MINUTE = 150;
    public static final double TOLERANCE = 0.30;

    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)]*\\)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

    private LessonTime() {
    }

    /** Words a reader reads: whitespace-separated tokens with a letter or digit, link addresses left out. */
    public static int words(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return 0;
        }
        int words = 0;
        for (String token : LINK_TARGET.matcher(markdown).replaceAll("]").split("\\s+")) {
            if (WORD.matcher(token).find()) {
                words++;
            }
        }
        return words;
    }

    /** The minutes the text and the activities take: words / 150 + activity minutes. */
    public static double expectedMinutes(String markdown, int activityMinutes) {
        return (double) words(markdown) / WORDS_PER_MINUTE + activityMinutes;
    }

    static void check(ModuleDefinition.Lesson lesson, String path, Consumer<Violation> fail) {
        for (int k = 0; k < lesson.activities().size(); k++) {
            int minutes = lesson.activities().get(k).minutes();
            if (minutes < 1 || minutes > 600) {
                fail.accept(new Violation(path + ".activities[" + k + "].minutes", "activity.minutes"));
            }
        }
        if (lesson.body() == null || lesson.body().da() == null || lesson.body().en() == null
                || lesson.body().da().isBlank() || lesson.body().en().isBlank()) {
            return; // the missing text is reported by the text rule
        }
        int activities = lesson.activityMinutes();
        double danish = expectedMinutes(lesson.body().da(), activities);
        double english = expectedMinutes(lesson.body().en(), activities);
        // Whole minutes, rounded in the writer's favour, so that a very short lesson can still say 1.
        long lowest = Math.max(1, (long) Math.floor(Math.max(danish, english) * (1 - TOLERANCE) + 1e-9));
        long highest = Math.max(1, (long) Math.ceil(Math.min(danish, english) * (1 + TOLERANCE) - 1e-9));
        if (lesson.minutes() >= lowest && lesson.minutes() <= highest) {
            return;
        }
        int danishWords = words(lesson.body().da());
        int englishWords = words(lesson.body().en());
        fail.accept(new Violation(path + ".minutes", lowest <= highest ? "lesson.timeRange" : "lesson.timeLanguages",
                lesson.minutes(), danishWords, oneDecimal((double) danishWords / WORDS_PER_MINUTE), englishWords,
                oneDecimal((double) englishWords / WORDS_PER_MINUTE), WORDS_PER_MINUTE, activities, lowest, highest));
    }

    private static String oneDecimal(double minutes) {
        return String.format(java.util.Locale.ROOT, "%.1f", minutes);
    }
}
