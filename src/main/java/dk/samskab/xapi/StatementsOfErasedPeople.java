package dk.samskab.xapi;

import dk.samskab.privacy.PersonErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.List;

/**
 * An erased person's statements in the built-in LRS get a fresh pseudonym as actor, the same for
 * all of them, so the statistics still add up and nothing links them to the person any more.
 *
 * <p>This is a deliberate exception to the immutability of statements (Data 2.3.3): the GDPR's
 * right to erasure comes before it. The statements keep their ids, and the keys the LRS finds them
 * by are worked out again, so queries by the new actor find them and queries by the old find none.
 */
@ApplicationScoped
@Transactional
public class StatementsOfErasedPeople {

    @PersistenceContext
    EntityManager em;

    @Inject
    ActorNames actors;

    void pseudonymise(@Observes PersonErased erased) {
        String old = actors.renew(erased.personId());
        if (old == null) {
            return;
        }
        String fresh = actors.current(erased.personId());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT s.id, s.statement FROM xapi_statement s JOIN xapi_client c ON c.id = s.client_id"
                + " WHERE c.client_key = ?1 AND s.actor_key LIKE ?2")
                .setParameter(1, EventFeed.SAMSKAB_CLIENT).setParameter(2, "account:%|" + old).getResultList();
        for (Object[] row : rows) {
            rename((String) row[0], parse(StatementStore.text(row[1])), old, fresh);
        }
    }

    private void rename(String id, JsonObject statement, String old, String fresh) {
        JsonObject actor = statement.getJsonObject("actor");
        JsonObject account = actor.getJsonObject("account");
        if (!old.equals(account.getString("name"))) {
            return;
        }
        JsonObject renamed = Json.createObjectBuilder(statement).add("actor", Json.createObjectBuilder(actor)
                .add("account", Json.createObjectBuilder(account).add("name", fresh))).build();
        em.createNativeQuery("UPDATE xapi_statement SET statement = ?1, actor_key = ?2 WHERE id = ?3")
                .setParameter(1, renamed.toString()).setParameter(2, AgentIdentity.of(renamed.getJsonObject("actor")).key())
                .setParameter(3, id).executeUpdate();
        em.createNativeQuery("DELETE FROM xapi_statement_key WHERE statement_id = ?1").setParameter(1, id).executeUpdate();
        for (FilterKey key : FilterKey.of(renamed)) {
            em.createNativeQuery("INSERT INTO xapi_statement_key (statement_id, kind, key_hash, direct) VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, id).setParameter(2, key.kind().name()).setParameter(3, key.hash()).setParameter(4, key.direct())
                    .executeUpdate();
        }
    }

    private static JsonObject parse(String statement) {
        try (JsonReader reader = Json.createReader(new StringReader(statement))) {
            return reader.readObject();
        }
    }
}
