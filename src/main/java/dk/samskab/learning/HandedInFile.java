package dk.samskab.learning;

/** A hand-in's file as it is sent to a browser: its cleaned name, media type and bytes. */
public record HandedInFile(String name, String mediaType, byte[] content) {
}
