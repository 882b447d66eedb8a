-- The signed PDF (or signed scan) attached to a report, and what its signature came to when it was
-- attached: integrity, whether the signature covers the whole file, the signer (the certificate's CN),
-- the signing time and the chain to a configured root. Kept as verified then, so a later change of the
-- trusted roots does not rewrite history; a file is never changed after it is attached.
CREATE TABLE reporting.report_attachment (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id      bigint      NOT NULL REFERENCES reporting.report (id),
    file_name      text        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    content_type   text        NOT NULL,
    content        bytea       NOT NULL,
    sha256         text        NOT NULL,
    uploaded_by    text        NOT NULL,
    uploaded_at    timestamptz NOT NULL DEFAULT now(),
    verdict        text        NOT NULL CHECK (verdict IN
        ('VALID', 'TAMPERED', 'CHANGED_AFTER_SIGNING', 'UNTRUSTED', 'UNSIGNED', 'UNREADABLE')),
    signer         text,
    signer_subject text,
    issuer         text,
    signed_at      timestamptz,
    integrity      boolean,
    covers_whole   boolean,
    trusted        boolean,
    signatures     integer     NOT NULL DEFAULT 0,
    detail         text
);
CREATE INDEX report_attachment_report_idx ON reporting.report_attachment (report_id);
