package dk.samskab.catalogue;

import java.util.regex.Pattern;

/** What a course code looks like: 2-5 capital letters, a hyphen and 3 digits, such as SAM-101. */
public final class CourseCode {

    private static final Pattern FORM = Pattern.compile("[A-Z]{2,5}-\\d{3}");

    private CourseCode() {
    }

    public static boolean isWellFormed(String code) {
        return code != null && FORM.matcher(code).matches();
    }
}
