package dk.samskab.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.samskab.testsupport.HttpUser;
import dk.samskab.testsupport.TestAccounts;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A learner replaces a hand-in from two devices at once: the first save is kept, the second is
 * told that someone saved in the meantime (409), not that the database is down.
 */
class EditConflictIT {

    @Test
    void theSecondOfTwoSavesFromTheSameStateIsAConflictAndTheFirstIsKept() throws Exception {
        String email = TestAccounts.create("Konflikt Deltager", "LEARNER");
        long enrolment = TestAccounts.enrol(email, "FRI-001");
        HttpUser phone = HttpUser.signedIn(email, TestAccounts.PASSWORD);
        HttpUser laptop = HttpUser.signedIn(email, TestAccounts.PASSWORD);
        Matcher link = Pattern.compile("/learner/task\\.xhtml\\?[^\"]+")
                .matcher(phone.get("/learner/course.xhtml?e=" + enrolment).body().replace("&amp;", "&"));
        assertTrue(link.find(), "the course has a task to hand in");
        String task = link.group() + "&replace=true";
        assertEquals(302, handIn(phone, phone.get(task).body(), "Første udkast.").statusCode());

        String phonePage = phone.get(task).body();
        String laptopPage = laptop.get(task).body();
        assertEquals(302, handIn(phone, phonePage, "Skrevet på telefonen.").statusCode());
        HttpResponse<String> second = handIn(laptop, laptopPage, "Skrevet på computeren.");

        assertEquals(409, second.statusCode(), second.body());
        Document conflict = Jsoup.parse(second.body());
        assertEquals("En anden har gemt dette imens.", conflict.getElementById("errorHeading").text());
        assertEquals("Indlæs siden igen for at se deres ændringer, og lav dine igen.", conflict.getElementById("conflictText").text());
        assertFalse(conflict.text().contains("Exception"), "no stack trace");
        // The raw page names exception types anyway: PrimeFaces lists web.xml's error pages in its settings.
        assertFalse(second.body().contains("at dk.samskab."), "no stack frames in the page");
        Element reload = conflict.getElementById("reload");
        assertNotNull(reload, "a link back to the page");
        String reloaded = laptop.get(reload.attr("href")).body();
        assertTrue(reloaded.contains("Skrevet på telefonen."), "the link opens the page with the saved hand-in");
        try (Connection c = TestAccounts.connect()) {
            assertEquals(1, TestAccounts.single(c, "SELECT COUNT(*) FROM submission WHERE enrolment_id = ? AND text_body = ?",
                    enrolment, "Skrevet på telefonen."), "the first save is kept");
        }
    }

    /** Submits the page's hand-in form with the given text, as the page was when it was loaded. */
    private static HttpResponse<String> handIn(HttpUser user, String page, String text) {
        Element form = Jsoup.parse(page).getElementById("handInForm");
        assertNotNull(form, "the page has a hand-in form");
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(hidden -> fields.put(hidden.attr("name"), hidden.attr("value")));
        fields.put("handInForm:text", text);
        fields.put("handInForm:submit", "x");
        return user.postMultipart(form.attr("action"), fields);
    }
}
