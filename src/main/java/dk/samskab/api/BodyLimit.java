package dk.samskab.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Request bodies of the API are small records; anything over the limit is refused with 413, also when sent in chunks. */
final class BodyLimit extends FilterInputStream {

    static final int MAX_BYTES = 64 * 1024;

    private long read;

    BodyLimit(InputStream in) {
        super(in);
    }

    static ApiProblem problem() {
        return new ApiProblem(413, "body-too-large", "Payload too large",
                "The request body is larger than the API accepts (" + MAX_BYTES / 1024 + " KiB).");
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int n) throws TooLarge {
        read += n;
        if (read > MAX_BYTES) {
            throw new TooLarge();
        }
    }

    /** Raised while the body is read, and answered as the problem above. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("request body over " + MAX_BYTES + " bytes");
        }
    }
}
