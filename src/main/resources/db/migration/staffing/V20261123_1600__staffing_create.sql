-- Staffing quotas (biên chế): the category catalogue, decisions, assigned quota and actual headcount
-- per organisation unit, year and category, national totals per year, and reduction targets.
CREATE SCHEMA IF NOT EXISTS staffing;

-- Category catalogue, effective-dated: a category (or its legal basis) may change over time; every
-- version names the legal text it rests on. A category is "in force in year Y" when a version is
-- valid on 31 December of Y (the reference date of every staffing year).
CREATE TABLE staffing.category (
    code            text    NOT NULL CHECK (code ~ '^[A-Z][A-Z_]{1,39}$'),
    name            text    NOT NULL,
    name_en         text    NOT NULL,
    counts_as_quota boolean NOT NULL,
    sort_order      integer NOT NULL,
    legal_basis     text    NOT NULL,
    valid_from      date    NOT NULL,
    valid_to        date,
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    EXCLUDE USING gist (code WITH =, daterange(valid_from, valid_to) WITH &&)
);

-- A decision (quyết định) that assigned quotas: its reference as written, with date and issuer when
-- known. Quotas point to it, so every figure can be traced to the decision behind it.
CREATE TABLE staffing.decision (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    legal_basis text NOT NULL CHECK (btrim(legal_basis) <> ''),
    issued_on   date,
    issuer      text
);
CREATE UNIQUE INDEX decision_identity_idx
    ON staffing.decision (legal_basis, coalesce(issued_on, DATE '0001-01-01'), coalesce(issuer, ''));

-- Assigned quota (biên chế được giao) and actual headcount (số có mặt) of one unit for one year and
-- category. A year's quota belongs to a unit in force on 31 December of that year. org_code is an
-- organisation code (organization.api_unit); category a code of staffing.category.
CREATE TABLE staffing.quota (
    org_code    text     NOT NULL,
    year        smallint NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    category    text     NOT NULL,
    assigned    integer  NOT NULL CHECK (assigned >= 0),
    actual      integer  CHECK (actual >= 0),
    decision_id bigint   NOT NULL REFERENCES staffing.decision (id),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text     NOT NULL DEFAULT 'system',
    PRIMARY KEY (org_code, year, category)
);
CREATE INDEX quota_decision_idx ON staffing.quota (decision_id);

-- National totals per year and category, kept by statement triggers in the same transaction as every
-- write (bulk loads included), so the national report never scans millions of quota rows.
CREATE TABLE staffing.year_total (
    year        smallint NOT NULL,
    category    text     NOT NULL,
    assigned    bigint   NOT NULL,
    actual      bigint   NOT NULL,
    quota_rows  bigint   NOT NULL,
    actual_rows bigint   NOT NULL,
    PRIMARY KEY (year, category)
);

CREATE FUNCTION staffing.year_total_apply() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO staffing.year_total AS t (year, category, assigned, actual, quota_rows, actual_rows)
        SELECT year, category, -sum(assigned), -coalesce(sum(actual), 0), -count(*), -count(actual)
        FROM old_rows GROUP BY year, category
        ON CONFLICT (year, category) DO UPDATE
            SET assigned = t.assigned + excluded.assigned, actual = t.actual + excluded.actual,
                quota_rows = t.quota_rows + excluded.quota_rows, actual_rows = t.actual_rows + excluded.actual_rows;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO staffing.year_total AS t (year, category, assigned, actual, quota_rows, actual_rows)
        SELECT year, category, sum(assigned), coalesce(sum(actual), 0), count(*), count(actual)
        FROM new_rows GROUP BY year, category
        ON CONFLICT (year, category) DO UPDATE
            SET assigned = t.assigned + excluded.assigned, actual = t.actual + excluded.actual,
                quota_rows = t.quota_rows + excluded.quota_rows, actual_rows = t.actual_rows + excluded.actual_rows;
    END IF;
    DELETE FROM staffing.year_total WHERE quota_rows = 0;
    RETURN NULL;
END $$;

CREATE TRIGGER quota_total_insert AFTER INSERT ON staffing.quota
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION staffing.year_total_apply();
CREATE TRIGGER quota_total_update AFTER UPDATE ON staffing.quota
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION staffing.year_total_apply();
CREATE TRIGGER quota_total_delete AFTER DELETE ON staffing.quota
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION staffing.year_total_apply();

-- Actual headcount computed by the personnel module (HeadcountSource), per unit, year and category.
-- For a unit and year present here, these counts replace the entered actual (docs/staffing-comparability.md).
CREATE TABLE staffing.headcount (
    org_code  text     NOT NULL,
    year      smallint NOT NULL,
    category  text     NOT NULL,
    headcount integer  NOT NULL CHECK (headcount >= 0),
    PRIMARY KEY (org_code, year, category)
);

-- Reduction targets (chỉ tiêu tinh giản): a scope (NULL = the whole country), the categories it
-- covers, the baseline and target years and the minimum reduction, with the document that set it.
CREATE TABLE staffing.target (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            text         NOT NULL CHECK (btrim(name) <> ''),
    scope_code      text,
    categories      text[]       NOT NULL CHECK (cardinality(categories) > 0),
    baseline_year   smallint     NOT NULL,
    target_year     smallint     NOT NULL,
    minimum_percent numeric(5,2) NOT NULL CHECK (minimum_percent > 0 AND minimum_percent <= 100),
    legal_basis     text         NOT NULL CHECK (btrim(legal_basis) <> ''),
    issued_on       date,
    issuer          text,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    CHECK (target_year > baseline_year)
);
CREATE UNIQUE INDEX target_identity_idx
    ON staffing.target (legal_basis, coalesce(scope_code, ''), baseline_year, target_year, categories);

-- Published read model (docs/decisions/001): quotas with their decision, and the catalogue.
CREATE VIEW staffing.api_category AS
SELECT code, name, name_en, counts_as_quota, sort_order, legal_basis, valid_from, valid_to
FROM staffing.category;

CREATE VIEW staffing.api_quota AS
SELECT q.org_code, q.year, q.category, q.assigned,
       coalesce(h.headcount, CASE WHEN hy.org_code IS NULL THEN q.actual ELSE 0 END) AS actual,
       d.legal_basis, d.issued_on AS decision_date, d.issuer AS decision_issuer
FROM staffing.quota q
JOIN staffing.decision d ON d.id = q.decision_id
LEFT JOIN staffing.headcount h ON h.org_code = q.org_code AND h.year = q.year AND h.category = q.category
LEFT JOIN LATERAL (SELECT hc.org_code FROM staffing.headcount hc
                   WHERE hc.org_code = q.org_code AND hc.year = q.year LIMIT 1) hy ON true;
