package dk.samskab.xapi;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * An LRS client's key and secret as HTTP Basic authentication sends them (RFC 7617), the one
 * authentication method of xAPI (Communication 4.0) that the LRS offers.
 */
public record BasicCredentials(String key, String secret) {

    private static final String SCHEME = "Basic ";

    /**
     * The credentials of an Authorization header; empty when there is none, it is of another
     * scheme, or its value is not base64 of UTF-8 "key:secret".
     */
    public static Optional<BasicCredentials> of(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        try {
            byte[] decoded = Base64.getDecoder().decode(authorization.substring(SCHEME.length()).strip());
            String pair = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(decoded)).toString();
            // The user name cannot hold a colon, the password can: the first one separates them.
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new BasicCredentials(pair.substring(0, colon), pair.substring(colon + 1)));
        } catch (IllegalArgumentException | CharacterCodingException notBasic) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "BasicCredentials[" + key + "]";
    }
}
