package dk.samskab.catalogue;

import dk.samskab.platform.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A course by its code; what it contains lives in its published versions. */
@Entity
@Table(name = "course")
@NamedQuery(name = Course.BY_CODE, query = "SELECT c FROM Course c WHERE c.code = :code")
public class Course extends BaseEntity {

    public static final String BY_CODE = "Course.byCode";

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
}
