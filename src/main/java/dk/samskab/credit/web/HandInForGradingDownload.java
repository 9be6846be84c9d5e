package dk.samskab.credit.web;

import dk.samskab.access.CallerOfRequest;
import dk.samskab.credit.GradingService;
import dk.samskab.learning.web.HandInResponse;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A hand-in's file for an instructor assigned to its course (under /instructor: instructors only). */
@WebServlet("/instructor/hand-in")
public class HandInForGradingDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GradingService grading;

    @Inject
    transient CallerOfRequest caller;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HandInResponse.send(HandInResponse.submissionId(request.getParameter("s"))
                .flatMap(id -> grading.file(caller.caller(), id)), response);
    }
}
