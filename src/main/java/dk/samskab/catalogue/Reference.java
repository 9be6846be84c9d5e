package dk.samskab.catalogue;

import dk.samskab.platform.Text;
import java.io.Serializable;
import java.util.List;

/**
 * A work on a course's reading list, cited from lessons by its key ([@key]). Required works are
 * the pensum; the others are supplementary. Articles name their journal (with volume and issue),
 * other works their publisher; pages, chapter, edition, URL and note are optional.
 *
 * @param authors "Surname, Given names" for persons, or an organisation's name
 * @param edited whether the authors are the editors of the work
 */
public record Reference(String key, List<String> authors, boolean edited, int year, Kind kind, String title,
        String publisher, String journal, Integer edition, String pages, String chapter, String url, boolean required,
        Text note) implements Serializable {

    public enum Kind implements CodedValue {
        BOOK,
        ARTICLE,
        REPORT,
        WEB
    }
}
