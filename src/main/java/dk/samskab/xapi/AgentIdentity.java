package dk.samskab.xapi;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The one inverse functional identifier of an Agent or identified Group as a canonical key, so
 * that statements about the same agent can be found by one string comparison however the
 * identifier was written:
 * <ul>
 * <li>{@code mbox:mailto:anna@example.org}, the domain in lower case (it is case-insensitive);</li>
 * <li>{@code mbox_sha1sum:} and the 40 hex digits in lower case;</li>
 * <li>{@code openid:} and the URI as given;</li>
 * <li>{@code account:} home page, {@code |}, name: an IRI cannot contain {@code |}, so the first
 * one always separates the two.</li>
 * </ul>
 * Different kinds of identifier never give the same key, even for the same person: the spec does
 * not make an LRS match an mbox with its hash.
 */
public record AgentIdentity(String key) {

    public AgentIdentity {
        Objects.requireNonNull(key, "key");
    }

    /**
     * The identity of an Agent or identified Group that {@link StatementValidator} accepted.
     *
     * @throws IllegalArgumentException when it does not have exactly one well-typed identifier,
     *         as an anonymous Group has none
     */
    public static AgentIdentity of(JsonObject agent) {
        List<String> present = AgentChecks.IDENTIFIERS.stream().filter(agent::containsKey).toList();
        if (present.size() != 1) {
            throw new IllegalArgumentException("an agent is identified by exactly one of " + AgentChecks.IDENTIFIERS
                    + ", this one has " + present);
        }
        String kind = present.get(0);
        return new AgentIdentity(kind + ":" + switch (kind) {
            case "mbox" -> Formats.canonicalMbox(string(agent, "mbox"));
            case "mbox_sha1sum" -> string(agent, "mbox_sha1sum").toLowerCase(Locale.ROOT);
            case "openid" -> string(agent, "openid");
            default -> account(agent);
        });
    }

    private static String account(JsonObject agent) {
        if (!(agent.get("account") instanceof JsonObject account)) {
            throw new IllegalArgumentException("account must be an object");
        }
        return string(account, "homePage") + "|" + string(account, "name");
    }

    private static String string(JsonObject object, String key) {
        if (object.get(key) instanceof JsonString value) {
            return value.getString();
        }
        throw new IllegalArgumentException(key + " must be a string");
    }

    @Override
    public String toString() {
        return key;
    }
}
