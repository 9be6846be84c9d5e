package dk.samskab.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audit entry. It has no setters: entries are written once and never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(updatable = false)
    private String actor;

    @Column(updatable = false)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditAction action;

    @Column(updatable = false)
    private String subject;

    @Column(updatable = false)
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(String actor, String address, AuditAction action, String subject, String detail) {
        this.occurredAt = Instant.now();
        this.actor = cut(actor, 254);
        this.address = cut(address, 64);
        this.action = action;
        this.subject = cut(subject, 254);
        this.detail = cut(detail, 1000);
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAddress() {
        return address;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }
}
