package dk.samskab.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.elearning.PackageStandard;
import dk.samskab.testsupport.ElearningCourse;
import org.junit.jupiter.api.Test;

/** The e-learning tests' course reads as an instructor's upload would: nine package lessons, each checked. */
class ElearningCourseZipTest {

    @Test
    void theTestCourseWithItsPackageLessonsIsAccepted() {
        CourseFolderReader.Result read = CourseZip.read(ElearningCourse.zip(), ReferenceProviders::hoursPerEcts);
        assertTrue(read.ok(), read.problems().toString());
        assertEquals(ElearningCourse.CODE, read.course().code());
        var packageLessons = read.course().modules().stream().flatMap(m -> m.lessons().stream())
                .filter(ModuleDefinition.Lesson::isElearning).toList();
        assertEquals(9, packageLessons.size());
        assertEquals(9, read.packages().size());
        assertEquals(3, read.packages().values().stream().filter(p -> p.standard() == PackageStandard.SCORM_12).count());
        assertEquals(2, read.packages().values().stream().filter(p -> p.standard() == PackageStandard.CMI5).count());
        assertEquals(1, read.packages().values().stream().filter(p -> p.standard() == PackageStandard.TIN_CAN).count());
    }
}
