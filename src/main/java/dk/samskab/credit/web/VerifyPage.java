package dk.samskab.credit.web;

import dk.samskab.credit.CertificateService;
import dk.samskab.credit.VerifiedCertificate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The public check of a certificate code. */
@Named
@RequestScoped
public class VerifyPage {

    @Inject
    CertificateService certificates;

    private String code;
    private VerifiedCertificate certificate;

    public void load() {
        certificate = certificates.verify(code).orElse(null);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public VerifiedCertificate getCertificate() {
        return certificate;
    }
}
