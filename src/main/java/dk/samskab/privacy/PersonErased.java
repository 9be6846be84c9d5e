package dk.samskab.privacy;

/**
 * Fired inside an erasure's transaction, so that packages above privacy that keep something of the
 * person (the LRS's statements) pseudonymise it with the erasure, or the erasure fails as a whole.
 */
public record PersonErased(long personId) {
}
