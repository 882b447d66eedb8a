-- Where a reporting unit's reminders go: the e-mail addresses of its office or of the people in
-- charge of its reports, set by the unit's own editors or administrators (or the levels above).
CREATE TABLE reporting.unit_contact (
    unit_code  text        PRIMARY KEY,
    emails     text[]      NOT NULL,
    updated_by text        NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- The reminders sent by e-mail, so that each report gets each kind once: DUE_SOON some days before
-- its deadline, OVERDUE when the deadline has passed without a submission.
CREATE TABLE reporting.reminder_sent (
    form_code text        NOT NULL,
    period    text        NOT NULL,
    unit_code text        NOT NULL,
    kind      text        NOT NULL CHECK (kind IN ('DUE_SOON', 'OVERDUE')),
    sent_to   text        NOT NULL,
    sent_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (form_code, period, unit_code, kind)
);
