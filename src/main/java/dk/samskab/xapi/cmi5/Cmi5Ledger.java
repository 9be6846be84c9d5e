package dk.samskab.xapi.cmi5;

import dk.samskab.elearning.StoredPackage;
import dk.samskab.learning.ElearningRuntime;
import dk.samskab.xapi.EventFeed;
import dk.samskab.xapi.LrsClient;
import dk.samskab.xapi.LrsClients;
import dk.samskab.xapi.StatementStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The LMS's side of a cmi5 session in the built-in LRS: its statements are stored there with
 * Samskab as their authority, in the transaction of what they record.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Cmi5Ledger {

    @Inject
    StatementStore statements;

    @Inject
    LrsClients clients;

    void record(JsonObject statement) {
        LrsClient samskab = clients.find(EventFeed.SAMSKAB_CLIENT).orElseThrow(() -> new IllegalStateException("the Samskab LRS client is missing"));
        statements.store(List.of(statement), clients.authorityOf(samskab), samskab.getId());
    }

    /** Once a report has met the moveOn of every AU of the lesson, the satisfied statement about the course (cmi5 9.3.9). */
    void afterReport(Cmi5Session session, JsonObject actor, ElearningRuntime.CommitResult result, StoredPackage stored, Instant at) {
        if (result.lessonDoneNow()) {
            record(Cmi5Statements.satisfied(session, actor, stored.getIdentifier(), stored.getTitle(), at));
        }
    }
}
