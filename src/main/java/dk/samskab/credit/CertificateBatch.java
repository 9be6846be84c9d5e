package dk.samskab.credit;

import dk.samskab.enrolment.LoggedFact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** One transaction of the certificate backfill. */
@ApplicationScoped
public class CertificateBatch {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<LoggedFact> facts;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int issueNext(int limit) {
        int issued = new Certificates(em, facts::fire).issueMissing(limit);
        em.flush();
        return issued;
    }
}
