package dk.samskab.credit.web;

import dk.samskab.credit.GradingService;
import dk.samskab.credit.TranscriptPdf;
import dk.samskab.organisation.PeopleService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The signed-in learner's Transcript of Records as a PDF (under /learner: learners only). */
@WebServlet("/learner/transcript")
public class TranscriptDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GradingService grading;

    @Inject
    transient PeopleService people;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String email = request.getUserPrincipal().getName();
        String name = people.findByEmail(email).map(p -> p.getFullName()).orElse(email);
        byte[] pdf = TranscriptPdf.render(name, grading.transcript(email));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"karakterudskrift.pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
