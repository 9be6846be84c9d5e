package dk.samskab.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.platform.Text;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

/** A new course starts with the placeholder texts of seed-texts.properties, in Danish and English. */
class SeedTextsTest {

    @Test
    void aStarterCourseHasItsModuleLessonAndAnswersNamedInBothLanguages() {
        CourseDefinition course = NewCourses.starter("NY-100", new Text("Nyt kursus", "New course"));
        ModuleDefinition module = course.modules().get(0);

        assertEquals(new Text("Modul 1", "Module 1"), module.title());
        assertEquals(new Text("Lektion 1", "Lesson 1"), module.lessons().get(0).title());
        assertEquals(new Text("Sandt", "True"), module.quiz().questions().get(0).options().get(0).text());
        assertEquals(new Text("Falsk", "False"), module.quiz().questions().get(0).options().get(1).text());
    }

    @Test
    void aPositionIsFilledInAndAnUnknownKeyIsRefused() {
        assertEquals(new Text("Modul 12", "Module 12"), SeedTexts.of("module.numbered", 12));
        assertEquals(new Text("Ny lektion", "New lesson"), SeedTexts.of("lesson.new"));
        assertThrows(MissingResourceException.class, () -> SeedTexts.of("module.unheard"));
    }
}
