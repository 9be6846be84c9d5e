package dk.samskab.demo;

import dk.samskab.account.Role;
import dk.samskab.platform.Language;
import dk.samskab.organisation.MembershipRole;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The demo logins: one or more per role, and learners who are both municipal staff and volunteers. */
public enum DemoPeople {
    ADMIN("Sofie Andersen", "admin@demo.samskab.dk", Language.DA, Set.of(Role.ADMIN),
            Map.of("kp", MembershipRole.PROFESSIONAL)),
    MANAGER("Jens Mikkelsen", "jens@demo.samskab.dk", Language.DA, Set.of(Role.TRAINING_MANAGER),
            Map.of("kommune-aarhus", MembershipRole.LEADER)),
    INSTRUCTOR("Karen Holm", "karen@demo.samskab.dk", Language.DA, Set.of(Role.INSTRUCTOR),
            Map.of("kp", MembershipRole.PROFESSIONAL)),
    /** A social worker in Aarhus who is also a Red Cross visiting friend. */
    LEARNER_METTE("Mette Jensen", "mette@demo.samskab.dk", Language.DA, Set.of(Role.LEARNER),
            ordered("kommune-aarhus", MembershipRole.PROFESSIONAL, "roede-kors", MembershipRole.VOLUNTEER)),
    /** A volunteer in a refugee network who reads in English. */
    LEARNER_AHMAD("Ahmad Karimi", "ahmad@demo.samskab.dk", Language.EN, Set.of(Role.LEARNER),
            Map.of("dansk-flygtningehjaelp", MembershipRole.VOLUNTEER)),
    /** A municipal leader in Roskilde who coordinates volunteers in her spare time. */
    LEARNER_LONE("Lone Sørensen", "lone@demo.samskab.dk", Language.DA, Set.of(Role.LEARNER),
            ordered("kommune-roskilde", MembershipRole.LEADER, "frivilligcenter-roskilde",
                    MembershipRole.VOLUNTEER_COORDINATOR)),
    /** A Red Cross visiting friend in Aarhus, in a cohort the municipality shares with its partners. */
    LEARNER_BIRTHE("Birthe Nielsen", "birthe@demo.samskab.dk", Language.DA, Set.of(Role.LEARNER),
            Map.of("roede-kors", MembershipRole.VOLUNTEER)),
    /** A case worker in Aarhus who works with the visiting friends. */
    LEARNER_SOEREN("Søren Madsen", "soeren@demo.samskab.dk", Language.DA, Set.of(Role.LEARNER),
            Map.of("kommune-aarhus", MembershipRole.PROFESSIONAL));

    private final String fullName;
    private final String email;
    private final Language language;
    private final Set<Role> roles;
    private final Map<String, MembershipRole> memberships;

    DemoPeople(String fullName, String email, Language language, Set<Role> roles,
            Map<String, MembershipRole> memberships) {
        this.fullName = fullName;
        this.email = email;
        this.language = language;
        this.roles = roles;
        this.memberships = memberships;
    }

    private static Map<String, MembershipRole> ordered(String code1, MembershipRole role1,
            String code2, MembershipRole role2) {
        Map<String, MembershipRole> map = new LinkedHashMap<>();
        map.put(code1, role1);
        map.put(code2, role2);
        return map;
    }

    public String fullName() {
        return fullName;
    }

    public String email() {
        return email;
    }

    public Language language() {
        return language;
    }

    public Set<Role> roles() {
        return roles;
    }

    public Map<String, MembershipRole> memberships() {
        return memberships;
    }
}
