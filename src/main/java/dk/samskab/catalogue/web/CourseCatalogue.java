package dk.samskab.catalogue.web;

import dk.samskab.catalogue.CatalogueService;
import dk.samskab.catalogue.PublishedCourse;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The list of published courses. */
@Named
@RequestScoped
public class CourseCatalogue {

    @Inject
    CatalogueService catalogue;

    private List<PublishedCourse> courses;

    @PostConstruct
    void load() {
        courses = catalogue.publishedCourses();
    }

    public List<PublishedCourse> getCourses() {
        return courses;
    }
}
