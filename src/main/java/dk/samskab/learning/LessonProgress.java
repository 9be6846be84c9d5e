package dk.samskab.learning;

import dk.samskab.enrolment.Enrolment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A lesson marked done, by its key "module-slug/lesson-slug" within the enrolled version. */
@Entity
@Table(name = "lesson_progress")
@NamedQuery(name = LessonProgress.DONE_KEYS, query = "SELECT p.lessonKey FROM LessonProgress p WHERE p.enrolment = :enrolment")
public class LessonProgress {

    public static final String DONE_KEYS = "LessonProgress.doneKeys";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    @Column(name = "lesson_key", nullable = false)
    private String lessonKey;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    protected LessonProgress() {
    }

    LessonProgress(Enrolment enrolment, String lessonKey) {
        this.enrolment = enrolment;
        this.lessonKey = lessonKey;
        this.completedAt = Instant.now();
    }
}
