package dk.samskab.xapi;

import static dk.samskab.xapi.ProblemList.at;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;

/** The rules for Agents and Groups wherever they appear: actor, object, instructor, team, authority (Data 2.4.2). */
final class AgentChecks {

    /** The four inverse functional identifiers, in the order the spec lists them. */
    static final List<String> IDENTIFIERS = List.of("mbox", "mbox_sha1sum", "openid", "account");

    private static final Set<String> AGENT_PROPERTIES = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
    private static final Set<String> GROUP_PROPERTIES = Set.of("objectType", "name", "member", "mbox", "mbox_sha1sum", "openid",
            "account");
    private static final Set<String> ACCOUNT_PROPERTIES = Set.of("homePage", "name");

    private final ProblemList problems;

    AgentChecks(ProblemList problems) {
        this.problems = problems;
    }

    /** An Agent or a Group, told apart by objectType; without one it is an Agent. Returns whether it is a Group. */
    boolean agentOrGroup(JsonValue value, String path) {
        JsonObject actor = problems.object(value, path);
        if (actor == null) {
            return false;
        }
        String objectType = problems.string(actor, path, "objectType");
        if ("Group".equals(objectType)) {
            group(actor, path);
            return true;
        }
        if (objectType != null && !objectType.equals("Agent")) {
            problems.add(at(path, "objectType"), "must be Agent or Group");
            return false;
        }
        agent(actor, path);
        return false;
    }

    void agent(JsonObject agent, String path) {
        problems.onlyKnown(agent, path, AGENT_PROPERTIES, "an Agent");
        problems.string(agent, path, "name");
        List<String> identifiers = identifiers(agent, path);
        if (identifiers.isEmpty()) {
            problems.add(path, "an Agent needs an inverse functional identifier: mbox, mbox_sha1sum, openid or account");
        }
    }

    /**
     * A Group: an anonymous one (no identifier) lists its members, an identified one has exactly one
     * identifier; in both, the members are Agents (Data 2.4.2.2.s4, s5).
     */
    void group(JsonObject group, String path) {
        problems.onlyKnown(group, path, GROUP_PROPERTIES, "a Group");
        problems.string(group, path, "name");
        List<String> identifiers = identifiers(group, path);
        if (identifiers.isEmpty() && !group.containsKey("member")) {
            problems.add(at(path, "member"), "is required in an anonymous Group");
        }
        JsonValue members = group.get("member");
        if (members == null) {
            return;
        }
        JsonArray list = problems.array(members, at(path, "member"));
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String memberPath = at(at(path, "member"), i);
            JsonObject member = problems.object(list.get(i), memberPath);
            if (member == null) {
                continue;
            }
            String objectType = problems.string(member, memberPath, "objectType");
            if ("Group".equals(objectType)) {
                problems.add(at(memberPath, "objectType"), "a Group's members are Agents, not Groups");
            } else if (objectType != null && !objectType.equals("Agent")) {
                problems.add(at(memberPath, "objectType"), "must be Agent");
            } else {
                agent(member, memberPath);
            }
        }
    }

    /** Checks each identifier present and returns their names; more than one is a problem (Data 2.4.2.1.s2.b2). */
    private List<String> identifiers(JsonObject actor, String path) {
        List<String> present = IDENTIFIERS.stream().filter(actor::containsKey).toList();
        if (present.size() > 1) {
            problems.add(path, "has more than one inverse functional identifier: " + String.join(", ", present));
        }
        problems.format(actor, path, "mbox", Formats::isMailto, "a mailto IRI (mailto:name@example.org)");
        problems.format(actor, path, "mbox_sha1sum", Formats::isSha1Hex, "a SHA-1 hash as 40 hex digits");
        problems.format(actor, path, "openid", Formats::isUri, "an absolute URI");
        JsonValue account = actor.get("account");
        if (account != null) {
            account(account, at(path, "account"));
        }
        return present;
    }

    private void account(JsonValue value, String path) {
        JsonObject account = problems.object(value, path);
        if (account == null) {
            return;
        }
        problems.onlyKnown(account, path, ACCOUNT_PROPERTIES, "an account");
        problems.required(account, path, "homePage");
        problems.required(account, path, "name");
        problems.format(account, path, "homePage", Formats::isIrl, "an IRL");
        problems.string(account, path, "name");
    }
}
