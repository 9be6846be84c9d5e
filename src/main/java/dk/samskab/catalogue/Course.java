package dk.samskab.catalogue;

import dk.samskab.platform.Caller;
import dk.samskab.organisation.Person;
import dk.samskab.platform.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/** A course by its code; what it contains lives in its published versions. */
@Entity
@Table(name = "course")
@NamedQuery(name = Course.BY_CODE, query = "SELECT c FROM Course c WHERE c.code = :code")
@NamedQuery(name = Course.CODES_TAUGHT_BY, query = "SELECT c.code FROM Course c JOIN c.instructors i"
        + " WHERE i.email = :email ORDER BY c.code")
public class Course extends BaseEntity {

    public static final String BY_CODE = "Course.byCode";
    public static final String CODES_TAUGHT_BY = "Course.codesTaughtBy";

    /** The instructors who grade, approve and (later) author this course. */
    @ManyToMany
    @JoinTable(name = "course_instructor", joinColumns = @JoinColumn(name = "course_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> instructors = new HashSet<>();

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    protected Course() {
    }

    public Course(String code) {
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    public Set<Person> getInstructors() {
        return instructors;
    }

    /** Whether the caller may teach the course: admins every course, instructors those they are assigned to. */
    public boolean isTeachableBy(Caller caller) {
        return caller.isAdmin() || isTaughtBy(caller.email());
    }

    public boolean isTaughtBy(String email) {
        return instructors.stream().anyMatch(p -> p.getEmail().equalsIgnoreCase(email));
    }
}
