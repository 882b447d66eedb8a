package vn.noivu.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The root certificates a signed report must chain to: in production the government CA's root
 * (Root CA of the Government Certification Authority), in tests a CA the test makes. Read from a PEM
 * file named by {@code noivu.reporting.signature-roots} (NOIVU_SIGNATURE_ROOTS) at each verification,
 * so a renewed root takes effect without a restart. None configured: no signature is trusted.
 */
@Component
public class SignatureRoots {

    private final String location;

    SignatureRoots(@Value("${noivu.reporting.signature-roots:}") String location) {
        this.location = location;
    }

    /** The configured roots; empty when none is configured or the file cannot be read. */
    public Set<TrustAnchor> anchors() {
        Set<TrustAnchor> out = new HashSet<>();
        if (location == null || location.isBlank()) {
            return out;
        }
        Path file = Path.of(location.strip());
        if (!Files.isReadable(file)) {
            return out;
        }
        try (InputStream in = Files.newInputStream(file)) {
            for (var c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                out.add(new TrustAnchor((X509Certificate) c, null));
            }
        } catch (IOException | CertificateException e) {
            // A broken file trusts nothing; the verification says no root is configured.
            out.clear();
        }
        return out;
    }
}
