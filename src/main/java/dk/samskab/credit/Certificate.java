package dk.samskab.credit;

import dk.samskab.enrolment.Enrolment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;

/** Proof of a completed course, checkable by anyone who has the verification code. */
@Entity
@Table(name = "certificate")
@NamedQuery(name = Certificate.BY_CODE, query = "SELECT c FROM Certificate c WHERE c.verificationCode = :code")
@NamedQuery(name = Certificate.OF_ENROLMENT, query = "SELECT c FROM Certificate c WHERE c.enrolment = :enrolment")
public class Certificate {

    public static final String BY_CODE = "Certificate.byCode";
    public static final String OF_ENROLMENT = "Certificate.ofEnrolment";

    /** No 0/O or 1/I/L: codes are read aloud and typed from paper. */
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    @Column(name = "verification_code", nullable = false)
    private String verificationCode;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected Certificate() {
    }

    Certificate(Enrolment enrolment) {
        this.enrolment = enrolment;
        this.verificationCode = newCode();
        this.issuedAt = Instant.now();
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
