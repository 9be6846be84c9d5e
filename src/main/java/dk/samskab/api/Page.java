package dk.samskab.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, in (updated, id) order, and the cursor of the next page (null on the last).
 * A record changed after a sync started moves to the end, so a client that pages to the end and
 * keeps the last cursor's time misses nothing.
 */
public record Page<T>(List<T> items, String nextCursor) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    /** Where a page starts: after the given (updated, id), or from the start. */
    public record Position(Instant updatedAt, long id) {
        static final Position START = new Position(Instant.EPOCH, 0);

        String encode() {
            String text = updatedAt.toEpochMilli() + ":" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
        }

        /** The position a cursor names; a cursor that this API did not make is a 400. */
        static Position decode(String cursor) {
            if (cursor == null || cursor.isBlank()) {
                return START;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split(":");
                return new Position(Instant.ofEpochMilli(Long.parseLong(parts[0])), Long.parseLong(parts[1]));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw ApiProblem.badRequest("bad-cursor", "The cursor is not one this API gave out; start again without it.");
            }
        }
    }

    /** What a list request asks for: its cursor, a lower bound on the change time, and the page size. */
    public record Request(Position after, Instant updatedSince, int limit) {

        public static Request of(String cursor, String updatedSince, Integer limit) {
            if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
                throw ApiProblem.invalid("limit", "must be between 1 and " + MAX_LIMIT);
            }
            Instant since = Instant.EPOCH;
            if (updatedSince != null && !updatedSince.isBlank()) {
                try {
                    since = Instant.parse(updatedSince.strip());
                } catch (DateTimeParseException e) {
                    throw ApiProblem.invalid("updatedSince", "must be a UTC time such as 2026-12-01T00:00:00Z");
                }
            }
            return new Request(Position.decode(cursor), since, limit == null ? DEFAULT_LIMIT : limit);
        }

        /** The JPQL condition for an entity alias with updatedAt and id, in this request's order. */
        public String condition(String alias) {
            return "(" + alias + ".updatedAt > :afterTime OR (" + alias + ".updatedAt = :afterTime AND " + alias + ".id > :afterId))"
                    + " AND " + alias + ".updatedAt >= :since";
        }

        public <Q extends jakarta.persistence.TypedQuery<?>> Q bind(Q query) {
            query.setParameter("afterTime", after.updatedAt()).setParameter("afterId", after.id()).setParameter("since", updatedSince);
            query.setMaxResults(limit + 1);
            return query;
        }

        /** The page from the rows read (one more than the limit, to know whether another page follows). */
        public <E extends dk.samskab.platform.BaseEntity, T> Page<T> page(List<E> rows, Function<E, T> view) {
            List<E> shown = rows.size() > limit ? rows.subList(0, limit) : rows;
            String next = rows.size() > limit
                    ? new Position(shown.get(shown.size() - 1).getUpdatedAt(), shown.get(shown.size() - 1).getId()).encode() : null;
            return new Page<>(shown.stream().map(view).toList(), next);
        }
    }
}
