-- The reporting regime (chế độ báo cáo): report forms as data (effective-dated definitions), and the
-- reports each unit sends per form and period with their workflow and every submitted version.
CREATE SCHEMA IF NOT EXISTS reporting;

-- A form definition (biểu mẫu) as issued: the code exactly as printed (0601.N/BNV-TĐKT), in force
-- during [valid_from, valid_to). The whole definition (rows, columns, rules, deadline, reporting units)
-- is kept as the documented JSON (docs/reporting-forms.md); the columns beside it are what lists filter on.
CREATE TABLE reporting.form (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code        text        NOT NULL CHECK (length(btrim(code)) > 0 AND length(code) <= 64),
    valid_from  date        NOT NULL,
    valid_to    date,
    title       text        NOT NULL,
    domain      text        NOT NULL,
    period_type text        NOT NULL CHECK (period_type IN
        ('YEAR', 'EMULATION_YEAR', 'HALF_YEAR', 'QUARTER', 'MONTH', 'TERM', 'AD_HOC')),
    definition  jsonb       NOT NULL,
    imported_by text        NOT NULL,
    imported_at timestamptz NOT NULL DEFAULT now(),
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CONSTRAINT form_no_overlap EXCLUDE USING gist (code WITH =, daterange(valid_from, valid_to) WITH &&)
);

-- One report per (form, period, unit): its current values and status. DRAFT → SUBMITTED →
-- ACCEPTED | RETURNED → RESUBMITTED → ACCEPTED | RETURNED …; ACCEPTED is locked. received_on is the
-- date a paper report reached the receiver (entered on the unit's behalf); first_submitted_on the
-- date of the first electronic submission: the earlier known one decides on time or late.
CREATE TABLE reporting.report (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    form_code          text        NOT NULL,
    period             text        NOT NULL,
    unit_code          text        NOT NULL,
    status             text        NOT NULL
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'RESUBMITTED', 'ACCEPTED')),
    cell_values        jsonb       NOT NULL DEFAULT '{}',
    received_on        date,
    first_submitted_on date,
    deadline           date        NOT NULL,
    return_reason      text,
    versions           integer     NOT NULL DEFAULT 0,
    updated_by         text        NOT NULL,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    UNIQUE (form_code, period, unit_code)
);
CREATE INDEX report_form_period_idx ON reporting.report (form_code, period, status);

-- Every submitted version, kept for ever: what was sent, by whom and when, and what the receiver
-- decided about it (accepted, or returned with a reason).
CREATE TABLE reporting.report_version (
    report_id    bigint      NOT NULL REFERENCES reporting.report (id),
    version      integer     NOT NULL,
    cell_values  jsonb       NOT NULL,
    received_on  date,
    submitted_by text        NOT NULL,
    submitted_at timestamptz NOT NULL DEFAULT now(),
    outcome      text CHECK (outcome IN ('ACCEPTED', 'RETURNED')),
    reason       text,
    decided_by   text,
    decided_at   timestamptz,
    PRIMARY KEY (report_id, version)
);
