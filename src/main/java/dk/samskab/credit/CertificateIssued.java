package dk.samskab.credit;

import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.LoggedFact;

/** A certificate issued for a completed course; the log keeps its verification code. */
public record CertificateIssued(Enrolment enrolment, String verificationCode) implements LoggedFact {

    @Override
    public String type() {
        return "CERTIFICATE_ISSUED";
    }

    @Override
    public String detail() {
        return verificationCode;
    }
}
