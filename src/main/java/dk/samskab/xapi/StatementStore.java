package dk.samskab.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Clob;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The statements of the LRS: stored a request at a time, all or nothing, and read one by one or
 * as pages of a query (Communication 2.1).
 *
 * <p>A statement id is stored once. Sending a statement again under its id changes nothing and is
 * accepted; a different statement under a stored id is a conflict (Communication 2.1.1.s2.b2, b3).
 * Two requests storing the same id at once both insert it; the database keeps the first, and the
 * second fails on the unique key. {@link dk.samskab.platform.Conflicts#retry} then runs it again,
 * and it finds the statement there: call {@link #store} through it, outside any transaction.
 */
@ApplicationScoped
@Transactional
public class StatementStore {

    /** A stored statement as the LRS returns it, with its stored time (for Last-Modified). */
    public record Found(String statement, Instant stored) {
    }

    /** One page of a query: the statements, and the stored position after which the next page starts, if there is one. */
    public record Page(List<String> statements, Long next) {

        public boolean hasMore() {
            return next != null;
        }
    }

    @PersistenceContext
    EntityManager em;

    /**
     * Stores the statements of one request, in their order, with this authority; returns their ids
     * in the same order. Nothing is stored when any one is refused.
     *
     * @throws LrsRefusal 400 with every problem when a statement breaks the spec's rules, 400 when two
     *         statements of the request share an id or a statement voids a voiding statement, 409 when
     *         a different statement is stored under one of the ids
     */
    public List<String> store(List<JsonValue> statements, JsonObject authority, long clientId) {
        return store(statements, List.of(), authority, clientId);
    }

    /**
     * Stores the statements with the attachment data that came with them: every attachment without
     * a fileUrl needs its data among the parts, and every part must be the data of one of them.
     *
     * @throws LrsRefusal 400 as above, and when an attachment's data is missing or a part belongs to none
     */
    public List<String> store(List<JsonValue> statements, List<AttachmentPart> parts, JsonObject authority, long clientId) {
        List<JsonObject> valid = validated(statements);
        Attachments.refuseUnmatched(valid, parts);
        Instant stored = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<JsonObject> prepared = valid.stream().map(s -> Statements.prepare(s, authority, stored, UUID::randomUUID)).toList();
        List<String> ids = prepared.stream().map(s -> s.getString("id")).toList();
        Set<String> distinct = new HashSet<>();
        for (String id : ids) {
            if (!distinct.add(id)) {
                throw LrsRefusal.badRequest("the statements of one request need distinct ids; " + id + " is used more than once");
            }
        }
        Map<String, StoredStatement> known = storedAmong(prepared);
        Map<String, JsonObject> batch = new HashMap<>();
        prepared.forEach(s -> batch.put(s.getString("id"), s));
        List<StoredStatement> fresh = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            JsonObject statement = prepared.get(i);
            StoredStatement existing = known.get(statement.getString("id"));
            if (existing != null) {
                if (!StatementEquivalence.same(valid.get(i), parse(existing.getStatement()))) {
                    throw new LrsRefusal(LrsRefusal.Status.CONFLICT, "a different statement is already stored with the id "
                            + existing.getId() + "; a statement cannot be changed, only voided");
                }
                continue;
            }
            refuseVoidingAVoidingStatement(statement, batch, known);
            fresh.add(new StoredStatement(statement, stored, clientId));
        }
        for (AttachmentPart part : parts) {
            em.createNativeQuery("INSERT IGNORE INTO xapi_attachment (sha2, content_type, content, stored_at) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, part.sha2()).setParameter(2, part.contentType()).setParameter(3, part.content())
                    .setParameter(4, java.sql.Timestamp.from(stored)).executeUpdate();
        }
        for (StoredStatement statement : fresh) {
            // One at a time, so that the stored sequence follows the order of the request (EclipseLink
            // would insert a unit of work's new rows in an order of its own). The unique key is checked
            // here, inside the method, so that a concurrent insert of the same id fails as a transient
            // conflict that a retry resolves.
            em.persist(statement);
            em.flush();
        }
        return ids;
    }

    /** Every statement checked first, so that one invalid statement refuses the request with all problems. */
    private static List<JsonObject> validated(List<JsonValue> statements) {
        List<LrsRefusal.Problem> problems = new ArrayList<>();
        List<JsonObject> valid = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i) instanceof JsonObject statement) {
                int index = i;
                StatementValidator.validate(statement).forEach(p -> problems.add(new LrsRefusal.Problem(index, p)));
                valid.add(statement);
            } else {
                problems.add(new LrsRefusal.Problem(i, new StatementProblem("", "must be a Statement, a JSON object")));
            }
        }
        if (!problems.isEmpty()) {
            throw LrsRefusal.invalid(problems);
        }
        return valid;
    }

    /** The stored statements among the ids of these statements and the statements they target. */
    private Map<String, StoredStatement> storedAmong(List<JsonObject> statements) {
        Set<String> ids = new HashSet<>();
        for (JsonObject statement : statements) {
            ids.add(statement.getString("id"));
            String target = StoredStatement.targetOf(statement);
            if (target != null) {
                ids.add(target);
            }
        }
        return em.createQuery("SELECT s FROM StoredStatement s WHERE s.id IN :ids", StoredStatement.class)
                .setParameter("ids", List.copyOf(ids)).getResultStream()
                .collect(Collectors.toMap(StoredStatement::getId, Function.identity()));
    }

    /**
     * A voiding statement cannot be voided (Data 2.3.2), so a statement that tries is refused
     * (XAPI-00016 lets the LRS refuse it). Should one slip through, sent at the very moment its
     * target is, it voids nothing: a voiding statement is never voided when read.
     */
    private static void refuseVoidingAVoidingStatement(JsonObject statement, Map<String, JsonObject> batch,
            Map<String, StoredStatement> stored) {
        if (!StoredStatement.voids(statement)) {
            return;
        }
        String target = StoredStatement.targetOf(statement);
        boolean targetVoids = batch.containsKey(target) ? StoredStatement.voids(batch.get(target))
                : stored.containsKey(target) && stored.get(target).isVoiding();
        if (targetVoids) {
            throw LrsRefusal.badRequest("the statement " + statement.getString("id") + " voids " + target
                    + ", which is itself a voiding statement; a voiding statement cannot be voided");
        }
    }

    /** The statement with this id, unless it is voided; or, with voided true, only if it is. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Found> statement(String id, boolean voided) {
        List<?> rows = em.createNativeQuery("SELECT s.statement, s.stored_at FROM xapi_statement s WHERE s.id = ?1 AND "
                + (voided ? "" : "NOT ") + StatementSql.VOIDED).setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Found(text(row[0]), instant(row[1])));
    }

    /** The attachment data the LRS holds among these SHA-2 hashes, in their order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AttachmentPart> attachments(Collection<String> sha2s) {
        if (sha2s.isEmpty()) {
            return List.of();
        }
        List<String> hashes = List.copyOf(sha2s);
        String placeholders = java.util.stream.IntStream.rangeClosed(1, hashes.size()).mapToObj(i -> "?" + i)
                .collect(Collectors.joining(", "));
        Query select = em.createNativeQuery("SELECT sha2, content_type, content FROM xapi_attachment WHERE sha2 IN (" + placeholders
                + ") ORDER BY sha2");
        for (int i = 0; i < hashes.size(); i++) {
            select.setParameter(i + 1, hashes.get(i));
        }
        List<?> rows = select.getResultList();
        return rows.stream().map(row -> (Object[]) row).map(row -> new AttachmentPart(text(row[0]), text(row[1]), (byte[]) row[2])).toList();
    }

    /**
     * The activity as the latest statement about it has it (its object, with that statement's
     * definition), for the Activities Resource; empty when no statement has it as its object.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<JsonObject> activity(String activityId) {
        List<?> rows = em.createNativeQuery("SELECT s.statement FROM xapi_statement_key k JOIN xapi_statement s ON s.id = k.statement_id"
                + " WHERE k.kind = 'ACTIVITY' AND k.key_hash = ?1 AND k.direct AND s.activity_id = ?2 ORDER BY s.stored_seq DESC LIMIT 1")
                .setParameter(1, FilterKey.hash(activityId)).setParameter(2, activityId).getResultList();
        return rows.stream().map(row -> parse(text(row)).getJsonObject("object")).findFirst();
    }

    /** A page of the query's statements after the stored position given (null: the first page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page query(StatementQuery query, Long after) {
        StatementSql sql = StatementSql.page(query, after);
        Query select = em.createNativeQuery(sql.text());
        List<Object> parameters = sql.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            select.setParameter(i + 1, parameters.get(i));
        }
        List<?> rows = select.getResultList();
        List<String> statements = new ArrayList<>();
        Long last = null;
        for (Object row : rows.subList(0, Math.min(rows.size(), query.limit()))) {
            Object[] columns = (Object[]) row;
            last = ((Number) columns[0]).longValue();
            statements.add(text(columns[1]));
        }
        return new Page(statements, rows.size() > query.limit() ? last : null);
    }

    private static JsonObject parse(String statement) {
        try (JsonReader reader = Json.createReader(new StringReader(statement))) {
            return reader.readObject();
        }
    }

    /** A LONGTEXT column as the driver hands it over: a string, or for some drivers a CLOB. */
    static String text(Object column) {
        if (column instanceof Clob clob) {
            try (Reader reader = clob.getCharacterStream()) {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[8192];
                for (int n; (n = reader.read(buffer)) > 0;) {
                    text.append(buffer, 0, n);
                }
                return text.toString();
            } catch (SQLException | IOException e) {
                throw new UncheckedIOException(new IOException("reading a stored statement", e));
            }
        }
        return (String) column;
    }

    private static Instant instant(Object column) {
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (column instanceof LocalDateTime local) {
            return Timestamp.valueOf(local).toInstant();
        }
        return (Instant) column;
    }
}
