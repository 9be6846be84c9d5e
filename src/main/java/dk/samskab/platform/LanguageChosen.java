package dk.samskab.platform;


/** A signed-in person chose the language of their pages; whoever keeps their profile stores it. */
public record LanguageChosen(String email, Language language) {
}
