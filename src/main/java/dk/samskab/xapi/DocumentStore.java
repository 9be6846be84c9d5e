package dk.samskab.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The documents of the State, Activity Profile and Agent Profile Resources (Communication 2.3 to
 * 2.6). A write locks the document's row, checks the request's precondition against it and
 * changes it in one transaction, so two writers never both win. Two first writes of the same
 * document at once collide on its unique key; the loser is to be run again through
 * {@link dk.samskab.platform.Conflicts#retry}, and then finds the document there.
 */
@ApplicationScoped
@Transactional
public class DocumentStore {

    /** A document as it is read back: its media type, bytes, ETag and last change. */
    public record Document(String contentType, byte[] content, String etag, Instant updated) {
    }

    static final String JSON = "application/json";

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Document> find(DocumentScope scope, String documentId) {
        return stored(scope, documentId, LockModeType.NONE)
                .map(d -> new Document(d.getContentType(), d.getContent(), d.getEtag(), d.getUpdatedAt()));
    }

    /** The ids of the scope's documents, those changed after since (when given), the earliest changed first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> ids(DocumentScope scope, Instant since) {
        return em.createQuery("SELECT d.documentId FROM XapiDocument d WHERE d.scopeKey = :scope AND d.updatedAt > :since"
                + " ORDER BY d.updatedAt, d.id", String.class).setParameter("scope", scope.key())
                .setParameter("since", since == null ? Instant.EPOCH : since).getResultList();
    }

    /** Stores the document, replacing any before it (Communication 2.3.s2, PUT). */
    public void put(DocumentScope scope, String documentId, String contentType, byte[] content, DocumentPrecondition precondition) {
        Optional<XapiDocument> stored = stored(scope, documentId, LockModeType.PESSIMISTIC_WRITE);
        precondition.check(stored.map(XapiDocument::getEtag).orElse(null), true);
        if (isJson(contentType)) {
            StrictJson.read(text(content));
        }
        write(stored, scope, documentId, contentType, content);
    }

    /**
     * Merges a JSON object into the stored one, its properties over theirs, or stores it when
     * there is none (Communication 2.3.s2, POST; the JSON procedure of 2.2).
     *
     * @throws LrsRefusal 400 when the document sent, or the one stored, is not a JSON object
     */
    public void merge(DocumentScope scope, String documentId, String contentType, byte[] content, DocumentPrecondition precondition) {
        Optional<XapiDocument> stored = stored(scope, documentId, LockModeType.PESSIMISTIC_WRITE);
        precondition.check(stored.map(XapiDocument::getEtag).orElse(null), false);
        if (stored.isEmpty()) {
            if (isJson(contentType)) {
                StrictJson.read(text(content));
            }
            write(stored, scope, documentId, contentType, content);
            return;
        }
        if (!isJson(contentType) || !isJson(stored.get().getContentType())) {
            throw LrsRefusal.badRequest("a POST merges JSON objects: both the document sent and the one stored must be"
                    + " application/json; to replace a document of another type, PUT it");
        }
        JsonObject added = object(content, "the document sent");
        JsonObject merged = object(stored.get().getContent(), "the stored document");
        JsonObjectBuilder result = Json.createObjectBuilder(merged);
        added.forEach(result::add);
        write(stored, scope, documentId, JSON, result.build().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Deletes the document; whether there was one. */
    public boolean delete(DocumentScope scope, String documentId, DocumentPrecondition precondition) {
        Optional<XapiDocument> stored = stored(scope, documentId, LockModeType.PESSIMISTIC_WRITE);
        precondition.check(stored.map(XapiDocument::getEtag).orElse(null), false);
        stored.ifPresent(em::remove);
        return stored.isPresent();
    }

    /** Deletes every document of the scope (the State Resource's DELETE without a stateId); how many there were. */
    public int deleteAll(DocumentScope scope) {
        return em.createQuery("DELETE FROM XapiDocument d WHERE d.scopeKey = :scope").setParameter("scope", scope.key()).executeUpdate();
    }

    /** A strong ETag: the SHA-1 of the bytes in lower-case hex (Communication 3.1.s4.b2). */
    static String etagOf(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-1", e);
        }
    }

    static boolean isJson(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT).equals(JSON);
    }

    private void write(Optional<XapiDocument> stored, DocumentScope scope, String documentId, String contentType, byte[] content) {
        XapiDocument document = stored.orElseGet(() -> new XapiDocument(scope, documentId));
        document.write(contentType, content, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        if (stored.isEmpty()) {
            em.persist(document);
            // The unique key is checked here, so that a concurrent first write fails as a conflict a retry resolves.
            em.flush();
        }
    }

    private Optional<XapiDocument> stored(DocumentScope scope, String documentId, LockModeType lock) {
        return em.createQuery("SELECT d FROM XapiDocument d WHERE d.documentKey = :key", XapiDocument.class)
                .setParameter("key", scope.keyOf(documentId)).setLockMode(lock).getResultStream().findFirst();
    }

    private static JsonObject object(byte[] content, String which) {
        if (StrictJson.read(text(content)) instanceof JsonObject object) {
            return object;
        }
        throw LrsRefusal.badRequest("a POST merges JSON objects, and " + which + " is JSON but not an object");
    }

    private static String text(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw LrsRefusal.badRequest("a document of type application/json must be UTF-8 text");
        }
    }
}
