package dk.samskab.reporting;

import java.util.Set;

/**
 * One condition on the visible enrolments (ScopedSql.visible), written on the membership (m) and
 * the enrolment (e), and on the tables it names and so needs joined.
 *
 * @param onRole whether it asks for a role, which picks at most one membership per person and
 *     organisation (the unique key), so the visible set need not drop a second role there
 */
record Condition(Sql sql, Set<Join> joins, boolean onRole) {

    /** A table a condition may name, joined to the visible set only when one does. */
    enum Join {
        ORGANISATION(" JOIN organisation o ON o.id = m.organisation_id"),
        COURSE(" JOIN course c ON c.id = e.course_id"),
        VERSION(" JOIN course_version v ON v.id = e.course_version_id");

        final String sql;

        Join(String sql) {
            this.sql = sql;
        }
    }

    Condition {
        joins = Set.copyOf(joins);
    }

    static Condition of(Sql sql, Join... joins) {
        return new Condition(sql, Set.of(joins), false);
    }

    static Condition onRole(Sql sql) {
        return new Condition(sql, Set.of(), true);
    }
}
