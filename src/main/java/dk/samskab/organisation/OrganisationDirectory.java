package dk.samskab.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Looks up and records organisations and partnerships. */
@ApplicationScoped
@Transactional
public class OrganisationDirectory {

    @PersistenceContext
    EntityManager em;

    public Optional<Organisation> findByCode(String code) {
        return em.createNamedQuery(Organisation.BY_CODE, Organisation.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Organisation requireByCode(String code) {
        return findByCode(code).orElseThrow(() -> new IllegalArgumentException("Unknown organisation: " + code));
    }

    public List<Organisation> listByType(OrganisationType type) {
        return em.createNamedQuery(Organisation.BY_TYPE, Organisation.class)
                .setParameter("type", type)
                .getResultList();
    }

    /** Every organisation, municipalities first, then by kind as the types are listed; for choosing one in a form. */
    public List<Organisation> listAllByType() {
        return java.util.Arrays.stream(OrganisationType.values()).flatMap(type -> listByType(type).stream()).toList();
    }

    public Map<OrganisationType, Long> countByType() {
        Map<OrganisationType, Long> counts = new EnumMap<>(OrganisationType.class);
        for (OrganisationType type : OrganisationType.values()) {
            counts.put(type, 0L);
        }
        for (Object[] row : em.createNamedQuery(Organisation.COUNT_BY_TYPE, Object[].class).getResultList()) {
            counts.put((OrganisationType) row[0], (Long) row[1]);
        }
        return counts;
    }

    public Organisation create(Organisation organisation) {
        if (findByCode(organisation.getCode()).isPresent()) {
            throw new IllegalArgumentException("An organisation with code " + organisation.getCode() + " exists already");
        }
        em.persist(organisation);
        return organisation;
    }

    public Optional<Partnership> findPartnership(String code) {
        return em.createNamedQuery(Partnership.BY_CODE, Partnership.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    public List<Partnership> partnerships() {
        return em.createNamedQuery(Partnership.ALL, Partnership.class).getResultList();
    }

    /** Creates a partnership between a municipality and civil-society organisations, all given by code. */
    public Partnership createPartnership(String code, String name, String municipalityCode, List<String> partnerCodes) {
        Partnership partnership = new Partnership(code, name, requireByCode(municipalityCode));
        partnerCodes.forEach(partnerCode -> partnership.addPartner(requireByCode(partnerCode)));
        em.persist(partnership);
        return partnership;
    }
}
