package dk.samskab.learning.web;

import dk.samskab.learning.HandedInFile;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Sends a handed-in file as a download that a browser never renders in the application's
 * origin: attachment, no sniffing, and a sandbox in case it is opened anyway.
 */
public final class HandInResponse {

    private HandInResponse() {
    }

    public static void send(Optional<HandedInFile> file, HttpServletResponse response) throws IOException {
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        HandedInFile f = file.get();
        String ascii = f.name().replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(f.name(), StandardCharsets.UTF_8).replace("+", "%20");
        response.setContentType(f.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(f.content().length);
        response.getOutputStream().write(f.content());
    }

    /** The submission id in the "s" parameter, or empty when it is missing or not a number. */
    public static Optional<Long> submissionId(String parameter) {
        return parameter != null && parameter.matches("\\d{1,18}") ? Optional.of(Long.valueOf(parameter)) : Optional.empty();
    }
}
