package dk.samskab.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.TestAccounts;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every text field of the forms people fill in, sent with 5,000 characters, as a tester or a
 * careless paste would: each answer is the form again with a message, never an error page.
 */
class LongInputsIT {

    private static final String LONG = "x".repeat(5000);
    private static final String LONG_EMAIL = "x".repeat(4990) + "@example.dk";

    @Test
    void everyFormAnswersOverlongTextWithTheFormAndAMessage() throws Exception {
        askForASeat(TestAccounts.create("Venter Godkendelse", "LEARNER"), "EVA-202");
        Map<HttpUser, List<String>> pages = new LinkedHashMap<>();
        pages.put(new HttpUser("10.88.0.1"), List.of("/join.xhtml?invite=" + anInvitation(), "/reset.xhtml", "/login.xhtml"));
        pages.put(HttpUser.signedIn(TestAccounts.create("Lang Tekst", "LEARNER"), TestAccounts.PASSWORD),
                List.of("/course.xhtml?code=LED-201", "/learner/index.xhtml"));
        pages.put(HttpUser.signedIn("jens@demo.samskab.dk", TestAccounts.PASSWORD),
                List.of("/manager/approvals.xhtml", "/manager/reminders.xhtml"));
        pages.put(HttpUser.signedIn("karen@demo.samskab.dk", TestAccounts.PASSWORD),
                List.of("/instructor/courses.xhtml", "/instructor/cohorts.xhtml?code=FRI-001", "/instructor/approvals.xhtml"));
        pages.put(HttpUser.signedIn("admin@demo.samskab.dk", TestAccounts.PASSWORD),
                List.of("/admin/erase.xhtml", "/admin/scopes.xhtml", "/admin/instructors.xhtml"));

        List<String> wrong = new ArrayList<>();
        int posted = 0;
        for (Map.Entry<HttpUser, List<String>> user : pages.entrySet()) {
            for (String page : user.getValue()) {
                HttpResponse<String> opened = user.getKey().get(page);
                assertEquals(200, opened.statusCode(), page);
                Document document = Jsoup.parse(opened.body());
                for (Element form : document.select("form[method=post]")) {
                    if (form.select("input[type=text], input[type=email], input:not([type]), textarea").isEmpty()
                            || form.id().equals("languageForm") || form.id().equals("logoutForm")) {
                        continue;
                    }
                    HttpResponse<String> answer = post(user.getKey(), page, form);
                    posted++;
                    System.out.println("Long inputs: " + page + " " + form.id() + " -> " + answer.statusCode());
                    if (answer.statusCode() >= 500 || answer.body().contains("id=\"errorHeading\"")) {
                        wrong.add(page + " form " + form.id() + " -> " + answer.statusCode() + " "
                                + Jsoup.parse(answer.body()).select("#errorHeading").text());
                    }
                }
            }
        }
        System.out.printf("Long inputs: %d forms posted with 5,000-character texts%n", posted);
        assertTrue(posted >= 10, "the forms were found and posted: " + posted);
        assertEquals(List.of(), wrong, "forms that answered overlong text with an error page");
    }

    /** Asks for a seat in a cohort that needs approval, so that the approvers' pages have a reason field. */
    private static void askForASeat(String email, String course) throws Exception {
        HttpUser learner = HttpUser.signedIn(email, TestAccounts.PASSWORD);
        Element form = Jsoup.parse(learner.get("/course.xhtml?code=" + course).body()).getElementById("enrolForm");
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(hidden -> fields.put(hidden.attr("name"), hidden.attr("value")));
        Element join = form.select("input[type=submit]").last();
        fields.put(join.attr("name"), join.attr("value"));
        learner.post(form.attr("action"), fields);
        try (Connection c = TestAccounts.connect()) {
            assertEquals(1, TestAccounts.single(c, "SELECT COUNT(*) FROM enrolment e JOIN person p ON p.id = e.person_id"
                    + " WHERE p.email = ? AND e.status = 'PENDING'", email), "the request waits for approval");
        }
    }

    private static HttpResponse<String> post(HttpUser user, String page, Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type").toLowerCase();
            String name = input.attr("name");
            switch (input.tagName()) {
                case "textarea" -> fields.put(name, LONG);
                case "select" -> fields.put(name, input.select("option").stream().map(o -> o.attr("value"))
                        .filter(v -> !v.isEmpty()).findFirst().orElse(""));
                default -> {
                    if (type.equals("email")) {
                        fields.put(name, LONG_EMAIL);
                    } else if (type.isEmpty() || type.equals("text") || type.equals("search") || type.equals("password")) {
                        fields.put(name, LONG);
                    } else if (type.equals("hidden")) {
                        fields.put(name, input.attr("value"));
                    }
                }
            }
        }
        Element submit = submitAfterFirstTextField(form);
        if (submit != null) {
            fields.put(submit.attr("name"), submit.attr("value").isEmpty() ? "x" : submit.attr("value"));
        }
        String action = form.attr("action").isEmpty() ? page : form.attr("action");
        return form.attr("enctype").startsWith("multipart/") ? user.postMultipart(action, fields) : user.post(action, fields);
    }

    /**
     * The button that sends the text: the first one after the first text field, not a button of
     * a list above it (such as "remove" on a row), which would act on something else.
     */
    private static Element submitAfterFirstTextField(Element form) {
        boolean seenText = false;
        for (Element element : form.getAllElements()) {
            boolean text = element.is("textarea") || element.is("input") && List.of("", "text", "email", "search", "password")
                    .contains(element.attr("type").toLowerCase());
            seenText |= text;
            if (seenText && element.hasAttr("name") && (element.is("input[type=submit]") || element.is("button[type=submit]")
                    || element.is("button") && !element.hasAttr("type"))) {
                return element;
            }
        }
        return null;
    }

    private static String anInvitation() throws Exception {
        try (Connection c = TestAccounts.connect(); ResultSet rows = c.createStatement()
                .executeQuery("SELECT invite_token FROM cohort WHERE invite_token IS NOT NULL AND ends_on >= CURRENT_DATE LIMIT 1")) {
            assertTrue(rows.next(), "the demo data has an open invitation");
            return rows.getString(1);
        }
    }
}
