package dk.samskab.credit;

import dk.samskab.platform.Dates;
import dk.samskab.enrolment.Enrolment;
import dk.samskab.organisation.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * ECTS credits awarded by an education provider for a passed assessment: with its 7-point grade
 * and ECTS letter, or without either for a course assessed pass/fail.
 */
@Entity
@Table(name = "credit_award")
@NamedQuery(name = CreditAward.OF_PERSON, query = "SELECT a FROM CreditAward a JOIN FETCH a.enrolment e"
        + " WHERE e.person.email = :email ORDER BY a.awardedOn")
public class CreditAward {

    public static final String OF_PERSON = "CreditAward.ofPerson";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    @ManyToOne(optional = false)
    @JoinColumn(name = "provider_id")
    private Organisation provider;

    @Column(nullable = false)
    private BigDecimal ects;

    private String grade;

    @Column(name = "ects_letter")
    private String ectsLetter;

    @Column(name = "awarded_on", nullable = false)
    private LocalDate awardedOn;

    protected CreditAward() {
    }

    /** @param grade the passing 7-point grade, or null for a pass on a pass/fail assessment */
    CreditAward(Enrolment enrolment, Organisation provider, BigDecimal ects, Grade grade) {
        if (grade != null && !grade.passed()) {
            throw new IllegalArgumentException("ECTS credits are awarded only for a passed assessment, not " + grade.value());
        }
        this.enrolment = enrolment;
        this.provider = provider;
        this.ects = ects;
        this.grade = grade == null ? null : grade.value();
        this.ectsLetter = grade == null ? null : grade.ectsLetter();
        this.awardedOn = LocalDate.now(Dates.DENMARK);
    }

    public boolean isPassFail() {
        return grade == null;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public Organisation getProvider() {
        return provider;
    }

    public BigDecimal getEcts() {
        return ects;
    }

    public String getGrade() {
        return grade;
    }

    public String getEctsLetter() {
        return ectsLetter;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }
}
