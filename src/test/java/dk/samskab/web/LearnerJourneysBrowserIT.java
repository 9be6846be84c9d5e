package dk.samskab.web;

import dk.samskab.platform.Dates;
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
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** What learners do, end to end in the browser: a volunteer on a phone, and a full cohort with a waitlist. */
class LearnerJourneysBrowserIT {

    private static final String PASSWORD = "samskab-demo-2026";

    /** The fewest wrong answers with which a quiz is not passed, by its pass threshold. */
    private static int wrongToFail(dk.samskab.catalogue.QuizDefinition quiz) {
        int questions = quiz.questions().size();
        int neededRight = (int) Math.ceil(questions * quiz.passThreshold() / 100.0);
        return questions - neededRight + 1;
    }

    private static final String WHITE = "rgba(255, 255, 255, 1)";
    private static final String DANGER_RED = "rgba(164, 38, 44, 1)";

    private static final ZoneId DENMARK = Dates.DENMARK;

    /** How the certificate writes a date, and so every page. */
    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"));

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
            int lessonCount = course.modules().stream().mapToInt(m -> m.lessons().size()).sum();
            assertEquals("For at gennemføre kurset mangler du " + lessonCount + " lektioner og " + course.modules().size()
                    + " quizzer.", player.remainingSummary(), "the reflection tasks of a course without a final assignment are optional");

            // The way on: each module's lessons, then its quiz, then its (optional) reflection task, then the next module.
            List<String> visited = new ArrayList<>();
            LessonPage step = player.continueLearning();
            for (ModuleDefinition module : course.modules()) {
                for (ModuleDefinition.Lesson lesson : module.lessons()) {
                    assertTrue(step.isLesson(), "expected the lesson " + lesson.slug() + " at " + phone.currentPath());
                    assertEquals(lesson.title().da(), step.title());
                    assertFalse(step.body().isBlank());
                    visited.add(lesson.slug());
                    step = step.markDone();
                }
                assertTrue(step.isQuiz() && phone.currentPath().contains("m=" + module.slug()),
                        "after the module's last lesson comes its quiz, not the next module: " + phone.currentPath());
                QuizPage quiz = new QuizPage(phone);
                if (module == course.modules().get(0)) {
                    quiz = quiz.answer(module.quiz(), wrongToFail(module.quiz()));
                    assertTrue(quiz.result().startsWith("Ikke bestået"), quiz.result());
                    assertTrue(quiz.feedback(module.quiz().questions().get(0).id()).startsWith("Ikke rigtigt"));
                    assertTrue(phone.driver().findElements(By.id("goOn")).isEmpty(), "no way on past a quiz not yet passed");
                    quiz = quiz.backToCourse().openQuiz(module.slug());
                }
                quiz = quiz.answer(module.quiz(), 0);
                assertTrue(quiz.result().startsWith("Bestået med 100"), quiz.result());
                String feedback = quiz.feedback(module.quiz().questions().get(0).id()).replaceAll("\\s+", " ");
                assertTrue(feedback.startsWith("Rigtigt.") && !feedback.startsWith("Rigtigt. Rigtigt."),
                        "the verdict is said once: " + feedback);
                step = quiz.goOn();
                assertTrue(step.isTask() && phone.currentPath().contains("t=" + module.slug()),
                        "after the quiz comes the module's reflection task: " + phone.currentPath());
                visited.add("quiz " + module.slug());
                step = new TaskPage(phone).goOn();
            }
            assertEquals(lessonCount + course.modules().size(), visited.size(), "every lesson and every quiz, in order: " + visited);

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
            assertEquals(DANISH_DATE.format(LocalDate.now(DENMARK)), phone.driver().findElement(By.id("completedOn")).getText(),
                    "the date written out, as on the certificate");
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

            // An earlier request, which another tab of the instructor's approves while the first still shows it.
            String earlier = dk.samskab.testsupport.TestAccounts.create("Tidlig Tove", "LEARNER");
            try (java.sql.Connection c = dk.samskab.testsupport.TestAccounts.connect()) {
                dk.samskab.testsupport.TestAccounts.update(c, "INSERT INTO enrolment (person_id, course_id, course_version_id, cohort_id,"
                        + " status, requested_at) SELECT p.id, v.course_id, v.id, h.id, 'PENDING', CURRENT_TIMESTAMP(3) - INTERVAL 1 HOUR"
                        + " FROM person p, cohort h JOIN course_version v ON v.id = h.course_version_id WHERE p.email = ? AND h.name = ?",
                        earlier, cohort);
            }
            LoginPage.open(browser).loginAs("karen@demo.samskab.dk", PASSWORD);
            browser.visit("/instructor/approvals.xhtml");
            String firstTab = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            browser.visit("/instructor/approvals.xhtml");
            browser.clickAndAwaitNewPage(approvalButton(browser, "Tidlig Tove", "Godkend"));
            browser.driver().close();
            browser.driver().switchTo().window(firstTab);
            // Tove's row in the first tab now stands where Lone's is: the click must not approve Lone.
            browser.clickAndAwaitNewPage(approvalButton(browser, "Tidlig Tove", "Godkend"));
            new AppPage(browser);
            assertTrue(browser.driver().findElement(By.id("approvalForm:messages")).getText().contains("Listen er blevet ændret"),
                    browser.driver().findElement(By.id("approvalForm:messages")).getText());
            assertTrue(browser.driver().findElement(By.id("requests")).getText().contains("Lone Sørensen"), "Lone still waits");
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

    private static WebElement approvalButton(Browser browser, String learner, String decision) {
        return browser.driver().findElements(By.cssSelector("#requests li")).stream()
                .filter(li -> li.getText().contains(learner)).findFirst().orElseThrow()
                .findElement(By.cssSelector("input[value='" + decision + "']"));
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
            assertEquals("1 ledig plads", page.seatsText(cohort), "one seat, in the singular");
            page.joinCohort(cohort);
            new AppPage(browser).logout();

            LoginPage.open(browser).loginAs("jens@demo.samskab.dk", PASSWORD);
            browser.visit("/course.xhtml?code=FAC-102");
            assertFalse(new AppPage(browser).text().contains("Log ind"), "a signed-in manager is not asked to log in");
            assertTrue(browser.driver().findElement(By.id("notALearner")).getText().contains("ikke har rollen deltager"),
                    "a training manager without the learner role is told why they cannot enrol");
            assertTrue(browser.driver().findElements(By.id("enrolForm")).isEmpty());
            new AppPage(browser).logout();

            LoginPage.open(browser).loginAs("karen@demo.samskab.dk", PASSWORD);
            browser.visit("/course.xhtml?code=FAC-102");
            assertTrue(browser.driver().findElement(By.id("notALearner")).getText().startsWith("Du underviser på kurset"),
                    "the course's instructor is pointed to its cohorts");
            browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("manageCohorts")));
            assertTrue(new AppPage(browser).text().contains(cohort), "the instructor's cohorts of the course");
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
            PlayerPage course = new PlayerPage(browser);
            assertEquals(WHITE, browser.driver().findElement(By.id("withdraw")).getCssValue("background-color"),
                    "leaving is offered as a quiet way out, not as the page's main action");
            course.askToWithdraw();
            assertEquals(DANGER_RED, browser.driver().findElement(By.id("withdrawForm:confirmWithdraw")).getCssValue("background-color"));
            browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("withdrawForm:cancelWithdraw")));
            new PlayerPage(browser);
            assertFalse(browser.driver().findElements(By.id("withdraw")).isEmpty(), "changing one's mind keeps the seat");
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
            int lessons = course.modules().stream().mapToInt(m -> m.lessons().size()).sum();
            int modules = course.modules().size();
            assertEquals("For at gennemføre kurset mangler du " + lessons + " lektioner, " + modules + " quizzer, " + modules
                    + " refleksionsopgaver og den afsluttende opgave, bedømt til 02 eller derover.", player.remainingSummary());
            assertEquals("Du får 5 ECTS-point, når den afsluttende opgave er bedømt til 02 eller derover.", player.ectsRequirement());

            String materials = browser.driver().findElement(By.id("documents")).getText();
            assertTrue(materials.contains("Skabelon til design af et lille samskabelseseksperiment"), materials);
            assertFalse(materials.contains("Fremmødedag"), "the teacher's guide is the instructors'");
            assertTrue(browser.driver().findElement(By.id("pensum")).getText().contains("Forskningsreview om samskabelse"));
            String enrolmentId = Long.toString(player.enrolmentId());
            assertEquals(404, status(browser, "/learner/document.xhtml?e=" + enrolmentId + "&d=02-fremmoededag-1"),
                    "a learner cannot open the teacher's guide by its address");
            browser.clickAndAwaitNewPage(browser.driver().findElement(By.partialLinkText("Skabelon til design")));
            new AppPage(browser);
            assertEquals("Skabelon til design af et lille samskabelseseksperiment",
                    browser.driver().findElement(By.id("documentTitle")).getText());
            browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("backToCourse")));
            player = new PlayerPage(browser);

            // Every lesson read from the module list: the quizzes, tasks and final assignment are still ahead.
            long enrolment = player.enrolmentId();
            LessonPage first = player.continueLearning();
            assertTrue(first.isLesson());
            assertTrue(browser.driver().findElement(By.id("lessonMinutes")).getText()
                    .contains("Heraf 10 min.: Skriv korte svar på spørgsmålene til din egen praksis"));
            WebElement citation = browser.driver().findElement(By.cssSelector("article a[href$='#ref-torfing2019']"));
            assertEquals("Torfing m.fl. 2019", citation.getText());
            assertTrue(browser.driver().findElement(By.id("ref-torfing2019")).getText()
                    .startsWith("Torfing, J., Sørensen, E. & Røiseland, A. (2019). Transforming the Public Sector"),
                    "the lesson lists the works it cites, where its citations lead");
            for (ModuleDefinition module : course.modules()) {
                for (ModuleDefinition.Lesson lesson : module.lessons()) {
                    browser.visit("/learner/lesson.xhtml?e=" + enrolment + "&m=" + module.slug() + "&l=" + lesson.slug());
                    new LessonPage(browser).markDone();
                }
            }
            browser.visit("/learner/course.xhtml?e=" + enrolment);
            PlayerPage afterLessons = new PlayerPage(browser);
            String progress = afterLessons.progressText();
            assertTrue(progress.startsWith(lessons * 100 / (lessons + 2 * modules + 1) + " %") && progress.contains("timer tilbage"),
                    "the quizzes, tasks and the assignment's hours are still ahead: " + progress);
            assertEquals("For at gennemføre kurset mangler du " + modules + " quizzer, " + modules
                    + " refleksionsopgaver og den afsluttende opgave, bedømt til 02 eller derover.", afterLessons.remainingSummary());
            String firstModule = course.modules().get(0).title().da();
            assertTrue(afterLessons.remainingSteps().get(0).startsWith("Quiz: " + firstModule + " – ca. "),
                    afterLessons.remainingSteps().toString());
            assertTrue(afterLessons.remainingSteps().get(afterLessons.remainingSteps().size() - 1)
                    .startsWith("Afsluttende opgave: " + course.assessment().finalAssignment().title().da()));
            assertEquals("Fortsæt: Quiz – " + firstModule, afterLessons.continueLabel());

            // Continue leads through every required step: each quiz, each reflection task, then the final assignment.
            LessonPage step = afterLessons.continueLearning();
            for (ModuleDefinition module : course.modules()) {
                assertTrue(step.isQuiz() && browser.currentPath().contains("m=" + module.slug()), browser.currentPath());
                step = new QuizPage(browser).answer(module.quiz(), 0).goOn();
                assertTrue(step.isTask() && browser.currentPath().contains("t=" + module.slug()), browser.currentPath());
                step = new TaskPage(browser).write("Refleksion over " + module.title().da() + " i mit team.").handIn().goOn();
            }
            assertTrue(step.isTask() && browser.currentPath().contains("t=final"), "the way ends at the final assignment");
            Path synopsis = Files.createTempFile("synopsis", ".pdf");
            byte[] synopsisPdf = "%PDF-1.4\n% Synopsis om besøgsvenner\n".getBytes(StandardCharsets.UTF_8);
            Files.write(synopsis, synopsisPdf);
            assertEquals(List.of("12", "7", "02", "00"), texts(browser, "#taskDescriptors dt"), "the learner sees what each grade means");
            assertTrue(browser.driver().findElement(By.id("examForm")).getText().startsWith("Mundtlig prøve med en skriftlig synopsis"));
            TaskPage task = new TaskPage(browser)
                    .write("Synopsis: et samskabelsesforsøg med besøgsvenner på ældreområdet i Aarhus.")
                    .attach(synopsis).handIn();
            assertTrue(task.status().contains("venter på bedømmelse"), task.status());
            PlayerPage waiting = task.backToCourse();
            assertFalse(waiting.completed(), "not complete before the final assignment is graded");
            assertFalse(waiting.canContinue(), "nothing is left to do but wait");
            assertEquals("For at gennemføre kurset mangler du bedømmelsen af din afsluttende opgave.", waiting.remainingSummary());
            waiting.logout();

            LoginPage.open(browser).loginAs("karen@demo.samskab.dk", PASSWORD);
            browser.visit("/instructor/grading.xhtml");
            String finalTitle = course.assessment().finalAssignment().title().da();
            browser.clickAndAwaitNewPage(browser.driver().findElements(By.cssSelector("#queue tr")).stream()
                    .filter(tr -> tr.getText().contains("Mette Jensen") && tr.getText().contains(finalTitle)).findFirst().orElseThrow()
                    .findElement(By.tagName("a")));
            new AppPage(browser);
            assertTrue(browser.driver().findElement(By.id("handIn")).getText().contains("besøgsvenner på ældreområdet"));
            assertEquals(List.of("12", "7", "02", "00"), texts(browser, "#gradingDescriptors dt"), "the grader sees the grade descriptors");
            assertTrue(browser.driver().findElement(By.id("gradingDescriptors")).getText().contains("Den tilstrækkelige præstation"));
            assertTrue(browser.driver().findElement(By.id("gradingCriteria")).getText().contains("Vurderer: Færdigheder 2, Kompetencer 1"),
                    browser.driver().findElement(By.id("gradingCriteria")).getText());
            String fileLink = browser.driver().findElement(By.id("handInFile")).getAttribute("href");
            assertTrue(browser.driver().findElement(By.id("handInFile")).getText().contains(synopsis.getFileName().toString()));
            assertEquals(new String(synopsisPdf, StandardCharsets.UTF_8), new String(download(browser,
                    fileLink.substring(browser.baseUrl().length()), "application/pdf"), StandardCharsets.UTF_8),
                    "the instructor gets the learner's file, byte for byte");
            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("gradeForm:grade"))).selectByValue("7");
            browser.driver().findElement(By.id("gradeForm:feedback")).sendKeys("Klar problemformulering og god brug af begreberne.");
            browser.clickAndAwaitNewPage(browser.driver().findElement(By.id("gradeForm:save")));
            assertTrue(browser.driver().findElement(By.id("gradedNotice")).isDisplayed());
            browser.visit("/instructor/documents.xhtml?code=SAM-101");
            new AppPage(browser);
            assertTrue(browser.driver().findElement(By.id("documentList")).getText().contains("Underviservejledning: Fremmødedag 1"));
            browser.clickAndAwaitNewPage(browser.driver().findElement(By.partialLinkText("Fremmødedag 1")));
            new AppPage(browser);
            assertEquals("Fremmødedag 1: Begreber og egen praksis", browser.driver().findElement(By.id("documentTitle")).getText());
            assertTrue(browser.driver().findElement(By.tagName("article")).getText().contains("Mål for dagen"));
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

    private static List<String> texts(Browser browser, String selector) {
        return browser.driver().findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }

    private static int status(Browser browser, String path) throws Exception {
        return browser.fetch(path).statusCode();
    }

    private static byte[] download(Browser browser, String path, String contentType) throws Exception {
        HttpResponse<byte[]> response = browser.fetch(path);
        assertEquals(200, response.statusCode());
        assertEquals(contentType, response.headers().firstValue("Content-Type").orElse(""));
        return response.body();
    }
}
