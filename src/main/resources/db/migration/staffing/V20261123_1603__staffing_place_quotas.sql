-- Quotas by place (docs/staffing-speed.md): a copy of every quota keyed by the scope path of its unit,
-- so that a scope's quotas are one range of one index instead of one look-up per unit (as DHIS2's
-- analytics tables are keyed by organisation-unit path). staffing.quota stays the record; the
-- tables here are derived from it and from the organisation's published paths:
--
-- * staffing.unit_place: the path each unit had when staffing last placed it (NULL: the unit was not
--   in organization.api_unit then). Every unit holding a quota has a row.
-- * staffing.placed_quota: the quotas of every unit whose place has a path, under that path.
-- * staffing.placed_total: their sums per node of the second level of the tree (a province's
--   departments and districts, a ministry's departments), so that a province's figures and its parts
--   read a few hundred sums instead of tens of thousands of quotas.
--
-- Triggers keep them equal to staffing.quota in the same transaction as every write (imports, the demo
-- loader, bulk SQL). Paths change in the organisation module (restructurings, unit imports, the nightly
-- re-placement); staffing re-places moved units afterwards (PlaceSync). Until then readers do not trust
-- the copy blindly: a scope's units whose path differs from their place are read from staffing.quota
-- by code (ReductionEngine), so figures are exact at any moment.

-- The node of the second level of the tree a path lies under ('/A/B/' for '/A/B/…'), NULL above it.
CREATE FUNCTION staffing.second_level(path text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN split_part(path, '/', 3) <> ''
                THEN '/' || split_part(path, '/', 2) || '/' || split_part(path, '/', 3) || '/' END
$$;

CREATE TABLE staffing.unit_place (
    org_code text PRIMARY KEY,
    path     text COLLATE "C",
    level2   text COLLATE "C" GENERATED ALWAYS AS (staffing.second_level(path)) STORED
);
CREATE INDEX unit_place_path_idx ON staffing.unit_place (path) INCLUDE (org_code);

-- A path names one unit (it ends with the unit's code), so (year, category, path) is a quota's key here.
-- Paths compare bytewise (COLLATE "C"): a scope is the range [path, path with its last '/' as '0').
CREATE TABLE staffing.placed_quota (
    year        smallint NOT NULL,
    category    text     NOT NULL,
    path        text COLLATE "C" NOT NULL,
    assigned    integer  NOT NULL,
    decision_id bigint   NOT NULL,
    PRIMARY KEY (year, category, path) INCLUDE (assigned, decision_id)
);

-- Sums of placed_quota per year, category and second-level node (its whole subtree). quotas = how many
-- quota rows the sum holds; a row whose count fell to 0 is read as absent.
CREATE TABLE staffing.placed_total (
    year     smallint NOT NULL,
    category text     NOT NULL,
    path     text COLLATE "C" NOT NULL,
    quotas   integer  NOT NULL,
    assigned bigint   NOT NULL,
    PRIMARY KEY (year, category, path) INCLUDE (quotas, assigned)
);

INSERT INTO staffing.unit_place (org_code, path)
SELECT code, path FROM organization.api_unit;
INSERT INTO staffing.unit_place (org_code, path)
SELECT DISTINCT org_code, NULL FROM staffing.quota
ON CONFLICT (org_code) DO NOTHING;
INSERT INTO staffing.placed_quota (year, category, path, assigned, decision_id)
SELECT q.year, q.category, p.path, q.assigned, q.decision_id
FROM staffing.quota q JOIN staffing.unit_place p ON p.org_code = q.org_code
WHERE p.path IS NOT NULL
ORDER BY 1, 2, 3;
INSERT INTO staffing.placed_total (year, category, path, quotas, assigned)
SELECT q.year, q.category, p.level2, count(*), sum(q.assigned)
FROM staffing.quota q JOIN staffing.unit_place p ON p.org_code = q.org_code
WHERE p.level2 IS NOT NULL
GROUP BY 1, 2, 3
ORDER BY 1, 2, 3;

-- Statement triggers with transition tables, like the year totals: a few set-based statements per write
-- statement, however many rows it touches. An update is applied as delete + insert (clearly right even
-- if a key changes). A unit seen for the first time is placed where the organisation has it now. Rows
-- and sums go under the unit's place (unit_place), which only these triggers and the re-placement
-- change; the re-placement keeps quota writes waiting while it runs.
CREATE FUNCTION staffing.placed_quota_apply() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO staffing.placed_total AS t (year, category, path, quotas, assigned)
        SELECT o.year, o.category, p.level2, -count(*), -sum(o.assigned)
        FROM old_rows o JOIN staffing.unit_place p ON p.org_code = o.org_code
        WHERE p.level2 IS NOT NULL
        GROUP BY 1, 2, 3
        ON CONFLICT (year, category, path) DO UPDATE
            SET quotas = t.quotas + excluded.quotas, assigned = t.assigned + excluded.assigned;
        DELETE FROM staffing.placed_quota f
        USING old_rows o JOIN staffing.unit_place p ON p.org_code = o.org_code
        WHERE f.year = o.year AND f.category = o.category AND f.path = p.path;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO staffing.unit_place (org_code, path)
        SELECT n.org_code, u.path
        FROM (SELECT DISTINCT org_code FROM new_rows) n
        LEFT JOIN organization.api_unit u ON u.code = n.org_code
        WHERE NOT EXISTS (SELECT 1 FROM staffing.unit_place p WHERE p.org_code = n.org_code)
        ON CONFLICT (org_code) DO NOTHING;
        INSERT INTO staffing.placed_quota (year, category, path, assigned, decision_id)
        SELECT n.year, n.category, p.path, n.assigned, n.decision_id
        FROM new_rows n JOIN staffing.unit_place p ON p.org_code = n.org_code
        WHERE p.path IS NOT NULL;
        INSERT INTO staffing.placed_total AS t (year, category, path, quotas, assigned)
        SELECT n.year, n.category, p.level2, count(*), sum(n.assigned)
        FROM new_rows n JOIN staffing.unit_place p ON p.org_code = n.org_code
        WHERE p.level2 IS NOT NULL
        GROUP BY 1, 2, 3
        ON CONFLICT (year, category, path) DO UPDATE
            SET quotas = t.quotas + excluded.quotas, assigned = t.assigned + excluded.assigned;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER quota_place_insert AFTER INSERT ON staffing.quota
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION staffing.placed_quota_apply();
CREATE TRIGGER quota_place_update AFTER UPDATE ON staffing.quota
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION staffing.placed_quota_apply();
CREATE TRIGGER quota_place_delete AFTER DELETE ON staffing.quota
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION staffing.placed_quota_apply();

-- TRUNCATE fires no row-set trigger: empty what is derived from the quotas with them.
CREATE FUNCTION staffing.quota_truncated() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE staffing.placed_quota, staffing.placed_total, staffing.year_total;
    RETURN NULL;
END $$;
CREATE TRIGGER quota_truncate AFTER TRUNCATE ON staffing.quota
    FOR EACH STATEMENT EXECUTE FUNCTION staffing.quota_truncated();
