package dk.samskab.xapi;

import java.util.regex.Pattern;

/** The xAPI version this LRS speaks, and which versions a client may ask for (Communication 3.3). */
public final class XapiVersion {

    public static final String HEADER = "X-Experience-API-Version";

    /** Sent in every response: the latest patch version (Communication 3.3.s3.b1, b2). */
    public static final String CURRENT = "1.0.3";

    /** 1.0 counts as 1.0.0, and any 1.0.x is accepted (b3, b5); anything earlier or 1.1.0 and later is not (b4, b6). */
    private static final Pattern ACCEPTED = Pattern.compile("1\\.0(?:\\.\\d+)?");

    private XapiVersion() {
    }

    public static boolean accepts(String header) {
        return header != null && ACCEPTED.matcher(header.strip()).matches();
    }
}
