package vn.noivu.reporting;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfSignature;
import com.lowagie.text.pdf.PdfSignatureAppearance;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A certification authority and its signers made in a test with Bouncy Castle, and PDFs signed the
 * way a signing tool does it (a detached CMS signature over the file's byte ranges, SHA-256 with RSA).
 */
final class TestSigning {

    /** A key and its certificate chain (signer first). */
    record Signer(KeyPair keys, X509Certificate certificate, X509Certificate issuer) {}

    /** A root CA: self-signed, allowed to sign certificates. */
    record Ca(KeyPair keys, X509Certificate certificate) {

        static Ca create(String name) throws Exception {
            KeyPair keys = rsa();
            X500Name subject = new X500Name("CN=" + name + ", O=NoiVu test, C=VN");
            var builder = new JcaX509v3CertificateBuilder(
                    subject, serial(), daysFromNow(-365), daysFromNow(3650), subject, keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            return new Ca(keys, signed(builder, keys));
        }

        Signer issue(String commonName) throws Exception {
            KeyPair signerKeys = rsa();
            var builder = new JcaX509v3CertificateBuilder(
                    certificate,
                    serial(),
                    daysFromNow(-30),
                    daysFromNow(365),
                    new X500Name("CN=" + commonName + ", O=UBND TP Ho Chi Minh, C=VN"),
                    signerKeys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(
                    Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return new Signer(signerKeys, signed(builder, keys), certificate);
        }

        String pem() throws Exception {
            StringWriter out = new StringWriter();
            try (JcaPEMWriter w = new JcaPEMWriter(out)) {
                w.writeObject(certificate);
            }
            return out.toString();
        }
    }

    private TestSigning() {}

    /** A one-page PDF whose document title is {@code title} (ASCII, kept as is in the file's bytes). */
    static byte[] pdf(String title, String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter.getInstance(doc, out);
        doc.addTitle(title);
        doc.open();
        doc.add(new Paragraph(text));
        doc.close();
        return out.toByteArray();
    }

    /** The PDF signed by {@code signer} at {@code when}, as a USB-token signing tool does (adbe.pkcs7.detached). */
    static byte[] sign(byte[] pdf, Signer signer, Calendar when) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfStamper stamper = PdfStamper.createSignature(reader, out, '\0');
        PdfSignatureAppearance appearance = stamper.getSignatureAppearance();
        appearance.setSignDate(when);
        PdfSignature dictionary = new PdfSignature(PdfName.ADOBE_PPKLITE, new PdfName("adbe.pkcs7.detached"));
        dictionary.setDate(new PdfDate(when));
        dictionary.setReason("Ký số báo cáo");
        appearance.setCryptoDictionary(dictionary);
        int room = 16384;
        Map<PdfName, Integer> exclusions = new HashMap<>();
        exclusions.put(PdfName.CONTENTS, room * 2 + 2);
        appearance.preClose(exclusions);
        byte[] signedBytes = appearance.getRangeStream().readAllBytes();

        CMSSignedDataGenerator cms = new CMSSignedDataGenerator();
        cms.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .build(
                        new JcaContentSignerBuilder("SHA256withRSA")
                                .build(signer.keys().getPrivate()),
                        signer.certificate()));
        cms.addCertificates(new JcaCertStore(List.of(signer.certificate(), signer.issuer())));
        byte[] signature =
                cms.generate(new CMSProcessableByteArray(signedBytes), false).getEncoded();
        PdfDictionary contents = new PdfDictionary();
        contents.put(PdfName.CONTENTS, new PdfString(Arrays.copyOf(signature, room)).setHexWriting(true));
        appearance.close(contents);
        return out.toByteArray();
    }

    /** The file with the first occurrence of {@code from} replaced by {@code to} (same length). */
    static byte[] replaced(byte[] file, String from, String to) {
        byte[] a = from.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] b = to.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i + a.length <= file.length; i++) {
            for (int k = 0; k < a.length; k++) {
                if (file[i + k] != a[k]) {
                    continue outer;
                }
            }
            byte[] copy = file.clone();
            System.arraycopy(b, 0, copy, i, b.length);
            return copy;
        }
        throw new IllegalArgumentException(from + " not in the file");
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(System.nanoTime());
    }

    private static Date daysFromNow(int days) {
        return new Date(System.currentTimeMillis() + days * 86_400_000L);
    }

    private static X509Certificate signed(JcaX509v3CertificateBuilder builder, KeyPair issuerKeys) throws Exception {
        return new JcaX509CertificateConverter()
                .getCertificate(
                        builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
    }
}
