-- Headcount as of any date without counting every employment row, a province's retirement list as
-- a range per unit, and fewer indexes for a national import to build (docs/decisions/004).

-- ---------------------------------------------------------------------------------------------
-- Open headcount: how many current, open-ended employment versions (valid_to NULL) each unit has per
-- staff category. The headcount on a date d is then
--     open count − open versions starting after d + closed versions spanning d
-- and the last two are the changes between d and now, read on the two partial indexes below: near
-- the present (the usual question) they are few, whatever the number of people.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE personnel.headcount_open (
    org_code       text COLLATE "C" NOT NULL,
    staff_category text COLLATE "C" NOT NULL,
    n              bigint NOT NULL CHECK (n >= 0),
    PRIMARY KEY (org_code, staff_category)
);

INSERT INTO personnel.headcount_open (org_code, staff_category, n)
SELECT org_code, staff_category, count(*) FROM personnel.employment
WHERE superseded_at IS NULL AND valid_to IS NULL
GROUP BY org_code, staff_category;

-- Employment rows are inserted, or superseded (never otherwise updated, never deleted): the counts
-- follow both, set-based per statement.
CREATE FUNCTION personnel.headcount_open_insert() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO personnel.headcount_open AS h (org_code, staff_category, n)
    SELECT org_code, staff_category, count(*) FROM added
    WHERE superseded_at IS NULL AND valid_to IS NULL
    GROUP BY org_code, staff_category
    ON CONFLICT (org_code, staff_category) DO UPDATE SET n = h.n + excluded.n;
    RETURN NULL;
END $$;
CREATE TRIGGER headcount_open_insert AFTER INSERT ON personnel.employment
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION personnel.headcount_open_insert();

CREATE FUNCTION personnel.headcount_open_supersede() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE personnel.headcount_open h SET n = h.n - x.n
    FROM (SELECT o.org_code, o.staff_category, count(*) AS n
          FROM before_rows o JOIN after_rows a ON a.id = o.id
          WHERE o.superseded_at IS NULL AND o.valid_to IS NULL AND a.superseded_at IS NOT NULL
          GROUP BY o.org_code, o.staff_category) x
    WHERE h.org_code = x.org_code AND h.staff_category = x.staff_category;
    RETURN NULL;
END $$;
CREATE TRIGGER headcount_open_supersede AFTER UPDATE ON personnel.employment
    REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
    FOR EACH STATEMENT EXECUTE FUNCTION personnel.headcount_open_supersede();

-- Open versions by start date (those starting after d are not counted on d) …
-- (covering, so that a year of changes is read from the index alone) …
CREATE INDEX employment_open_start_idx ON personnel.employment (valid_from) INCLUDE (org_code, staff_category)
    WHERE superseded_at IS NULL AND valid_to IS NULL;
-- … and closed versions by end date (those ending after d may span d). Few rows after a load.
CREATE INDEX employment_closed_end_idx ON personnel.employment (valid_to) INCLUDE (valid_from, org_code, staff_category)
    WHERE superseded_at IS NULL AND valid_to IS NOT NULL;

-- The headcount of every unit and staff category on a date, from the counts above.
CREATE FUNCTION personnel.headcount_at(d date)
    RETURNS TABLE (org_code text, staff_category text, n bigint)
    LANGUAGE sql STABLE AS $$
    SELECT org_code, staff_category, sum(n)::bigint
    FROM (SELECT h.org_code, h.staff_category, h.n FROM personnel.headcount_open h
          UNION ALL
          SELECT e.org_code, e.staff_category, -count(*) FROM personnel.employment e
          WHERE e.superseded_at IS NULL AND e.valid_to IS NULL AND e.valid_from > d
          GROUP BY e.org_code, e.staff_category
          UNION ALL
          SELECT e.org_code, e.staff_category, count(*) FROM personnel.employment e
          WHERE e.superseded_at IS NULL AND e.valid_to IS NOT NULL AND e.valid_to > d AND e.valid_from <= d
          GROUP BY e.org_code, e.staff_category) x
    GROUP BY org_code, staff_category
    HAVING sum(n) <> 0
$$;

-- The unit lists and the headcount used this index; the counts above and the step-due index
-- (org_code, next_step_due) serve them now.
DROP INDEX personnel.employment_org_idx;

-- A province's retirements: for each unit of the province, the people born in the months that
-- reach retirement age in the window — a range per unit instead of every birth in the country.
DROP INDEX personnel.person_birth_idx;
DROP INDEX personnel.person_org_idx;
CREATE INDEX person_org_birth_idx ON personnel.person (org_code, birth_date);

-- Name search reads the people of the matching names from the index alone and fetches one page.
DROP INDEX personnel.person_name_id_idx;
CREATE INDEX person_name_id_idx ON personnel.person (name_id, id) INCLUDE (org_code);
