package dk.samskab.xapi;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a statement query, with every value a numbered parameter. Each filter on what a
 * statement is about (agent, verb, activity, registration) is a recursive set: the statements that
 * match it directly, then every statement whose StatementRef object targets one already in the set,
 * to any depth (Communication 2.1.3.s3). A statement is listed when it is in every such set, is not
 * voided, and lies in the stored time and the page asked for. Voided statements stay in the sets,
 * so that the statements targeting them are still found (Communication 2.1.4.s1.b2).
 *
 * <p>A statement is voided when it is not itself a voiding statement and a voiding statement
 * targets it (Data 2.3.2.s2.b3): asked here rather than kept as a flag, so that a statement and
 * the one voiding it can arrive in either order, or at once on two nodes, and the answer is right.
 */
final class StatementSql {

    /** Whether the statement s is voided. */
    static final String VOIDED = "(s.voids_id IS NULL AND EXISTS (SELECT 1 FROM xapi_statement v WHERE v.voids_id = s.id))";

    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    private StatementSql() {
    }

    /** The query's page after the stored position given (null: from the start), one statement more than the page holds. */
    static StatementSql page(StatementQuery query, Long after) {
        StatementSql sql = new StatementSql();
        List<String> sets = new ArrayList<>();
        if (query.agent() != null) {
            sets.add(sql.keySet("agent_match", FilterKey.Kind.AGENT, query.agent(), query.relatedAgents()));
        }
        if (query.verb() != null) {
            sets.add(sql.keySet("verb_match", FilterKey.Kind.VERB, query.verb(), false));
        }
        if (query.activity() != null) {
            sets.add(sql.keySet("activity_match", FilterKey.Kind.ACTIVITY, query.activity(), query.relatedActivities()));
        }
        if (query.registration() != null) {
            sets.add(sql.set("registration_match", "SELECT r.id FROM xapi_statement r WHERE r.registration = ",
                    query.registration()));
        }
        if (!sets.isEmpty()) {
            sql.append("WITH RECURSIVE ").append(String.join(",\n", sets)).append("\n");
        }
        sql.append("SELECT s.stored_seq, s.statement FROM xapi_statement s WHERE NOT ").append(VOIDED);
        for (String set : sets) {
            sql.append(" AND s.id IN (SELECT id FROM ").append(set.substring(0, set.indexOf(' '))).append(")");
        }
        if (query.since() != null) {
            sql.append(" AND s.stored_at > ").value(Timestamp.from(query.since()));
        }
        if (query.until() != null) {
            sql.append(" AND s.stored_at <= ").value(Timestamp.from(query.until()));
        }
        if (after != null) {
            sql.append(query.ascending() ? " AND s.stored_seq > " : " AND s.stored_seq < ").value(after);
        }
        sql.append(" ORDER BY s.stored_seq ").append(query.ascending() ? "ASC" : "DESC");
        sql.append(" LIMIT ").value(query.limit() + 1);
        return sql;
    }

    /** The statements with this key (direct only, unless related ones count too), and those targeting them. */
    private String keySet(String name, FilterKey.Kind kind, String value, boolean related) {
        String anchor = "SELECT k.statement_id FROM xapi_statement_key k WHERE k.kind = '" + kind.name() + "'"
                + (related ? "" : " AND k.direct = TRUE") + " AND k.key_hash = ";
        return set(name, anchor, FilterKey.hash(value));
    }

    /**
     * A recursive set: the anchor's statements, then those whose StatementRef targets one already in
     * it. UNION (not UNION ALL) ends the recursion even where references form a cycle.
     */
    private String set(String name, String anchor, Object value) {
        return name + " (id) AS (" + anchor + parameter(value) + " UNION SELECT t.id FROM xapi_statement t JOIN " + name
                + " m ON t.target_id = m.id)";
    }

    private StatementSql append(String part) {
        text.append(part);
        return this;
    }

    private StatementSql value(Object value) {
        text.append(parameter(value));
        return this;
    }

    /** The next numbered parameter, bound to the value; the sets are written before the main query, in order. */
    private String parameter(Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    String text() {
        return text.toString();
    }

    List<Object> parameters() {
        return List.copyOf(parameters);
    }
}
