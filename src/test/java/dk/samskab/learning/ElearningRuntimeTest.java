package dk.samskab.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** What is kept of a commit: everything the package reported, but not who the learner is. */
class ElearningRuntimeTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    @Test
    void scorm12KeepsTheDataButNotTheLearnersIdOrName() {
        JsonObject kept = ElearningRuntime.withoutIdentity(json("{'core': {'student_id': 'samskab-7', 'student_name': 'Hansen, Ida',"
                + " 'lesson_status': 'passed', 'lesson_location': '4'}, 'suspend_data': 'a=1'}"));
        assertEquals(json("{'core': {'lesson_status': 'passed', 'lesson_location': '4'}, 'suspend_data': 'a=1'}"), kept);
    }

    @Test
    void scorm2004KeepsTheDataButNotTheLearnersIdOrName() {
        JsonObject kept = ElearningRuntime.withoutIdentity(json("{'learner_id': 'samskab-7', 'learner_name': 'Ida Hansen',"
                + " 'completion_status': 'completed', 'location': 'side-3'}"));
        assertEquals(json("{'completion_status': 'completed', 'location': 'side-3'}"), kept);
    }
}
