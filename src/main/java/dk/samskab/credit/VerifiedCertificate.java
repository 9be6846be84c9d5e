package dk.samskab.credit;

import dk.samskab.platform.Text;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a certificate proves, and nothing more: who, which course, when, ECTS and provider. */
public record VerifiedCertificate(String code, String learnerName, String courseCode, Text courseTitle,
        LocalDate completedOn, BigDecimal ects, String providerName) {
}
