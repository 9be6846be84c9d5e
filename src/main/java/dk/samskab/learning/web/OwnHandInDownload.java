package dk.samskab.learning.web;

import dk.samskab.learning.LearningService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The signed-in learner's own handed-in file (under /learner: learners only). */
@WebServlet("/learner/hand-in")
public class OwnHandInDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LearningService learning;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String email = request.getUserPrincipal().getName();
        HandInResponse.send(HandInResponse.submissionId(request.getParameter("s")).flatMap(id -> learning.file(email, id)),
                response);
    }
}
