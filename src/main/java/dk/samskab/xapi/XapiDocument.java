package dk.samskab.xapi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document of the State, Activity Profile or Agent Profile Resource, as its client last wrote it. */
@Entity
@Table(name = "xapi_document")
public class XapiDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_key", nullable = false, length = 64)
    private String documentKey;

    @Column(name = "scope_key", nullable = false, length = 64)
    private String scopeKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentScope.Resource resource;

    @Column(name = "document_id", nullable = false)
    private String documentId;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Lob
    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false, length = 40)
    private String etag;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected XapiDocument() {
    }

    XapiDocument(DocumentScope scope, String documentId) {
        this.scopeKey = scope.key();
        this.documentKey = scope.keyOf(documentId);
        this.resource = scope.resource();
        this.documentId = documentId;
    }

    void write(String contentType, byte[] content, Instant at) {
        this.contentType = contentType;
        this.content = content.clone();
        this.etag = DocumentStore.etagOf(content);
        this.updatedAt = at;
    }

    String getContentType() {
        return contentType;
    }

    byte[] getContent() {
        return content.clone();
    }

    String getEtag() {
        return etag;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
