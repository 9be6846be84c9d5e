package dk.samskab.learning;

import dk.samskab.elearning.PackageStandard;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a SCO's committed cmi data says about the learner's result, read the way the standard
 * tells the LMS to read it, mastery score included.
 *
 * <p>SCORM 1.2: cmi.core.lesson_status "passed" and "completed" are complete, "failed" is finished
 * but failed. Where the manifest sets adlcp:masteryscore and the SCO reports a raw score, the LMS
 * decides passed or failed by comparing them (RTE 3.4.2, cmi.core.lesson_status), whatever status
 * the SCO set.
 *
 * <p>SCORM 2004: cmi.completion_status and cmi.success_status; where the manifest sets a passing
 * score (cmi.scaled_passing_score) and the SCO reports cmi.score.scaled, success is decided by
 * comparing them (RTE 4.2.22).
 *
 * @param completed  the learner finished the SCO
 * @param success    true passed, false failed, null when the SCO does not judge
 * @param scaled     the score on -1..1 (1.2: raw within min..max, default 0..100), or null
 */
public record ScormOutcome(boolean completed, Boolean success, BigDecimal scaled) {

    /** Done as a step of the course: finished, and not failed; passed wherever a mastery score is set. */
    public boolean satisfied(BigDecimal masteryScore) {
        if (masteryScore != null) {
            return Boolean.TRUE.equals(success);
        }
        return (completed || Boolean.TRUE.equals(success)) && !Boolean.FALSE.equals(success);
    }

    public static ScormOutcome of(PackageStandard standard, JsonObject cmi, BigDecimal masteryScore) {
        return standard == PackageStandard.SCORM_12 ? ofScorm12(cmi, masteryScore) : ofScorm2004(cmi, masteryScore);
    }

    static ScormOutcome ofScorm12(JsonObject cmi, BigDecimal masteryScore) {
        JsonObject core = object(cmi, "core");
        String status = text(core, "lesson_status");
        JsonObject score = object(core, "score");
        BigDecimal raw = number(score, "raw");
        BigDecimal min = number(score, "min");
        BigDecimal max = number(score, "max");
        Boolean success = switch (status) {
            case "passed" -> true;
            case "failed" -> false;
            default -> null;
        };
        if (masteryScore != null && raw != null) {
            success = raw.compareTo(masteryScore) >= 0;
        }
        boolean completed = status.equals("passed") || status.equals("completed") || status.equals("failed");
        return new ScormOutcome(completed, success, scaled12(raw, min, max));
    }

    static ScormOutcome ofScorm2004(JsonObject cmi, BigDecimal passingScore) {
        String completion = text(cmi, "completion_status");
        String successStatus = text(cmi, "success_status");
        BigDecimal scaled = number(object(cmi, "score"), "scaled");
        Boolean success = switch (successStatus) {
            case "passed" -> true;
            case "failed" -> false;
            default -> null;
        };
        if (passingScore != null && scaled != null) {
            success = scaled.compareTo(passingScore) >= 0;
        }
        return new ScormOutcome(completion.equals("completed"), success, scaled);
    }

    /** A SCORM 1.2 raw score on the -1..1 scale of SCORM 2004 and xAPI: within min..max, 0..100 when unset. */
    private static BigDecimal scaled12(BigDecimal raw, BigDecimal min, BigDecimal max) {
        if (raw == null) {
            return null;
        }
        BigDecimal low = min == null ? BigDecimal.ZERO : min;
        BigDecimal high = max == null ? BigDecimal.valueOf(100) : max;
        if (high.compareTo(low) <= 0) {
            return null;
        }
        BigDecimal scaled = raw.subtract(low).divide(high.subtract(low), 4, RoundingMode.HALF_UP);
        return scaled.max(BigDecimal.ONE.negate()).min(BigDecimal.ONE);
    }

    private static JsonObject object(JsonObject parent, String name) {
        JsonValue value = parent == null ? null : parent.get(name);
        return value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static String text(JsonObject parent, String name) {
        JsonValue value = parent.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.STRING ? parent.getString(name).strip() : "";
    }

    /** A CMIDecimal as the run-time sends it: a string (or a number); empty when unset. */
    private static BigDecimal number(JsonObject parent, String name) {
        JsonValue value = parent.get(name);
        if (value == null) {
            return null;
        }
        String text = switch (value.getValueType()) {
            case STRING -> parent.getString(name).strip();
            case NUMBER -> parent.getJsonNumber(name).bigDecimalValue().toPlainString();
            default -> "";
        };
        if (!text.matches("-?\\d{1,10}(\\.\\d{1,7})?")) {
            return null;
        }
        return new BigDecimal(text);
    }
}
