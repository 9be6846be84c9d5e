package dk.samskab.credit;

import dk.samskab.enrolment.Enrolment;
import dk.samskab.enrolment.LoggedFact;

/** ECTS credits awarded for a passed final assignment. */
public record CreditAwarded(Enrolment enrolment, CreditAward award) implements LoggedFact {

    @Override
    public String type() {
        return "CREDIT_AWARDED";
    }

    /** "5 ECTS, 7 (C)" on the 7-point scale, "2 ECTS, PASSED" on pass/fail. */
    @Override
    public String detail() {
        return award.getEcts().toPlainString() + " ECTS, "
                + (award.isPassFail() ? Assessed.PASSED : award.getGrade() + " (" + award.getEctsLetter() + ")");
    }
}
