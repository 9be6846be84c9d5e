package dk.samskab.reporting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A piece of native SQL and the values it binds, kept in the order they stand. Pieces are joined
 * into a query (one piece may stand in it twice); the placeholders are numbered only when the
 * whole query is written, from the values as they were added, so nothing reads the SQL text back.
 * A value is always bound, never written into the text.
 */
final class Sql {

    /** A piece's parts in order: text, or a value bound where it stands. */
    private sealed interface Part permits Text, Value {
    }

    private record Text(String text) implements Part {
    }

    private record Value(Object value) implements Part {
    }

    static final Sql EMPTY = new Sql(List.of());

    private final List<Part> parts;

    private Sql(List<Part> parts) {
        this.parts = parts;
    }

    static Sql of(String text) {
        return EMPTY.append(text);
    }

    Sql append(String text) {
        return with(List.of(new Text(text)));
    }

    Sql append(Sql piece) {
        return with(piece.parts);
    }

    /** Adds a placeholder here, bound to the value. */
    Sql bind(Object value) {
        return with(List.of(new Value(value)));
    }

    private Sql with(List<Part> more) {
        List<Part> all = new ArrayList<>(parts);
        all.addAll(more);
        return new Sql(List.copyOf(all));
    }

    /** The text with numbered placeholders (?1, ?2, …) in the order of parameters(). */
    String text() {
        StringBuilder text = new StringBuilder();
        int n = 0;
        for (Part part : parts) {
            if (part instanceof Text t) {
                text.append(t.text());
            } else {
                text.append('?').append(++n);
            }
        }
        return text.toString();
    }

    List<Object> parameters() {
        return parts.stream().filter(Value.class::isInstance).map(part -> ((Value) part).value()).toList();
    }

    /** A native query of this SQL with every value bound. */
    Query query(EntityManager em) {
        Query query = em.createNativeQuery(text());
        List<Object> parameters = parameters();
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /**
     * Enum constants as SQL string literals ('ENROLLED', 'COMPLETED'), so a status in a query is
     * spelt as in its enum; a constant's name is a Java identifier and needs no escaping.
     */
    static String literals(Enum<?>... constants) {
        return Arrays.stream(constants).map(constant -> "'" + constant.name() + "'").collect(Collectors.joining(", "));
    }
}
