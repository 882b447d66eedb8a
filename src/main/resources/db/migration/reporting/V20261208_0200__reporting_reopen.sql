-- Reopening an accepted report (issue 16: "a report once accepted is locked; reopening only by the
-- receiving level, audited; every submitted version kept"). The accepted version stays in the history
-- with its outcome, and says who reopened it, when and why; the report goes back to RETURNED (the
-- unit corrects and resubmits, the receiver decides again). Leaving ACCEPTED takes its figures out of
-- report_figure and report_total (the statement triggers of V20261207_0501), so a consolidation no
-- longer counts it until it is accepted again.
ALTER TABLE reporting.report_version ADD COLUMN reopened_by text;
ALTER TABLE reporting.report_version ADD COLUMN reopened_at timestamptz;
ALTER TABLE reporting.report_version ADD COLUMN reopen_reason text;
ALTER TABLE reporting.report_version ADD CONSTRAINT report_version_reopened_accepted
    CHECK (reopened_by IS NULL OR (outcome = 'ACCEPTED' AND reopened_at IS NOT NULL AND reopen_reason IS NOT NULL));
