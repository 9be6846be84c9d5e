package dk.samskab.catalogue.web;

import dk.samskab.catalogue.Audience;
import dk.samskab.catalogue.CatalogueService;
import dk.samskab.catalogue.CodedValue;
import dk.samskab.catalogue.CompetenceTheme;
import dk.samskab.catalogue.CourseFilter;
import dk.samskab.catalogue.CourseFormat;
import dk.samskab.catalogue.PublishedCourse;
import dk.samskab.catalogue.SectorArea;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;

/**
 * The catalogue with its filters. The filters are a plain GET form, so a filtered list is an
 * address that can be bookmarked and shared.
 */
@Named
@RequestScoped
public class CourseCatalogue {

    @Inject
    CatalogueService catalogue;

    private List<PublishedCourse> courses;

    public List<PublishedCourse> getCourses() {
        if (courses == null) {
            CourseFilter filter = filter();
            courses = catalogue.publishedCourses().stream().filter(c -> filter.matches(c.course())).toList();
        }
        return courses;
    }

    private static CourseFilter filter() {
        Map<String, String> params = Faces.getRequestParameterMap();
        String ects = params.get("ects");
        return new CourseFilter(parse(Audience.values(), params.get("audience")), parse(SectorArea.values(), params.get("sector")),
                parse(CompetenceTheme.values(), params.get("theme")), parse(CourseFormat.values(), params.get("format")),
                "yes".equals(ects) ? Boolean.TRUE : "no".equals(ects) ? Boolean.FALSE : null, params.get("q"));
    }

    /** Unknown values are ignored rather than refused: a hand-edited address still shows courses. */
    private static <E extends CodedValue> E parse(E[] values, String code) {
        return Arrays.stream(values).filter(v -> v.code().equals(code)).findFirst().orElse(null);
    }

    public List<Audience> getAudiences() {
        return List.of(Audience.values());
    }

    public List<SectorArea> getSectorAreas() {
        return List.of(SectorArea.values());
    }

    public List<CompetenceTheme> getThemes() {
        return List.of(CompetenceTheme.values());
    }

    public List<CourseFormat> getFormats() {
        return List.of(CourseFormat.values());
    }

    public String selected(String param, String value) {
        String current = Faces.getRequestParameter(param);
        return value.equals(current) ? "selected" : null;
    }
}
