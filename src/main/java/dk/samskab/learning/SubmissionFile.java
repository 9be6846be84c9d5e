package dk.samskab.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a hand-in's file, read only when someone downloads it. */
@Entity
@Table(name = "submission_file")
public class SubmissionFile {

    @Id
    @Column(name = "submission_id")
    private Long submissionId;

    @Column(nullable = false)
    private byte[] content;

    protected SubmissionFile() {
    }

    SubmissionFile(long submissionId, byte[] content) {
        this.submissionId = submissionId;
        this.content = content;
    }

    void replace(byte[] content) {
        this.content = content;
    }

    public byte[] getContent() {
        return content;
    }
}
