package dk.samskab.authoring.web;

import dk.samskab.authoring.form.CourseForm;
import dk.samskab.authoring.form.ModuleForm;
import dk.samskab.content.RuleMessages;
import dk.samskab.content.Violation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the course rules' problems into the editor's list: the field named as the author knows
 * it, the problem in the author's language, and a link to the field — on the course page, or on
 * the lesson or quiz page that edits it. Fields only the course files hold get no link.
 */
final class ProblemLinks {

    /** One problem as the editor lists it; href is null when no page of the editor has the field. */
    public record ProblemLink(String field, String message, String href) {
    }

    private static final Pattern LESSON = Pattern.compile("^modules\\[(\\d+)]\\.lessons\\[(\\d+)](\\..*)?$");
    private static final Pattern QUIZ = Pattern.compile("^modules\\[(\\d+)]\\.quiz(\\..*)?$");
    private static final Pattern MODULE = Pattern.compile("^modules\\[(\\d+)](\\.(title|summary|reflection))?.*$");

    /** Course fields by path prefix, and the id of the control on the course page that edits them. */
    private static final Map<String, String> ON_COURSE_PAGE = Map.ofEntries(
            Map.entry("title", "titleDa"), Map.entry("summary", "summaryDa"), Map.entry("description", "descriptionDa"),
            Map.entry("duration_weeks", "weeks"), Map.entry("workload_hours", "workload"), Map.entry("ects", "ects"),
            Map.entry("qualification_level", "level"), Map.entry("awarding_provider", "provider"),
            Map.entry("learning_outcomes.knowledge", "knowledgeAdd"), Map.entry("learning_outcomes.skills", "skillsAdd"),
            Map.entry("learning_outcomes.competences", "competencesAdd"), Map.entry("assessment.scale", "scale"),
            Map.entry("assessment.final_assignment.title", "finalTitleDa"),
            Map.entry("assessment.final_assignment.prompt", "finalPromptDa"),
            Map.entry("assessment.final_assignment.rubric", "finalRubricAdd"),
            Map.entry("assessment.final_assignment.grade_descriptors", "descriptorRows:0:da"),
            Map.entry("assessment.final_assignment", "hasFinal"), Map.entry("modules", "addModule"));

    private ProblemLinks() {
    }

    static List<ProblemLink> of(List<Violation> violations, CourseForm form, String code, String contextPath, Locale locale) {
        return violations.stream()
                .map(v -> new ProblemLink(RuleMessages.fieldName(v.path(), locale), v.message(locale), href(v, form, code, contextPath)))
                .distinct().toList();
    }

    private static String href(Violation violation, CourseForm form, String code, String contextPath) {
        String path = violation.path();
        String course = "?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
        Matcher lesson = LESSON.matcher(path);
        if (lesson.matches()) {
            ModuleForm module = module(form, lesson.group(1));
            int index = Integer.parseInt(lesson.group(2));
            if (module == null || index >= module.getLessons().size()) {
                return null;
            }
            return contextPath + "/instructor/lesson-edit.xhtml" + course + "&m=" + slug(module.getSlug())
                    + "&l=" + slug(module.getLessons().get(index).getSlug());
        }
        Matcher quiz = QUIZ.matcher(path);
        if (quiz.matches()) {
            ModuleForm module = module(form, quiz.group(1));
            return module == null ? null : contextPath + "/instructor/quiz-edit.xhtml" + course + "&m=" + slug(module.getSlug());
        }
        Matcher module = MODULE.matcher(path);
        if (module.matches()) {
            String part = module.group(3) == null ? "title" : module.group(3);
            String control = switch (part) {
                case "summary" -> "moduleSummary";
                case "reflection" -> "reflection";
                default -> "moduleTitle";
            };
            return "#editForm:modules:" + module.group(1) + ":" + control + language(violation);
        }
        String text = path.replaceFirst("\\.(da|en)$", "");
        return ON_COURSE_PAGE.entrySet().stream()
                .filter(e -> text.equals(e.getKey()) || text.startsWith(e.getKey() + ".") || text.startsWith(e.getKey() + "["))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(e -> "#editForm:" + (e.getValue().endsWith("Da") ? e.getValue().replaceFirst("Da$", language(violation)) : e.getValue()))
                .orElse(null);
    }

    /** "En" for a problem in the English text of a field, else "Da". */
    private static String language(Violation violation) {
        return violation.path().endsWith(".en") || "text.noEnglish".equals(violation.key()) ? "En" : "Da";
    }

    private static ModuleForm module(CourseForm form, String index) {
        int i = Integer.parseInt(index);
        return i < form.getModules().size() ? form.getModules().get(i) : null;
    }

    private static String slug(String slug) {
        return URLEncoder.encode(slug == null ? "" : slug, StandardCharsets.UTF_8);
    }
}
