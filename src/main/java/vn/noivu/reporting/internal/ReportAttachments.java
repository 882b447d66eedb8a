package vn.noivu.reporting.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.security.CurrentUser;
import vn.noivu.platform.web.NotFoundException;
import vn.noivu.reporting.internal.SignatureVerifier.Verdict;

/**
 * The signed copy of a report (the signed PDF, or a signed scan of the paper report): attached by the
 * reporting unit, its signature verified on arrival and the result kept beside the file. Attaching
 * changes no figure, so it is allowed at any status, to whoever may edit the unit's report.
 */
@Service
public class ReportAttachments {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final Reports reports;
    private final SignatureVerifier verifier;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Texts texts;

    ReportAttachments(Reports reports, SignatureVerifier verifier, JdbcClient jdbc, AuditLog audit, Texts texts) {
        this.reports = reports;
        this.verifier = verifier;
        this.jdbc = jdbc;
        this.audit = audit;
        this.texts = texts;
    }

    /** An attached file and its verification, without its bytes. */
    public record Attachment(
            long id,
            String fileName,
            String contentType,
            long size,
            String sha256,
            String uploadedBy,
            OffsetDateTime uploadedAt,
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

    /** A file to send back: its name, type and bytes. */
    public record File(String fileName, String contentType, byte[] content) {}

    private static final String COLUMNS = """
            id, file_name, content_type, octet_length(content) AS size, sha256, uploaded_by, uploaded_at,
            verdict, signer, signer_subject, issuer, signed_at, integrity, covers_whole, trusted, signatures,
            detail""";

    /** Attaches a file to the unit's report (which must exist), verifying its signature. */
    @Transactional
    public Attachment attach(
            String form, String period, String unit, String fileName, String contentType, byte[] bytes) {
        Reports.UnitReport ur = reports.get(form, period, unit);
        if (!reports.mayEdit(ur.unit())) {
            throw new vn.noivu.platform.security.OutOfScopeException(
                    "report of " + ur.unit().code());
        }
        if (ur.report() == null) {
            throw new RefusedException(
                    HttpStatus.CONFLICT,
                    texts.get("reporting.refused.title"),
                    texts.get("reporting.attachment.noReport"),
                    List.of());
        }
        String name = fileName == null || fileName.isBlank()
                ? "bao-cao.pdf"
                : fileName.replaceAll("[\\\\/]", "_").strip();
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        checkSize(bytes.length);
        SignatureVerifier.Result r = verifier.verify(bytes);
        long id = jdbc.sql("""
                        INSERT INTO reporting.report_attachment
                            (report_id, file_name, content_type, content, sha256, uploaded_by, verdict, signer,
                             signer_subject, issuer, signed_at, integrity, covers_whole, trusted, signatures, detail)
                        VALUES (:report, :name, :type, :content, :sha, :actor, :verdict, :signer, :subject, :issuer,
                                :signedAt, :integrity, :whole, :trusted, :signatures, :detail)
                        RETURNING id""")
                .param("report", ur.report().id())
                .param("name", name)
                .param(
                        "type",
                        contentType != null && contentType.matches("[a-z]+/[a-zA-Z0-9.+-]+")
                                ? contentType
                                : "application/octet-stream")
                .param("content", bytes)
                .param("sha", sha256(bytes))
                .param("actor", CurrentUser.actor())
                .param("verdict", r.verdict().name())
                .param("signer", r.signer())
                .param("subject", r.signerSubject())
                .param("issuer", r.issuer())
                .param("signedAt", r.signedAt())
                .param("integrity", r.integrity())
                .param("whole", r.coversWhole())
                .param("trusted", r.trusted())
                .param("signatures", r.signatures())
                .param("detail", r.detail())
                .query(Long.class)
                .single();
        Attachment a = find(ur.report().id(), id);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", a.fileName());
        after.put("sha256", a.sha256());
        after.put("verdict", a.verdict().name());
        after.put("signer", a.signer());
        after.put("signedAt", a.signedAt());
        audit.record(
                "REPORT_ATTACHED",
                "reporting.report",
                ur.report().formCode() + "|" + ur.report().period() + "|"
                        + ur.unit().code(),
                null,
                after,
                r.detail());
        return a;
    }

    /** Refuses an empty file or one over {@link #MAX_BYTES}, before its bytes are read. */
    public void checkSize(long size) {
        if (size == 0 || size > MAX_BYTES) {
            String message = texts.get(
                    size == 0 ? "reporting.attachment.empty" : "reporting.attachment.tooLarge",
                    MAX_BYTES / 1024 / 1024);
            throw new RefusedException(
                    texts.get("reporting.refused.title"), message, List.of(new Problem("file", message)));
        }
    }

    /** The files attached to the unit's report, newest first (404 outside the user's scope). */
    @Transactional(readOnly = true)
    public List<Attachment> list(String form, String period, String unit) {
        Reports.UnitReport ur = reports.get(form, period, unit);
        if (ur.report() == null) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM reporting.report_attachment WHERE report_id = :r ORDER BY uploaded_at DESC, id DESC")
                .param("r", ur.report().id())
                .query(Attachment.class)
                .list();
    }

    /** One attached file's bytes (404 outside the user's scope or not this report's). */
    @Transactional(readOnly = true)
    public File file(String form, String period, String unit, long id) {
        Reports.UnitReport ur = reports.get(form, period, unit);
        if (ur.report() == null) {
            throw new NotFoundException("attachment", id);
        }
        return jdbc.sql("""
                        SELECT file_name, content_type, content FROM reporting.report_attachment
                        WHERE id = :id AND report_id = :r""")
                .param("id", id)
                .param("r", ur.report().id())
                .query((rs, n) -> new File(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional()
                .orElseThrow(() -> new NotFoundException("attachment", id));
    }

    private Attachment find(long reportId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reporting.report_attachment WHERE id = :id AND report_id = :r")
                .param("id", id)
                .param("r", reportId)
                .query(Attachment.class)
                .single();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
