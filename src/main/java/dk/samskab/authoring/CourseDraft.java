package dk.samskab.authoring;

import dk.samskab.catalogue.Course;
import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.ContentJson;
import dk.samskab.platform.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** The working copy of a course that its instructors edit; learners only ever see published versions. */
@Entity
@Table(name = "course_draft")
@NamedQuery(name = CourseDraft.OF_COURSE, query = "SELECT d FROM CourseDraft d WHERE d.course.code = :code")
public class CourseDraft extends BaseEntity {

    static final String OF_COURSE = "CourseDraft.ofCourse";

    @OneToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "content_json", nullable = false)
    private String contentJson;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected CourseDraft() {
    }

    CourseDraft(Course course, CourseDefinition definition, String by) {
        this.course = course;
        replace(definition, by);
    }

    final void replace(CourseDefinition definition, String by) {
        this.contentJson = ContentJson.toJson(definition);
        this.updatedBy = by;
    }

    public CourseDefinition definition() {
        return ContentJson.fromJson(contentJson);
    }

    public Course getCourse() {
        return course;
    }

    public String getContentJson() {
        return contentJson;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
