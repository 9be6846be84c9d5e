package dk.samskab.xapi;

import static dk.samskab.xapi.ProblemList.at;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The rules for a statement's Result and its Score (Data 2.4.5). */
final class ResultChecks {

    private static final Set<String> RESULT_PROPERTIES = Set.of("score", "success", "completion", "response", "duration",
            "extensions");
    private static final Set<String> SCORE_PROPERTIES = Set.of("scaled", "raw", "min", "max");

    private final ProblemList problems;

    ResultChecks(ProblemList problems) {
        this.problems = problems;
    }

    /** A Result: score, success, completion, response, duration and extensions, each of its type. */
    void result(JsonValue value, String path) {
        JsonObject result = problems.object(value, path);
        if (result == null) {
            return;
        }
        problems.onlyKnown(result, path, RESULT_PROPERTIES, "a Result");
        if (result.containsKey("score")) {
            score(result.get("score"), at(path, "score"));
        }
        for (String flag : List.of("success", "completion")) {
            if (result.containsKey(flag)) {
                problems.bool(result.get(flag), at(path, flag));
            }
        }
        problems.string(result, path, "response");
        problems.format(result, path, "duration", Formats::isDuration, "an ISO 8601 duration such as PT1H30M");
        if (result.containsKey("extensions")) {
            problems.extensions(result.get("extensions"), at(path, "extensions"));
        }
    }

    /** Score: scaled within [-1, 1], min below max, raw between them when they are given (Data 2.4.5.1). */
    private void score(JsonValue value, String path) {
        JsonObject score = problems.object(value, path);
        if (score == null) {
            return;
        }
        problems.onlyKnown(score, path, SCORE_PROPERTIES, "a Score");
        BigDecimal scaled = decimal(score, path, "scaled");
        BigDecimal raw = decimal(score, path, "raw");
        BigDecimal min = decimal(score, path, "min");
        BigDecimal max = decimal(score, path, "max");
        if (scaled != null && (scaled.compareTo(BigDecimal.ONE.negate()) < 0 || scaled.compareTo(BigDecimal.ONE) > 0)) {
            problems.add(at(path, "scaled"), "must be between -1 and 1");
        }
        if (min != null && max != null && min.compareTo(max) >= 0) {
            problems.add(at(path, "min"), "must be less than max");
        }
        if (raw != null && min != null && raw.compareTo(min) < 0) {
            problems.add(at(path, "raw"), "must not be less than min");
        }
        if (raw != null && max != null && raw.compareTo(max) > 0) {
            problems.add(at(path, "raw"), "must not be more than max");
        }
    }

    private BigDecimal decimal(JsonObject object, String path, String key) {
        JsonValue value = object.get(key);
        if (value == null) {
            return null;
        }
        JsonNumber number = problems.number(value, at(path, key));
        return number == null ? null : number.bigDecimalValue();
    }
}
