package dk.samskab.xapi;

import dk.samskab.testsupport.TestAccounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;

/** The learning-event log as the xAPI tests read it. */
final class LearningEvents {

    private LearningEvents() {
    }

    /** The statement ids of the enrolment's events that become statements. */
    static Set<String> statementIds(long enrolment) throws SQLException {
        Set<String> ids = new TreeSet<>();
        try (Connection c = TestAccounts.connect();
                PreparedStatement select = c.prepareStatement("SELECT statement_id, type FROM learning_event WHERE enrolment_id = ?")) {
            select.setLong(1, enrolment);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (EventStatements.WITH_STATEMENT.contains(rows.getString(2))) {
                        ids.add(rows.getString(1));
                    }
                }
            }
        }
        return ids;
    }
}
