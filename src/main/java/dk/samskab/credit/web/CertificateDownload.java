package dk.samskab.credit.web;

import dk.samskab.credit.CertificatePdf;
import dk.samskab.credit.CertificateService;
import dk.samskab.credit.VerifiedCertificate;
import dk.samskab.enrolment.EnrolmentException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** The signed-in learner's certificate PDF for one of their completed enrolments (under /learner: learners only). */
@WebServlet("/learner/certificate")
public class CertificateDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient dk.samskab.platform.PublicAddress publicAddress;

    @Inject
    transient CertificateService certificates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<VerifiedCertificate> certificate;
        try {
            certificate = certificates.certificate(request.getUserPrincipal().getName(),
                    Long.parseLong(request.getParameter("e")));
        } catch (NumberFormatException | EnrolmentException e) {
            certificate = Optional.empty();
        }
        if (certificate.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String verifyUrl = publicAddress.of("/verify/" + certificate.get().code());
        byte[] pdf = CertificatePdf.render(certificate.get(), verifyUrl);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"kursusbevis-" + certificate.get().courseCode() + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
