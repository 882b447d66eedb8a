-- Pre-filled figures and their overrides. prefill: cell → {"value", "source", "asOf"} as NoiVu computed
-- them when the draft was created or the figures refreshed; overrides: cell → the reason the unit gave
-- for entering another figure (a cell whose value differs from its pre-filled one has a reason here).
-- Each submitted version keeps both, so the receiver sees what was computed and what was changed.
ALTER TABLE reporting.report ADD COLUMN prefill jsonb NOT NULL DEFAULT '{}';
ALTER TABLE reporting.report ADD COLUMN overrides jsonb NOT NULL DEFAULT '{}';
ALTER TABLE reporting.report_version ADD COLUMN prefill jsonb NOT NULL DEFAULT '{}';
ALTER TABLE reporting.report_version ADD COLUMN overrides jsonb NOT NULL DEFAULT '{}';
