package vn.noivu.reporting.internal;

import com.lowagie.text.pdf.AcroFields;
import com.lowagie.text.pdf.PdfPKCS7;
import com.lowagie.text.pdf.PdfReader;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Verifies the digital signature of a signed PDF (a report signed with the unit's USB token, or a
 * signed scan): integrity (the signed bytes hash to what the signature says), that the signature
 * covers the whole file (nothing appended after signing), the signer's name (the certificate's CN),
 * the signing time, and the certificate chain to a configured root. The verdict is the worst found
 * over the file's signatures.
 */
@Component
public class SignatureVerifier {

    /** What a file's signatures come to, worst first in the order of the enum's checks. */
    public enum Verdict {
        VALID,
        TAMPERED,
        CHANGED_AFTER_SIGNING,
        UNTRUSTED,
        UNSIGNED,
        UNREADABLE
    }

    /**
     * The result kept with the file. {@code integrity}, {@code coversWhole}, {@code trusted} are
     * null when not checked (no signature); {@code detail} says why a check failed, in English for the
     * log and the API (the page shows the verdict's label).
     */
    public record Result(
            Verdict verdict,
            String signer,
            String signerSubject,
            String issuer,
            OffsetDateTime signedAt,
            Boolean integrity,
            Boolean coversWhole,
            Boolean trusted,
            int signatures,
            String detail) {}

    private final SignatureRoots roots;

    SignatureVerifier(SignatureRoots roots) {
        this.roots = roots;
    }

    public Result verify(byte[] file) {
        if (file.length < 5 || !new String(file, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return new Result(Verdict.UNSIGNED, null, null, null, null, null, null, null, 0, "not a PDF file");
        }
        PdfReader reader;
        try {
            reader = new PdfReader(file);
        } catch (Exception | StackOverflowError e) {
            return new Result(Verdict.UNREADABLE, null, null, null, null, null, null, null, 0, "unreadable PDF");
        }
        try {
            AcroFields fields = reader.getAcroFields();
            List<String> names = fields.getSignedFieldNames();
            if (names.isEmpty()) {
                return new Result(Verdict.UNSIGNED, null, null, null, null, null, null, null, 0, "no signature");
            }
            Set<TrustAnchor> anchors = roots.anchors();
            Result worst = null;
            for (String name : names) {
                Result r = one(fields, name, anchors, names.size());
                if (worst == null || r.verdict().ordinal() > worst.verdict().ordinal()) {
                    worst = r;
                }
            }
            return worst;
        } finally {
            reader.close();
        }
    }

    private Result one(AcroFields fields, String name, Set<TrustAnchor> anchors, int count) {
        PdfPKCS7 pk;
        boolean intact;
        try {
            pk = fields.verifySignature(name);
            intact = pk.verify();
        } catch (Exception e) {
            // A signature whose bytes cannot be parsed or checked is no proof of anything.
            return new Result(
                    Verdict.TAMPERED, null, null, null, null, false, null, null, count, "signature unreadable: " + e);
        }
        boolean whole = fields.signatureCoversWholeDocument(name);
        X509Certificate cert = pk.getSigningCertificate();
        String cn = cert == null ? null : commonName(cert);
        Calendar when = pk.getTimeStampDate() != null ? pk.getTimeStampDate() : pk.getSignDate();
        OffsetDateTime signedAt = when == null ? null : when.toInstant().atOffset(ZoneOffset.ofHours(7));
        String chainProblem = chainProblem(pk.getSignCertificateChain(), anchors, when);
        Verdict verdict;
        String detail;
        if (!intact) {
            verdict = Verdict.TAMPERED;
            detail = "the signed bytes were altered: their digest does not match the signature";
        } else if (!whole) {
            verdict = Verdict.CHANGED_AFTER_SIGNING;
            detail = "the file was changed after signing: the signature does not cover the whole document";
        } else if (chainProblem != null) {
            verdict = Verdict.UNTRUSTED;
            detail = chainProblem;
        } else {
            verdict = Verdict.VALID;
            detail = null;
        }
        return new Result(
                verdict,
                cn,
                cert == null ? null : cert.getSubjectX500Principal().getName(),
                cert == null ? null : cert.getIssuerX500Principal().getName(),
                signedAt,
                intact,
                whole,
                chainProblem == null,
                count,
                detail);
    }

    /** The certificate's CN (the signer's name as the CA wrote it, Vietnamese letters kept). */
    private static String commonName(X509Certificate cert) {
        try {
            var name = new javax.naming.ldap.LdapName(
                    cert.getSubjectX500Principal().getName());
            for (int i = name.size() - 1; i >= 0; i--) {
                var rdn = name.getRdn(i);
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (javax.naming.InvalidNameException e) {
            // fall through: no readable CN
        }
        return cert.getSubjectX500Principal().getName();
    }

    /** Null when the chain reaches a configured root (valid on the signing day); else why not. */
    private static String chainProblem(
            java.security.cert.Certificate[] chain, Set<TrustAnchor> anchors, Calendar when) {
        if (anchors.isEmpty()) {
            return "no trusted root is configured (noivu.reporting.signature-roots)";
        }
        if (chain == null || chain.length == 0) {
            return "the signature carries no certificate";
        }
        List<X509Certificate> path = new ArrayList<>();
        for (var c : chain) {
            X509Certificate x = (X509Certificate) c;
            boolean isAnchor = anchors.stream().anyMatch(a -> a.getTrustedCert().equals(x));
            if (!isAnchor) {
                path.add(x);
            }
        }
        if (path.isEmpty()) {
            return "signed with a root certificate itself";
        }
        try {
            PKIXParameters params = new PKIXParameters(anchors);
            // Revocation lists and OCSP are on the CA's servers, out of reach here; the chain and the
            // validity on the signing day are what is checked.
            params.setRevocationEnabled(false);
            params.setDate(when == null ? new Date() : when.getTime());
            CertPathValidator.getInstance("PKIX")
                    .validate(CertificateFactory.getInstance("X.509").generateCertPath(path), params);
            return null;
        } catch (java.security.cert.CertPathValidatorException e) {
            return "the certificate does not chain to a trusted root: " + e.getMessage();
        } catch (java.security.GeneralSecurityException e) {
            return "the certificate chain could not be checked: " + e.getMessage();
        }
    }
}
