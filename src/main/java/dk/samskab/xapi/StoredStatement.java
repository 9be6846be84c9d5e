package dk.samskab.xapi;

import jakarta.json.JsonObject;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A statement as the LRS stored it (a row of xapi_statement), with the keys its queries find it
 * by. It is written once and never changed: whether it is voided is a question about the other
 * statements, asked when it is read.
 */
@Entity
@Table(name = "xapi_statement")
public class StoredStatement {

    static final String VOIDED_VERB = "http://adlnet.gov/expapi/verbs/voided";

    @Id
    @Column(length = 36)
    private String id;

    /** Given by the database as the row is inserted; read only by the native queries. */
    @Column(name = "stored_seq", insertable = false, updatable = false)
    private Long storedSeq;

    @Column(name = "stored_at", nullable = false)
    private Instant storedAt;

    @Column(nullable = false)
    private String statement;

    @Column(name = "verb_id", nullable = false)
    private String verbId;

    @Column(name = "activity_id")
    private String activityId;

    @Column(name = "actor_key")
    private String actorKey;

    @Column(length = 36)
    private String registration;

    @Column(name = "voids_id", length = 36)
    private String voidsId;

    @Column(name = "target_id", length = 36)
    private String targetId;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    @ElementCollection
    @CollectionTable(name = "xapi_statement_key", joinColumns = @JoinColumn(name = "statement_id"))
    private List<FilterKeyRow> keys = new ArrayList<>();

    protected StoredStatement() {
    }

    /** A statement prepared by {@link Statements#prepare}, stored at the moment its stored property names. */
    StoredStatement(JsonObject prepared, Instant storedAt, long clientId) {
        this.id = prepared.getString("id");
        this.storedAt = storedAt;
        this.statement = prepared.toString();
        this.verbId = prepared.getJsonObject("verb").getString("id");
        JsonObject object = prepared.getJsonObject("object");
        String objectType = object.getString("objectType", "Activity");
        this.activityId = objectType.equals("Activity") ? object.getString("id") : null;
        JsonObject actor = prepared.getJsonObject("actor");
        this.actorKey = AgentChecks.IDENTIFIERS.stream().anyMatch(actor::containsKey) ? AgentIdentity.of(actor).key() : null;
        if (prepared.get("context") instanceof JsonObject context && context.containsKey("registration")) {
            this.registration = context.getString("registration").toLowerCase(Locale.ROOT);
        }
        this.targetId = targetOf(prepared);
        this.voidsId = voids(prepared) ? targetId : null;
        this.clientId = clientId;
        FilterKey.of(prepared).forEach(key -> keys.add(new FilterKeyRow(key)));
    }

    /** The id of the statement a StatementRef object targets, in lower case; null for any other object. */
    static String targetOf(JsonObject statement) {
        JsonObject object = statement.getJsonObject("object");
        return "StatementRef".equals(object.getString("objectType", null))
                ? object.getString("id").toLowerCase(Locale.ROOT) : null;
    }

    /** Whether the statement voids the one its StatementRef object targets (Data 2.3.2). */
    static boolean voids(JsonObject statement) {
        return VOIDED_VERB.equals(statement.getJsonObject("verb").getString("id")) && targetOf(statement) != null;
    }

    public String getId() {
        return id;
    }

    public Instant getStoredAt() {
        return storedAt;
    }

    /** The statement exactly as stored, as the LRS returns it. */
    public String getStatement() {
        return statement;
    }

    public String getVoidsId() {
        return voidsId;
    }

    public boolean isVoiding() {
        return voidsId != null;
    }
}
