package dk.samskab.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.CourseVersion;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.Enrolments;
import dk.samskab.learning.CourseProgress;
import dk.samskab.learning.Learning;
import dk.samskab.learning.Submission;
import dk.samskab.organisation.Person;
import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.PdfReading;
import dk.samskab.testsupport.StandaloneJpa;
import dk.samskab.testsupport.TestAccounts;
import dk.samskab.testsupport.TestApplication;
import jakarta.persistence.EntityManagerFactory;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A learner who passed an ECTS course downloads their certificate and transcript from the
 * running application, signed in, as their browser would; the files are read as a screen
 * reader's PDF engine reads them.
 */
class CreditPdfsDownloadIT {

    private static final Pattern CODE = Pattern.compile("class=\"verification-code\"[^>]*>([A-Z0-9]{16})<");

    /** What the learner's award says, taken from the database, not from the PDF. */
    private record Passed(long enrolment, CourseDefinition course, String grade, String ectsLetter, String ects, String provider) {
    }

    /** Lessons done, quizzes passed, reflections and final assignment handed in, graded by the instructor. */
    private static Passed passed(String email, String courseCode, String grade) {
        EntityManagerFactory factory = StandaloneJpa.migratedSchema(TestApplication.SCHEMA);
        try {
            return StandaloneJpa.inTransaction(factory, em -> {
                Person person = em.createQuery("SELECT p FROM Person p WHERE p.email = :email", Person.class)
                        .setParameter("email", email).getSingleResult();
                CourseVersion version = StandaloneJpa.latest(em, courseCode);
                Enrolment enrolment = new Enrolments(em).enrolSelfPaced(person, version);
                em.flush();
                Learning learning = new Learning(em);
                CourseDefinition course = Learning.course(enrolment);
                for (ModuleDefinition module : course.modules()) {
                    module.lessons().forEach(l -> learning.markLessonDone(enrolment, CourseProgress.key(module, l)));
                    learning.submitQuiz(enrolment, module.slug(), correctAnswers(module));
                    if (module.reflection() != null) {
                        learning.submit(enrolment, module.slug(), "Refleksion over " + module.slug() + ".", null);
                    }
                }
                learning.submitFinal(enrolment, "Synopsis om et samskabelsesforsøg med besøgsvenner.");
                Submission submission = learning.submission(enrolment, Submission.FINAL).orElseThrow();
                CreditAward award = new Assessments(em).grade(submission, grade, false, "Godt arbejde.", "karen@demo.samskab.dk")
                        .orElseThrow();
                return new Passed(enrolment.getId(), course, award.getGrade(), award.getEctsLetter(),
                        award.getEcts().stripTrailingZeros().toPlainString(), award.getProvider().getName());
            });
        } finally {
            factory.close();
        }
    }

    private static Map<String, List<String>> correctAnswers(ModuleDefinition module) {
        Map<String, List<String>> answers = new HashMap<>();
        module.quiz().questions().forEach(q -> answers.put(q.id(), switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE -> q.options().stream().filter(o -> o.correct()).map(o -> o.id()).toList();
            case ORDERING -> q.items().stream().map(i -> i.id()).toList();
            case MATCHING -> q.pairs().stream().map(p -> p.id() + "=" + p.id()).toList();
        }));
        return answers;
    }

    private static PdfReading download(HttpUser learner, String path) {
        HttpResponse<byte[]> response = learner.download(path);
        assertEquals(200, response.statusCode(), path);
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""), path);
        return PdfReading.of(response.body());
    }

    private static void assertAccessible(PdfReading pdf, String title) {
        assertTrue(pdf.marked, "/MarkInfo /Marked true");
        assertEquals("da", pdf.lang);
        assertEquals(title, pdf.infoTitle);
        assertEquals(title, pdf.xmpTitle);
        assertTrue(pdf.displayDocTitle);
        assertEquals(List.of(), pdf.fontsNotEmbedded);
        assertEquals("", pdf.untaggedText, "no text outside the structure tree and the artifacts");
        assertEquals("Document", pdf.structure.get(0).type());
    }

    @Test
    void aLearnerWithAGradedEctsCourseDownloadsATaggedCertificateAndTranscript() throws Exception {
        String name = "Åse Ørum-Nielsen";
        String email = TestAccounts.create(name, "LEARNER");
        Passed passed = passed(email, "SAM-101", "12");
        HttpUser learner = HttpUser.signedIn(email, TestAccounts.PASSWORD);

        PdfReading certificate = download(learner, "/learner/certificate?e=" + passed.enrolment());
        Matcher code = CODE.matcher(learner.get("/learner/index.xhtml").body());
        assertTrue(code.find(), "the learner's page shows the certificate's verification code");
        assertAccessible(certificate, "Kursusbevis / Certificate – " + passed.course().title().da());
        String ects = passed.ects();
        String provider = passed.provider();
        assertEquals(List.of("Kursusbevis Certificate of completion"), certificate.textsOf("H1"));
        assertEquals(List.of(passed.course().title().da()), certificate.textsOf("H2"));
        List<String> paragraphs = certificate.textsOf("P");
        assertEquals(name, paragraphs.get(0), "the learner's name comes first after the heading");
        assertTrue(paragraphs.contains(passed.course().title().en()), paragraphs.toString());
        assertTrue(paragraphs.contains("SAM-101"), paragraphs.toString());
        assertTrue(paragraphs.contains(ects + " ECTS-point – " + provider + " " + ects + " ECTS credits – " + provider),
                paragraphs.toString());
        assertTrue(certificate.taggedText().contains("/verify/" + code.group(1)),
                "the verification address: " + certificate.taggedText());
        assertTrue(certificate.structure.stream().anyMatch(e -> "en".equals(e.lang())
                && e.text().equals(passed.course().title().en())), "the English title is marked as English");
        assertTrue(certificate.text.contains(name) && certificate.text.contains(code.group(1)), certificate.text);

        PdfReading transcript = download(learner, "/learner/transcript");
        assertAccessible(transcript, "Karakterudskrift / Transcript of Records – " + name);
        assertEquals(7, transcript.textsOf("TH").size());
        List<String> cells = transcript.textsOf("TD");
        assertEquals(7, cells.size(), "one award, one row: " + cells);
        assertEquals("SAM-101", cells.get(0));
        assertEquals(passed.course().title().da() + " " + passed.course().title().en(), cells.get(1));
        assertEquals(List.of(passed.grade(), passed.ectsLetter(), ects, provider), cells.subList(3, 7));
        assertEquals("12", cells.get(3));
        assertTrue(transcript.textsOf("P").contains("ECTS i alt: " + ects + " Total ECTS: " + ects), transcript.textsOf("P").toString());
        assertTrue(transcript.text.contains(name), transcript.text);
    }
}
