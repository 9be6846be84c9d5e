package dk.samskab.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;

/** Statements for the tests, written as JSON with single quotes, and changed one property at a time. */
final class Xapi {

    /** The smallest valid statement: an agent, a verb, an activity. */
    static final String MINIMAL = """
            {'actor': {'mbox': 'mailto:anna@example.org'},
             'verb': {'id': 'http://adlnet.gov/expapi/verbs/completed', 'display': {'en-US': 'completed'}},
             'object': {'id': 'https://samskab.dk/kurser/samskabelse'}}
            """;

    /** A realistic statement from a quiz question in a course, with every part the spec defines. */
    static final String FULL = """
            {'id': '6690e6c9-3ef0-4ed3-8b37-7f3964730bee',
             'actor': {'objectType': 'Agent', 'name': 'Anna Jensen',
                       'account': {'homePage': 'https://samskab.dk', 'name': 'person-4711'}},
             'verb': {'id': 'http://adlnet.gov/expapi/verbs/answered', 'display': {'en-US': 'answered', 'da': 'besvarede'}},
             'object': {'objectType': 'Activity', 'id': 'https://samskab.dk/kurser/samskabelse/quiz/1/spoergsmaal/3',
                        'definition': {'name': {'da': 'Hvem inviteres?', 'en': 'Who is invited?'},
                                       'description': {'da': 'Vælg alle, der bør inviteres til det første møde.'},
                                       'type': 'http://adlnet.gov/expapi/activities/cmi.interaction',
                                       'moreInfo': 'https://samskab.dk/kurser/samskabelse',
                                       'interactionType': 'choice',
                                       'correctResponsesPattern': ['borgere[,]foreninger'],
                                       'choices': [{'id': 'borgere', 'description': {'da': 'Borgere'}},
                                                   {'id': 'foreninger', 'description': {'da': 'Foreninger'}},
                                                   {'id': 'konsulenter', 'description': {'da': 'Konsulenter'}}],
                                       'extensions': {'https://samskab.dk/xapi/extensions/modul': 2}}},
             'result': {'score': {'scaled': 0.5, 'raw': 1, 'min': 0, 'max': 2}, 'success': false, 'completion': true,
                        'response': 'borgere', 'duration': 'PT1M12.5S',
                        'extensions': {'https://samskab.dk/xapi/extensions/forsoeg': 1}},
             'context': {'registration': 'EC531277-B57B-4C15-8D91-D292C5B2B8F7',
                         'instructor': {'name': 'Bo Holm', 'mbox_sha1sum': 'ebd31e95054c018b10727ccffd2ef2ec3a016ee9'},
                         'team': {'objectType': 'Group', 'name': 'Hold 3',
                                  'member': [{'mbox': 'mailto:anna@example.org'}, {'openid': 'https://id.example.org/carl'}]},
                         'contextActivities': {'parent': [{'id': 'https://samskab.dk/kurser/samskabelse/quiz/1'}],
                                               'grouping': {'objectType': 'Activity', 'id': 'https://samskab.dk/kurser/samskabelse'},
                                               'category': [{'id': 'https://w3id.org/xapi/cmi5/context/categories/cmi5'}]},
                         'revision': '3', 'platform': 'Samskab', 'language': 'da-DK',
                         'statement': {'objectType': 'StatementRef', 'id': 'e05aa883-acaf-40ad-bf54-02c8ce485fb0'},
                         'extensions': {'https://samskab.dk/xapi/extensions/kommune': {'navn': 'Aarhus', 'kode': null}}},
             'timestamp': '2026-03-01T10:15:30.250+01:00',
             'version': '1.0.0',
             'attachments': [{'usageType': 'http://adlnet.gov/expapi/attachments/signature',
                              'display': {'en-US': 'Signature'}, 'description': {'da': 'Underskrift'},
                              'contentType': 'application/octet-stream', 'length': 4235,
                              'sha2': '672fa5fa658017f1b72d65036f13379c6ab05d4ab3b6664908d8acf0b6a0c634'},
                             {'usageType': 'https://samskab.dk/xapi/attachments/certifikat',
                              'display': {'da': 'Kursusbevis'}, 'contentType': 'application/pdf', 'length': 81234,
                              'sha2': '495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a',
                              'fileUrl': 'https://samskab.dk/bevis/ABC123.pdf'}]}
            """;

    private Xapi() {
    }

    static JsonObject json(String singleQuoted) {
        try (JsonReader reader = Json.createReader(new StringReader(singleQuoted.replace('\'', '"')))) {
            return reader.readObject();
        }
    }

    static JsonValue value(String singleQuoted) {
        try (JsonReader reader = Json.createReader(new StringReader(singleQuoted.replace('\'', '"')))) {
            return reader.readValue();
        }
    }

    /** The statement with the property at a dotted path set to a JSON value; the objects on the way are made if missing. */
    static JsonObject with(String statement, String path, String jsonValue) {
        return set(json(statement), path.split("\\."), 0, value(jsonValue));
    }

    static JsonObject with(JsonObject statement, String path, String jsonValue) {
        return set(statement, path.split("\\."), 0, value(jsonValue));
    }

    /** The statement without the property at a dotted path. */
    static JsonObject without(String statement, String path) {
        return set(json(statement), path.split("\\."), 0, null);
    }

    private static JsonObject set(JsonObject object, String[] keys, int index, JsonValue value) {
        JsonObjectBuilder builder = Json.createObjectBuilder(object);
        String key = keys[index];
        if (index == keys.length - 1) {
            return (value == null ? builder.remove(key) : builder.add(key, value)).build();
        }
        JsonObject inner = object.get(key) instanceof JsonObject existing ? existing : JsonValue.EMPTY_JSON_OBJECT;
        return builder.add(key, set(inner, keys, index + 1, value)).build();
    }

    static List<StatementProblem> problems(JsonObject statement) {
        return StatementValidator.validate(statement);
    }

    static void assertValid(JsonObject statement) {
        assertEquals(List.of(), problems(statement), statement.toString());
    }

    /** The statement has exactly one problem, at this path. */
    static StatementProblem assertOneProblemAt(String path, JsonObject statement) {
        List<StatementProblem> found = problems(statement);
        assertEquals(List.of(path), found.stream().map(StatementProblem::path).toList(), found.toString());
        return found.get(0);
    }
}
