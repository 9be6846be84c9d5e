package dk.samskab.xapi;

import static dk.samskab.xapi.ProblemList.at;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules for Activities and their definitions, interaction activities included (Data 2.4.4.1). */
final class ActivityChecks {

    private static final Set<String> ACTIVITY_PROPERTIES = Set.of("objectType", "id", "definition");
    private static final Set<String> DEFINITION_PROPERTIES = Set.of("name", "description", "type", "moreInfo", "extensions",
            "interactionType", "correctResponsesPattern", "choices", "scale", "source", "target", "steps");
    private static final Set<String> COMPONENT_PROPERTIES = Set.of("id", "description");

    /** The interaction component lists, in the spec's order. */
    private static final List<String> COMPONENT_LISTS = List.of("choices", "scale", "source", "target", "steps");

    /** Which component lists each interaction type supports (Data 2.4.4.1.s15); the others support none. */
    private static final Map<String, Set<String>> LISTS_OF_TYPE = Map.of(
            "choice", Set.of("choices"),
            "sequencing", Set.of("choices"),
            "likert", Set.of("scale"),
            "matching", Set.of("source", "target"),
            "performance", Set.of("steps"));

    private final ProblemList problems;

    ActivityChecks(ProblemList problems) {
        this.problems = problems;
    }

    /** An Activity value: a JSON object whose objectType, when given, is Activity. */
    void activity(JsonValue value, String path) {
        JsonObject activity = problems.object(value, path);
        if (activity == null) {
            return;
        }
        String objectType = problems.string(activity, path, "objectType");
        if (objectType != null && !objectType.equals("Activity")) {
            problems.add(at(path, "objectType"), "must be Activity");
            return;
        }
        activity(activity, path);
    }

    void activity(JsonObject activity, String path) {
        problems.onlyKnown(activity, path, ACTIVITY_PROPERTIES, "an Activity");
        problems.required(activity, path, "id");
        problems.format(activity, path, "id", Formats::isIri, "an IRI");
        JsonValue definition = activity.get("definition");
        if (definition != null) {
            definition(definition, at(path, "definition"));
        }
    }

    private void definition(JsonValue value, String path) {
        JsonObject definition = problems.object(value, path);
        if (definition == null) {
            return;
        }
        problems.onlyKnown(definition, path, DEFINITION_PROPERTIES, "an Activity definition");
        if (definition.containsKey("name")) {
            problems.languageMap(definition.get("name"), at(path, "name"));
        }
        if (definition.containsKey("description")) {
            problems.languageMap(definition.get("description"), at(path, "description"));
        }
        problems.format(definition, path, "type", Formats::isIri, "an IRI");
        problems.format(definition, path, "moreInfo", Formats::isIrl, "an IRL");
        if (definition.containsKey("extensions")) {
            problems.extensions(definition.get("extensions"), at(path, "extensions"));
        }
        interaction(definition, path);
    }

    /**
     * The interaction properties. A correct responses pattern or a component list makes the activity
     * an interaction, which then needs a valid interactionType (Data 2.4.4.1.s13.b1), and each
     * list must be one that type supports.
     */
    private void interaction(JsonObject definition, String path) {
        String type = problems.string(definition, path, "interactionType");
        boolean knownType = type != null && Formats.INTERACTION_TYPES.contains(type);
        if (type != null && !knownType) {
            problems.add(at(path, "interactionType"), "must be one of " + String.join(", ", Formats.INTERACTION_TYPES));
        }
        JsonValue pattern = definition.get("correctResponsesPattern");
        if (pattern != null) {
            String patternPath = at(path, "correctResponsesPattern");
            if (!definition.containsKey("interactionType")) {
                problems.add(patternPath, "is only for interaction activities, which have an interactionType");
            }
            JsonArray responses = problems.array(pattern, patternPath);
            if (responses != null) {
                for (int i = 0; i < responses.size(); i++) {
                    problems.string(responses.get(i), at(patternPath, i));
                }
            }
        }
        for (String list : COMPONENT_LISTS) {
            if (!definition.containsKey(list)) {
                continue;
            }
            String listPath = at(path, list);
            if (!definition.containsKey("interactionType")) {
                problems.add(listPath, "is only for interaction activities, which have an interactionType");
            } else if (knownType && !LISTS_OF_TYPE.getOrDefault(type, Set.of()).contains(list)) {
                problems.add(listPath, "is not used by the interaction type " + type);
            }
            components(definition.get(list), listPath);
        }
    }

    /** Interaction components: an id and an optional description each, the ids distinct in the list (Data 2.4.4.1.s16). */
    private void components(JsonValue value, String path) {
        JsonArray list = problems.array(value, path);
        if (list == null) {
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String componentPath = at(path, i);
            JsonObject component = problems.object(list.get(i), componentPath);
            if (component == null) {
                continue;
            }
            problems.onlyKnown(component, componentPath, COMPONENT_PROPERTIES, "an interaction component");
            problems.required(component, componentPath, "id");
            String id = problems.string(component, componentPath, "id");
            if (id != null && !ids.add(id)) {
                problems.add(at(componentPath, "id"), "\"" + id + "\" is already the id of another component in the list");
            }
            if (component.containsKey("description")) {
                problems.languageMap(component.get("description"), at(componentPath, "description"));
            }
        }
    }
}
