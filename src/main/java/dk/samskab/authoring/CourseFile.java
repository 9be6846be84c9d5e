package dk.samskab.authoring;

import dk.samskab.catalogue.Course;
import dk.samskab.platform.BaseEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An image or attachment of a course, linked from its lessons. */
@Entity
@Table(name = "course_file")
@NamedQuery(name = CourseFile.OF_COURSE, query = "SELECT f FROM CourseFile f WHERE f.course.code = :code ORDER BY f.name")
public class CourseFile extends BaseEntity {

    static final String OF_COURSE = "CourseFile.ofCourse";

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(nullable = false)
    private String name;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private int size;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    protected CourseFile() {
    }

    CourseFile(Course course, String name) {
        this.course = course;
        this.name = name;
    }

    void replace(String mediaType, byte[] content, String by) {
        this.mediaType = mediaType;
        this.content = content;
        this.size = content.length;
        this.uploadedBy = by;
    }

    public String getName() {
        return name;
    }

    public String getMediaType() {
        return mediaType;
    }

    public int getSize() {
        return size;
    }

    public byte[] getContent() {
        return content;
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }
}
