package dk.samskab.xapi;

/** The external LRS did not take a batch: unreachable, or it answered other than 200 (or 204/409 per statement). */
public class ForwardingFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public ForwardingFailure(String message) {
        super(message);
    }
}
