package dk.samskab.xapi;

import java.time.Instant;

/**
 * The filters of a GET on the Statement Resource that asks for a list (Communication 2.1.3), as
 * checked by {@link StatementParameters}: the agent by its {@link AgentIdentity} key, the verb
 * and activity by IRI, the registration as a lower-case UUID; since (exclusive) and until
 * (inclusive) are stored times. The limit is what one page holds: never more than
 * {@link #MAX_LIMIT}, which is also what 0 asks for.
 *
 * <p>The LRS keeps every statement exactly as received (with the properties it sets), and it
 * answers every format with those: {@code exact} as the spec defines it, and {@code ids} and
 * {@code canonical} as if {@code exact} had been asked, which returns at least what they would.
 */
public record StatementQuery(String agent, String verb, String activity, String registration, boolean relatedActivities,
        boolean relatedAgents, Instant since, Instant until, int limit, boolean ascending, String format, boolean attachments) {

    /** The most statements one page holds. */
    public static final int MAX_LIMIT = 500;

    public StatementQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_LIMIT + " statements, not " + limit);
        }
    }

    /** The query that asks for every statement, newest first. */
    public static StatementQuery all() {
        return new StatementQuery(null, null, null, null, false, false, null, null, MAX_LIMIT, false, "exact", false);
    }

    /** The page size for a requested limit: 0 asks for the most the LRS gives, as does anything over it. */
    static int pageSize(long requested) {
        return requested == 0 || requested > MAX_LIMIT ? MAX_LIMIT : (int) requested;
    }

    /**
     * Whether the query filters by what a statement is about (agent, verb, activity, registration).
     * A statement that targets a matching one by a StatementRef then matches too (Communication
     * 2.1.3.s3); since, until and the page apply to each statement itself.
     */
    public boolean filtersByContent() {
        return agent != null || verb != null || activity != null || registration != null;
    }
}
