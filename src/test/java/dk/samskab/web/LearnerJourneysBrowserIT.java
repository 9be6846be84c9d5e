package dk.samskab.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.catalogue.CourseDefinition;
import dk.samskab.catalogue.ModuleDefinition;
import dk.samskab.content.CourseFolderReader;
import dk.samskab.testsupport.Browser;
import dk.samskab.testsupport.PdfReading;
import dk.samskab.testsupport.TestApplication;
import dk.samskab.testsupport.TestMail;
import dk.samskab.web.pages.AppPage;
import dk.samskab.web.pages.CoursePage;
import dk.samskab.web.pages.LessonPage;
import dk.samskab.web.pages.LoginPage;
import dk.samskab.web.pages.PlayerPage;
import dk.samskab.web.pages.QuizPage;
import dk.samskab.web.pages.TaskPage;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** What learners do, end to end in the browser: a volunteer on a phone, and a full cohort with a waitlist. */
class LearnerJourneysBrowserIT {

    private static final String PASSWORD = "samskab-demo-2026";

    private static CourseDefinition course(String folder) {
        Path root = Path.of("course-content");
        return new CourseFolderReader(root, code -> Optional.of(new BigDecimal("27.5"))).read(root.resolve(folder)).course();
    }

    /** The invitation link of a cohort, as an instructor hands it out from their page. */
    private static String invitationLink(Browser browser, String cohort) {
        LoginPage.open(browser).loginAs("karen@demo.samskab.dk", PASSWORD);
        String link = browser.driver().findElements(By.cssSelector("#invitations li")).stream()
                .filter(li -> li.getText().startsWith(cohort)).findFirst().orElseThrow()
                .findElement(By.className("invite-link")).getAttribute("href");
        new AppPage(browser).logout();
        return link;
    }

    @Test
    void aVolunteerOpensAnInviteRegistersTakesTheCourseOnAPhoneAndGetsAVerifiableCertificate() throws Exception {
        CourseDefinition course = course("frivillig-i-samarbejde-med-kommunen");
        try (Browser phone = new Browser(TestApplication.baseUrl(), Browser.PHONE)) {
            String invite = invitationLink(phone, "Frivillige i Aarhus");
            phone.driver().get(invite);
            phone.assertAccessible();
            assertEquals("Frivillig i samarbejde med kommunen", phone.driver().findElement(By.id("joinHeading")).getText());
            phone.driver().findElement(By.id("joinForm:name")).sendKeys("Fatima Hassan");
            phone.driver().findElement(By.id("joinForm:email")).sendKeys("fatima@example.dk");
            phone.driver().findElement(By.id("joinForm:password")).sendKeys("kort");
            new org.openqa.selenium.support.ui.Select(phone.driver().findElement(By.id("joinForm:organisation")))
                    .selectByVisibleText("Dansk Røde Kors");
            phone.clickAndAwaitNewPage(phone.driver().findElement(By.id("joinForm:register")));
            phone.assertAccessible();
            assertTrue(phone.driver().findElement(By.id("joinForm:passwordError")).getText().startsWith("Adgangskoden skal være på mindst 12 tegn."),
                    phone.driver().findElement(By.id("joinForm:passwordError")).getText());
            phone.driver().findElement(By.id("joinForm:password")).sendKeys("mit frivillige liv i Aarhus");
            phone.clickAndAwaitNewPage(phone.driver().findElement(By.id("joinForm:register")));
            assertTrue(phone.driver().findElement(By.id("checkMail")).getText().contains("fatima@example.dk"),
                    "the address is confirmed by a mailed link before the account exists");

            String mail = dk.samskab.testsupport.TestMail.await("fatima@example.dk", "Bekræft din e-mailadresse").body();
            String confirm = mail.lines().filter(l -> l.contains("/confirm.xhtml#token=")).findFirst().orElseThrow().strip();
            phone.openMailedLink(confirm.substring(confirm.indexOf("/confirm.xhtml")));
            assertTrue(phone.driver().findElement(By.id("confirmedNotice")).isDisplayed(), "the address is confirmed");
            new LoginPage(phone).loginAs("fatima@example.dk", "mit frivillige liv i Aarhus");

            PlayerPage player = new PlayerPage(phone).rateSelf(2, 2, 3, 1);
            assertTrue(player.progressText().startsWith("0 %"), player.progressText());

            LessonPage lesson = player.continueLearning();
            int lessons = 0;
            while (lesson.isLesson()) {
                assertFalse(lesson.body().isBlank());
                lesson = lesson.markDone();
                lessons++;
            }
            assertEquals(9, lessons, "every lesson of the three modules, in order");

            PlayerPage overview = new PlayerPage(phone);
            ModuleDefinition first = course.modules().get(0);
            QuizPage failed = overview.openQuiz(first.slug()).answer(first.quiz(), 2);
            assertTrue(failed.result().startsWith("Ikke bestået"), failed.result());
            assertTrue(failed.feedback(first.quiz().questions().get(0).id()).startsWith("Ikke rigtigt"));
            failed.backToCourse();

            for (ModuleDefinition module : course.modules()) {
                QuizPage passed = new PlayerPage(phone).openQuiz(module.slug()).answer(module.quiz(), 0);
                assertTrue(passed.result().startsWith("Bestået med 100"), passed.result());
                passed.backToCourse();
            }

            PlayerPage done = new PlayerPage(phone);
            assertTrue(done.completed(), "the course completes the moment the last quiz is passed");
            assertTrue(done.progressText().startsWith("100 %"), done.progressText());
            long enrolment = done.enrolmentId();
            String beforeAndAfter = done.rateSelf(4, 4, 4, 3).selfAssessmentTable();
            assertTrue(beforeAndAfter.contains("borgere og frivillige frem for kun at levere ydelser til dem. 2 4"), beforeAndAfter);
            assertTrue(beforeAndAfter.contains("på tværs af sektorer. 1 3"), beforeAndAfter);
            phone.visit("/learner/index.xhtml");
            assertTrue(new AppPage(phone).text().contains("Dansk Røde Kors"), "the volunteer membership is on the profile");

            String code = phone.driver().findElement(By.cssSelector("#completed .verification-code")).getText();
            byte[] pdf = download(phone, "/learner/certificate?e=" + enrolment, "application/pdf");
            assertEquals("%PDF", new String(pdf, 0, 4), "the certificate is a PDF");
            PdfReading certificate = PdfReading.of(pdf);
            for (String shown : List.of("Fatima Hassan", course.title().da(), "FRI-001", "/verify/" + code)) {
                assertTrue(certificate.taggedText().contains(shown), shown + " in the certificate: " + certificate.taggedText());
            }

            phone.driver().manage().deleteAllCookies();
            phone.visit("/verify/" + code);
            AppPage verify = new AppPage(phone);
            assertEquals("Kursusbeviset er ægte.", phone.driver().findElement(By.id("verified")).getText());
            assertEquals("Fatima Hassan", phone.driver().findElement(By.id("learnerName")).getText());
            assertTrue(phone.driver().findElement(By.id("courseName")).getText().contains("FRI-001"));
            assertFalse(verify.text().contains("fatima@example.dk"), "the verification page shows nothing else");

            phone.visit("/verify/ABCDEFGHJKMNPQRS");
            assertTrue(phone.driver().findElement(By.id("notVerified")).getText().startsWith("Vi kan ikke finde"));
        }
    }

    @Test
    void aMunicipalEmployeeJoinsWithTheirAccountAndAddsAVolunteerMembership() {
        try (Browser browser = new Browser(TestApplication.baseUrl())) {
            String invite = invitationLink(browser, "Frivillige i Aarhus");
            LoginPage.open(browser).loginAs("lone@demo.samskab.dk", PASSWORD);
            browser.driver().get(invite);
            browser.assertAccessible();
            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("joinForm:organisation")))
                    .selectByVisibleText("Dansk Flygtningehjælp");
            browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("joinForm:join")));
            new PlayerPage(browser);
            browser.visit("/learner/index.xhtml");
            String memberships = browser.driver().findElement(By.id("memberships")).getText();
            assertTrue(memberships.contains("Roskilde Kommune") && memberships.contains("Dansk Flygtningehjælp"), memberships);
        }
    }

    @Test
    void aRequestForACohortWithApprovalWaitsForTheInstructor() throws Exception {
        String cohort = "Evaluering – Aarhus, efter godkendelse";
        try (Browser browser = new Browser(TestApplication.baseUrl())) {
            LoginPage.open(browser).loginAs("lone@demo.samskab.dk", PASSWORD);
            CoursePage.open(browser, "EVA-202").joinCohort(cohort);
            assertTrue(browser.driver().findElement(By.id("requests")).getText().contains("venter på godkendelse"));
            new AppPage(browser).logout();

            LoginPage.open(browser).loginAs("karen@demo.samskab.dk", PASSWORD);
            browser.visit("/instructor/approvals.xhtml");
            var request = browser.driver().findElements(By.cssSelector("#requests li")).stream()
                    .filter(li -> li.getText().contains("Lone Sørensen")).findFirst().orElseThrow();
            browser.clickAndAwaitNewPage(request.findElement(By.cssSelector("input[value='Afvis']")));
            new AppPage(browser);
            assertEquals("Skriv en begrundelse, når du afviser en tilmelding.",
                    browser.driver().findElement(By.id("approvalForm:messages")).getText());
            request = browser.driver().findElements(By.cssSelector("#requests li")).stream()
                    .filter(li -> li.getText().contains("Lone Sørensen")).findFirst().orElseThrow();
            browser.clickAndAwaitNewPage(request.findElement(By.cssSelector("input[value='Godkend']")));
            assertTrue(browser.driver().findElement(By.id("decidedNotice")).isDisplayed());
            new AppPage(browser).logout();

            LoginPage.open(browser).loginAs("lone@demo.samskab.dk", PASSWORD);
            browser.visit("/learner/index.xhtml");
            assertTrue(browser.driver().findElement(By.id("current")).getText().contains("Evaluering af samarbejder"));
            assertTrue(TestMail.await("lone@demo.samskab.dk", "Din tilmelding er godkendt").body().contains(cohort));
        }
    }

    @Test
    void aThirdLearnerIsWaitlistedForTwoSeatsAndPromotedWhenOneWithdraws() throws Exception {
        String cohort = "Facilitering – Aarhus, lille hold";
        try (Browser browser = new Browser(TestApplication.baseUrl())) {
            LoginPage.open(browser).loginAs("mette@demo.samskab.dk", PASSWORD);
            CoursePage.open(browser, "FAC-102").joinCohort(cohort);
            PlayerPage mette = new PlayerPage(browser);
            mette.logout();

            LoginPage.open(browser).loginAs("lone@demo.samskab.dk", PASSWORD);
            CoursePage page = CoursePage.open(browser, "FAC-102");
            assertEquals("1 ledige pladser", page.seatsText(cohort));
            page.joinCohort(cohort);
            new AppPage(browser).logout();

            LoginPage.open(browser).loginAs("jens@demo.samskab.dk", PASSWORD);
            browser.visit("/course.xhtml?code=FAC-102");
            assertTrue(new AppPage(browser).text().contains("Log ind for at tilmelde"),
                    "a training manager without the learner role cannot enrol");
            new AppPage(browser).logout();

            LoginPage.open(browser).loginAs("karen@demo.samskab.dk", PASSWORD);
            browser.visit("/learner/index.xhtml");
            assertEquals("Du har ikke adgang til denne side", new AppPage(browser).heading());
            new AppPage(browser).logout();

            LoginPage.open(browser).loginAs("ahmad@demo.samskab.dk", PASSWORD);
            AppPage waitlisted = CoursePage.open(browser, "FAC-102").joinCohort(cohort);
            assertTrue(browser.driver().findElement(By.id("waitlistedNotice")).isDisplayed());
            assertTrue(browser.driver().findElement(By.id("waitlisted")).getText().contains(cohort));
            waitlisted.logout();

            LoginPage.open(browser).loginAs("mette@demo.samskab.dk", PASSWORD);
            browser.visit("/learner/index.xhtml");
            browser.clickAndAwaitNewPage(browser.driver().findElement(By.linkText("Fortsæt")));
            new PlayerPage(browser).withdraw();
            assertTrue(browser.driver().findElement(By.id("withdrawnNotice")).isDisplayed());
            new AppPage(browser).logout();

            LoginPage.open(browser).loginAs("ahmad@demo.samskab.dk", PASSWORD);
            browser.visit("/learner/index.xhtml");
            String current = browser.driver().findElement(By.id("current")).getText();
            assertTrue(current.contains("You now have a seat in the cohort " + cohort), current);
            TestMail.Mail mail = TestMail.await("ahmad@demo.samskab.dk", "You have a seat");
            assertTrue(mail.body().contains("Dear Ahmad") && mail.body().contains("cohort " + cohort), mail.body());
        }
    }

    @Test
    void aProfessionalCompletesTheEctsCourseAndAGradeSevenGivesFiveEctsWithLetterC() throws Exception {
        CourseDefinition course = course("samskabelse-i-praksis");
        try (Browser browser = new Browser(TestApplication.baseUrl())) {
            LoginPage.open(browser).loginAs("mette@demo.samskab.dk", PASSWORD);
            CoursePage.open(browser, "SAM-101").joinCohort("Samskabelse i praksis – hold 1");
            PlayerPage player = new PlayerPage(browser);
            assertTrue(browser.driver().findElement(By.id("finalAssignment")).getText().contains("Gennemfør alle lektioner")
                    || browser.driver().findElement(By.id("finalAssignment")).getText().contains("når du har gennemført"));

            LessonPage lesson = player.continueLearning();
            while (lesson.isLesson()) {
                lesson = lesson.markDone();
            }
            for (ModuleDefinition module : course.modules()) {
                new PlayerPage(browser).openQuiz(module.slug()).answer(module.quiz(), 0).backToCourse();
            }
            PlayerPage ready = new PlayerPage(browser);
            assertFalse(ready.completed(), "not complete before the final assignment is graded");
            Path synopsis = Files.createTempFile("synopsis", ".pdf");
            byte[] synopsisPdf = "%PDF-1.4\n% Synopsis om besøgsvenner\n".getBytes(StandardCharsets.UTF_8);
            Files.write(synopsis, synopsisPdf);
            TaskPage task = ready.openFinalAssignment()
                    .write("Synopsis: et samskabelsesforsøg med besøgsvenner på ældreområdet i Aarhus.")
                    .attach(synopsis).handIn();
            assertTrue(task.status().contains("venter på bedømmelse"), task.status());
            task.logout();

            LoginPage.open(browser).loginAs("karen@demo.samskab.dk", PASSWORD);
            browser.visit("/instructor/grading.xhtml");
            browser.clickAndAwaitNewPage(browser.driver().findElements(By.cssSelector("#queue tr")).stream()
                    .filter(tr -> tr.getText().contains("Mette Jensen")).findFirst().orElseThrow()
                    .findElement(By.tagName("a")));
            new AppPage(browser);
            assertTrue(browser.driver().findElement(By.id("handIn")).getText().contains("besøgsvenner på ældreområdet"));
            String fileLink = browser.driver().findElement(By.id("handInFile")).getAttribute("href");
            assertTrue(browser.driver().findElement(By.id("handInFile")).getText().contains(synopsis.getFileName().toString()));
            assertEquals(new String(synopsisPdf, StandardCharsets.UTF_8), new String(download(browser,
                    fileLink.substring(browser.baseUrl().length()), "application/pdf"), StandardCharsets.UTF_8),
                    "the instructor gets the learner's file, byte for byte");
            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("gradeForm:grade"))).selectByValue("7");
            browser.driver().findElement(By.id("gradeForm:feedback")).sendKeys("Klar problemformulering og god brug af begreberne.");
            browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("gradeForm:save")));
            assertTrue(browser.driver().findElement(By.id("gradedNotice")).isDisplayed());
            new AppPage(browser).logout();

            LoginPage.open(browser).loginAs("mette@demo.samskab.dk", PASSWORD);
            browser.visit("/learner/transcript.xhtml");
            String row = browser.driver().findElements(By.cssSelector("#transcript tbody tr")).stream()
                    .map(tr -> tr.getText()).filter(t -> t.contains("SAM-101")).findFirst().orElseThrow();
            assertTrue(row.contains(" 7 C 5 ") && row.contains("Københavns Professionshøjskole"), row);
            assertEquals("ECTS i alt: 5", browser.driver().findElement(By.id("totalEcts")).getText());
            byte[] pdf = download(browser, "/learner/transcript", "application/pdf");
            assertEquals("%PDF", new String(pdf, 0, 4));
            PdfReading transcript = PdfReading.of(pdf);
            assertTrue(transcript.textsOf("TR").stream().anyMatch(tr -> tr.startsWith("SAM-101 " + course.title().da())
                    && tr.contains(" 7 C 5 Københavns Professionshøjskole")), "the award's row: " + transcript.textsOf("TR"));
            assertTrue(transcript.text.contains("Mette Jensen"), transcript.text);

            browser.visit("/learner/index.xhtml");
            String code = browser.driver().findElements(By.cssSelector("#completed li")).stream()
                    .filter(li -> li.getText().contains("Samskabelse i praksis")).findFirst().orElseThrow()
                    .findElement(By.className("verification-code")).getText();
            browser.driver().manage().deleteAllCookies();
            browser.visit("/verify/" + code);
            assertEquals("5 ECTS", browser.driver().findElement(By.id("verifiedEcts")).getText());
        }
    }

    private static byte[] download(Browser browser, String path, String contentType) throws Exception {
        String session = browser.sessionId();
        HttpRequest request = HttpRequest.newBuilder(URI.create(browser.baseUrl() + path))
                .header("Cookie", "JSESSIONID=" + session).build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals(contentType, response.headers().firstValue("Content-Type").orElse(""));
        return response.body();
    }
}
