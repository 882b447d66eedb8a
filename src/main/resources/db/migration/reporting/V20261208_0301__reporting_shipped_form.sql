-- The shipped form definitions (reporting/forms/*.json) an instance has loaded: per form version (code and
-- valid_from), the SHA-256 of the shipped file. At start a shipped file whose checksum differs from the one
-- recorded is loaded again when it is newer than what the instance holds (docs/reporting-forms.md), so an
-- instance that already had an older definition gets the new one; an unchanged file is skipped.
CREATE TABLE reporting.shipped_form (
    code       text        NOT NULL,
    valid_from date        NOT NULL,
    sha256     text        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    loaded_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (code, valid_from)
);
