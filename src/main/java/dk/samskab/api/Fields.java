package dk.samskab.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every wrong field of a request before refusing it, so the client can fix them all at once. */
final class Fields {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final List<ApiProblem.FieldError> errors = new ArrayList<>();

    static Fields check() {
        return new Fields();
    }

    Fields required(String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            errors.add(new ApiProblem.FieldError(field, "is required"));
        }
        return this;
    }

    Fields maxLength(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(new ApiProblem.FieldError(field, "must be at most " + max + " characters"));
        }
        return this;
    }

    Fields email(String field, String value) {
        if (value != null && !value.isBlank() && (!EMAIL.matcher(value.strip()).matches() || value.strip().length() > 254)) {
            errors.add(new ApiProblem.FieldError(field, "is not an e-mail address"));
        }
        return this;
    }

    Fields rule(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new ApiProblem.FieldError(field, message));
        }
        return this;
    }

    /** A query parameter's value, or null when it is left out or blank (which filters nothing). */
    static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Refuses with every error found, or does nothing. */
    void orRefuse() {
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }
}
