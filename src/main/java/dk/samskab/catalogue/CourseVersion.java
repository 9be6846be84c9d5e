package dk.samskab.catalogue;

import dk.samskab.organisation.Organisation;
import dk.samskab.platform.BaseEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One published, immutable version of a course. Learners enrolled in it keep it even when a
 * newer version is published. The full content is a JSON document; the catalogue's fields are
 * columns.
 */
@Entity
@Table(name = "course_version")
@NamedQuery(name = CourseVersion.LATEST_OF_EACH, query = "SELECT v FROM CourseVersion v JOIN FETCH v.course c"
        + " WHERE v.versionNumber = (SELECT MAX(w.versionNumber) FROM CourseVersion w WHERE w.course = v.course)"
        + " ORDER BY c.code")
@NamedQuery(name = CourseVersion.OF_COURSE, query = "SELECT v FROM CourseVersion v WHERE v.course.code = :code"
        + " ORDER BY v.versionNumber DESC")
public class CourseVersion extends BaseEntity {

    public static final String LATEST_OF_EACH = "CourseVersion.latestOfEach";
    public static final String OF_COURSE = "CourseVersion.ofCourse";

    @ManyToOne(optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    // Read only when needed: a course's document is hundreds of kilobytes, and every page that
    // shows a course would otherwise fetch it from the database although it is parsed once per node.
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content_json", nullable = false)
    private String contentJson;

    @Column(name = "title_da", nullable = false)
    private String titleDa;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "summary_da", nullable = false)
    private String summaryDa;

    @Column(name = "summary_en", nullable = false)
    private String summaryEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CourseFormat format;

    @Enumerated(EnumType.STRING)
    @Column(name = "assessment_scale", nullable = false)
    private AssessmentScale assessmentScale;

    private BigDecimal ects;

    @Column(name = "workload_hours", nullable = false)
    private BigDecimal workloadHours;

    @Column(name = "qualification_level")
    private Integer qualificationLevel;

    @ManyToOne
    @JoinColumn(name = "awarding_provider_id")
    private Organisation awardingProvider;

    @Column(nullable = false)
    private String audiences;

    @Column(name = "sector_areas", nullable = false)
    private String sectorAreas;

    @Column(name = "competence_themes", nullable = false)
    private String competenceThemes;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    private String note;

    protected CourseVersion() {
    }

    public CourseVersion(Course course, int versionNumber, CourseDefinition definition, String contentJson,
            String contentHash, Organisation awardingProvider, String publishedBy, String note) {
        this.course = course;
        this.versionNumber = versionNumber;
        this.contentJson = contentJson;
        this.contentHash = contentHash;
        this.titleDa = definition.title().da();
        this.titleEn = definition.title().en();
        this.summaryDa = definition.summary().da();
        this.summaryEn = definition.summary().en();
        this.format = definition.format();
        this.assessmentScale = definition.assessment().scale();
        this.ects = definition.ects();
        this.workloadHours = definition.workloadHours();
        this.qualificationLevel = definition.qualificationLevel();
        this.awardingProvider = awardingProvider;
        this.audiences = codes(definition.audiences());
        this.sectorAreas = codes(definition.sectorAreas());
        this.competenceThemes = codes(definition.competenceThemes());
        this.publishedAt = Instant.now();
        this.publishedBy = publishedBy;
        this.note = note;
    }

    private static String codes(List<? extends CodedValue> values) {
        return values.stream().map(CodedValue::code).collect(Collectors.joining(","));
    }

    public Course getCourse() {
        return course;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getContentJson() {
        return contentJson;
    }

    /** The course as published in this version (parsed once, then shared). */
    public CourseDefinition definition() {
        CourseDefinition parsed = ContentJson.cached(contentHash);
        return parsed != null ? parsed : ContentJson.definition(contentHash, getContentJson());
    }

    public Organisation getAwardingProvider() {
        return awardingProvider;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getNote() {
        return note;
    }
}
