package dk.samskab.platform.web;

import dk.samskab.organisation.Language;

/** A signed-in person chose the language of their pages; whoever keeps their profile stores it. */
public record LanguageChosen(String email, Language language) {
}
