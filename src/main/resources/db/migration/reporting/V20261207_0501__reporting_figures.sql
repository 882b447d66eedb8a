-- The figures of accepted reports, kept apart from the reports' JSON so that a consolidation reads
-- them instead of unpacking every report (a national form of 200 indicators from 3,355 units is
-- 671,000 figures, over 0.5 s to unpack and add up):
--   report_figure: one row per numeric cell of each accepted report, for a scope's units (a province,
--                  the predecessors of today's province) read through the primary key;
--   report_total:  the national sum of each cell over all accepted reports, with how many figures it
--                  adds, so the whole country's table is 200 rows read.
-- Only accepted reports count. Statement triggers keep both tables, so whatever accepts a report or
-- changes an accepted one (the workflow, an import, SQL in bulk) keeps them right.
CREATE TABLE reporting.report_figure (
    form_code text    NOT NULL,
    period    text    NOT NULL,
    unit_code text    NOT NULL,
    cell      text    NOT NULL,
    value     numeric NOT NULL,
    PRIMARY KEY (form_code, period, unit_code, cell)
);

CREATE TABLE reporting.report_total (
    form_code text    NOT NULL,
    period    text    NOT NULL,
    cell      text    NOT NULL,
    value     numeric NOT NULL,
    figures   integer NOT NULL,
    PRIMARY KEY (form_code, period, cell)
);

-- Adds (sign 1) or takes away (sign -1) the figures of these accepted reports.
CREATE FUNCTION reporting.count_figures(reports reporting.report[], sign integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF sign < 0 THEN
        DELETE FROM reporting.report_figure f
        USING unnest(reports) r
        WHERE f.form_code = r.form_code AND f.period = r.period AND f.unit_code = r.unit_code;
    ELSE
        INSERT INTO reporting.report_figure (form_code, period, unit_code, cell, value)
        SELECT r.form_code, r.period, r.unit_code, e.key, (e.value #>> '{}')::numeric
        FROM unnest(reports) r CROSS JOIN LATERAL jsonb_each(r.cell_values) e
        WHERE jsonb_typeof(e.value) = 'number';
    END IF;
    INSERT INTO reporting.report_total AS t (form_code, period, cell, value, figures)
    SELECT r.form_code, r.period, e.key, sign * sum((e.value #>> '{}')::numeric), sign * count(*)
    FROM unnest(reports) r CROSS JOIN LATERAL jsonb_each(r.cell_values) e
    WHERE jsonb_typeof(e.value) = 'number'
    GROUP BY r.form_code, r.period, e.key
    ON CONFLICT (form_code, period, cell)
        DO UPDATE SET value = t.value + EXCLUDED.value, figures = t.figures + EXCLUDED.figures;
    DELETE FROM reporting.report_total WHERE figures = 0;
END $$;

CREATE FUNCTION reporting.figures_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM reporting.count_figures(
        ARRAY(SELECT ROW(n.*)::reporting.report FROM new_reports n WHERE n.status = 'ACCEPTED'), 1);
    RETURN NULL;
END $$;

-- An accepted report whose status or figures change leaves with its old figures and comes back
-- with its new ones if still accepted. Drafts being typed touch neither table.
CREATE FUNCTION reporting.figures_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM reporting.count_figures(ARRAY(
        SELECT ROW(o.*)::reporting.report FROM old_reports o JOIN new_reports n ON n.id = o.id
        WHERE o.status = 'ACCEPTED' AND (n.status <> o.status OR n.cell_values <> o.cell_values)), -1);
    PERFORM reporting.count_figures(ARRAY(
        SELECT ROW(n.*)::reporting.report FROM old_reports o JOIN new_reports n ON n.id = o.id
        WHERE n.status = 'ACCEPTED' AND (n.status <> o.status OR n.cell_values <> o.cell_values)), 1);
    RETURN NULL;
END $$;

CREATE TRIGGER report_figures_inserted AFTER INSERT ON reporting.report
    REFERENCING NEW TABLE AS new_reports
    FOR EACH STATEMENT EXECUTE FUNCTION reporting.figures_inserted();
CREATE TRIGGER report_figures_updated AFTER UPDATE ON reporting.report
    REFERENCING OLD TABLE AS old_reports NEW TABLE AS new_reports
    FOR EACH STATEMENT EXECUTE FUNCTION reporting.figures_updated();

SELECT reporting.count_figures(ARRAY(SELECT r FROM reporting.report r WHERE r.status = 'ACCEPTED'), 1);
