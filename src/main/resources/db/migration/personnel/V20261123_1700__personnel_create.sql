-- Personnel records of cadres, civil servants and public employees (CBCCVC): reference catalogues
-- with validity dates, the person dossier, effective-dated employment derived from career events,
-- and the staging table of bulk imports. Rules and their legal sources: docs/personnel-rules.md.
CREATE SCHEMA IF NOT EXISTS personnel;

-- ---------------------------------------------------------------------------------------------
-- Reference catalogues (loaded at start-up from src/main/resources/personnel/*.csv, each row with
-- its source; see docs/personnel-rules.md).
-- ---------------------------------------------------------------------------------------------

-- Salary categories (loại, nhóm) of NĐ 204/2004/NĐ-CP tables 2 and 3: A3.1 … C3.
CREATE TABLE personnel.salary_scale (
    code                 text COLLATE "C" PRIMARY KEY,
    name                 text     NOT NULL,
    step_count           smallint NOT NULL CHECK (step_count BETWEEN 1 AND 20),
    step_interval_months smallint NOT NULL CHECK (step_interval_months > 0),
    probation_months     smallint NOT NULL CHECK (probation_months >= 0),
    sort_order           smallint NOT NULL,
    source               text     NOT NULL
);

CREATE TABLE personnel.salary_coefficient (
    scale_code  text COLLATE "C" NOT NULL REFERENCES personnel.salary_scale (code),
    step        smallint     NOT NULL CHECK (step >= 1),
    coefficient numeric(5, 2) NOT NULL CHECK (coefficient > 0),
    valid_from  date         NOT NULL,
    valid_to    date,
    source      text         NOT NULL,
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    UNIQUE (scale_code, step, valid_from),
    EXCLUDE USING gist (scale_code WITH =, step WITH =, daterange(valid_from, valid_to) WITH &&)
);

-- Civil-servant ranks (ngạch, code NN.MMM) and public-employee professional titles (chức danh nghề
-- nghiệp, code V.xx.yy.zz), each paid on one salary category.
CREATE TABLE personnel.rank (
    code       text COLLATE "C" NOT NULL,
    kind       text NOT NULL CHECK (kind IN ('RANK', 'TITLE')),
    name       text NOT NULL,
    scale_code text COLLATE "C" NOT NULL REFERENCES personnel.salary_scale (code),
    valid_from date NOT NULL,
    valid_to   date,
    source     text NOT NULL,
    CHECK ((kind = 'RANK' AND code ~ '^[0-9]{2}\.[0-9]{3}$')
        OR (kind = 'TITLE' AND code ~ '^V\.[0-9]{2}\.[0-9]{2}\.[0-9]{2}$')),
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    UNIQUE (code, valid_from),
    EXCLUDE USING gist (code WITH =, daterange(valid_from, valid_to) WITH &&)
);

-- Base salary (lương cơ sở) by date.
CREATE TABLE personnel.base_salary (
    valid_from  date   NOT NULL PRIMARY KEY,
    valid_to    date,
    amount      bigint NOT NULL CHECK (amount > 0),
    legal_basis text   NOT NULL,
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    EXCLUDE USING gist (daterange(valid_from, valid_to) WITH &&)
);

-- Job positions (vị trí việc làm). org_code NULL = a position of the shared national catalogue
-- (e.g. the shared professional positions of TT 12/2022/TT-BNV) usable in every organisation.
CREATE TABLE personnel.job_position (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_code           text COLLATE "C",
    code               text COLLATE "C" NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9._-]{0,39}$'),
    position_group     text NOT NULL CHECK (position_group IN ('LEADERSHIP', 'PROFESSIONAL', 'SHARED', 'SUPPORT')),
    title              text NOT NULL,
    required_rank_code text COLLATE "C",
    valid_from         date NOT NULL,
    valid_to           date,
    legal_basis        text NOT NULL,
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    EXCLUDE USING gist (coalesce(org_code, '*') WITH =, code WITH =, daterange(valid_from, valid_to) WITH &&)
);
CREATE UNIQUE INDEX job_position_key ON personnel.job_position ((coalesce(org_code, '')), code, valid_from);
CREATE INDEX job_position_code_idx ON personnel.job_position (code, org_code);

-- Retirement age under normal working conditions by the calendar year in which it is reached
-- (Labour Code 2019 Art. 169(2); NĐ 135/2020/NĐ-CP Art. 4).
CREATE TABLE personnel.retirement_age (
    sex       char(1)  NOT NULL CHECK (sex IN ('M', 'F')),
    from_year smallint NOT NULL,
    years     smallint NOT NULL,
    months    smallint NOT NULL CHECK (months BETWEEN 0 AND 11),
    source    text     NOT NULL,
    PRIMARY KEY (sex, from_year)
);

-- The retirement month of every birth month, materialised from the roadmap above at start-up so
-- that due lists are a range scan on the date of birth.
CREATE TABLE personnel.retirement_schedule (
    sex              char(1) NOT NULL,
    birth_month      date    NOT NULL,
    age_years        smallint NOT NULL,
    age_months       smallint NOT NULL,
    retirement_date  date    NOT NULL, -- last day of the month in which the age is reached
    PRIMARY KEY (sex, birth_month)
);
CREATE INDEX retirement_schedule_date_idx ON personnel.retirement_schedule (retirement_date);

-- Disciplinary measures and their effect on regular step increases.
CREATE TABLE personnel.discipline_kind (
    code              text COLLATE "C" PRIMARY KEY,
    name              text     NOT NULL,
    step_delay_months smallint NOT NULL CHECK (step_delay_months >= 0),
    ends_leadership   boolean  NOT NULL,
    ends_employment   boolean  NOT NULL,
    source            text     NOT NULL
);

-- ---------------------------------------------------------------------------------------------
-- The dossier (hồ sơ điện tử, NĐ 27/2026/NĐ-CP): one per person, keyed by the personal ID number.
-- ---------------------------------------------------------------------------------------------

-- Distinct full names with their folded form (lower case, no diacritics, đ → d): the trigram index
-- that makes name search ignore diacritics lives on this table, which holds far fewer rows than
-- there are people (names repeat), so bulk imports maintain a small index.
CREATE TABLE personnel.person_name (
    id        bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    full_name text NOT NULL UNIQUE,
    fold      text NOT NULL
);
CREATE INDEX person_name_fold_trgm ON personnel.person_name USING gin (fold gin_trgm_ops);
CREATE INDEX person_name_fold_idx ON personnel.person_name (fold text_pattern_ops);

CREATE TABLE personnel.person (
    id                   bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    national_id          text COLLATE "C" NOT NULL CHECK (national_id ~ '^[0-9]{12}$'),
    full_name            text    NOT NULL CHECK (length(btrim(full_name)) > 0),
    name_id              bigint  NOT NULL,
    other_name           text,
    birth_date           date    NOT NULL,
    sex                  char(1) NOT NULL CHECK (sex IN ('M', 'F')),
    -- The organisation that keeps the dossier: the unit of the latest employment (or the unit that
    -- created the dossier before any employment). The user's scope is tested on this unit's path.
    org_code             text COLLATE "C" NOT NULL,
    birthplace_code      text,
    hometown_code        text,
    ethnicity            text,
    religion             text,
    permanent_address    text,
    current_address      text,
    phone                text,
    email                text,
    general_education    text,
    highest_degree       text,
    political_theory     text,
    state_management     text,
    foreign_languages    text,
    it_skills            text,
    party_joined         date,
    party_official       date,
    organisations        text,
    military_entry       date,
    military_exit        date,
    military_rank        text,
    honorary_title       text,
    strengths            text,
    health_status        text,
    height_cm            smallint,
    weight_kg            smallint,
    blood_type           text,
    policy_status        text,
    social_insurance_no  text,
    assets_income        text,
    death_date           date,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX person_national_id_key ON personnel.person (national_id);
CREATE INDEX person_name_id_idx ON personnel.person (name_id);
CREATE INDEX person_birth_idx ON personnel.person (birth_date);
CREATE INDEX person_org_idx ON personnel.person (org_code);

-- Training (item 27 of form 2C), family relations (item 30), rewards (item 23), and the work
-- history before entering the civil service (item 28, the part not derived from employment).
CREATE TABLE personnel.training (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id  bigint NOT NULL REFERENCES personnel.person (id),
    kind       text   NOT NULL CHECK (kind IN ('DEGREE', 'POLITICAL_THEORY', 'STATE_MANAGEMENT', 'LANGUAGE', 'IT', 'DEFENCE', 'OTHER')),
    institution text  NOT NULL,
    major      text,
    from_date  date,
    to_date    date,
    mode       text,
    diploma    text
);
CREATE INDEX training_person_idx ON personnel.training (person_id);

CREATE TABLE personnel.family_member (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id  bigint NOT NULL REFERENCES personnel.person (id),
    side       text   NOT NULL CHECK (side IN ('OWN', 'SPOUSE')),
    relation   text   NOT NULL,
    full_name  text   NOT NULL,
    birth_year smallint,
    hometown   text,
    occupation text,
    address    text
);
CREATE INDEX family_member_person_idx ON personnel.family_member (person_id);

CREATE TABLE personnel.award (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id     bigint NOT NULL REFERENCES personnel.person (id),
    award_date    date   NOT NULL,
    title         text   NOT NULL,
    decision_no   text,
    issuer        text
);
CREATE INDEX award_person_idx ON personnel.award (person_id);

CREATE TABLE personnel.prior_work (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id   bigint NOT NULL REFERENCES personnel.person (id),
    from_date   date   NOT NULL,
    to_date     date,
    description text   NOT NULL
);
CREATE INDEX prior_work_person_idx ON personnel.prior_work (person_id);

-- ---------------------------------------------------------------------------------------------
-- Career events and effective-dated employment.
-- ---------------------------------------------------------------------------------------------

-- A career event (tuyển dụng, bổ nhiệm, nâng lương, kỷ luật, nghỉ hưu, …) with the decision behind
-- it. Events are never edited: a correction is a new event that replaces the old (status CORRECTED,
-- replaced_by), a cancellation marks it CANCELLED; either way employment is re-derived.
CREATE TABLE personnel.career_event (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id          bigint  NOT NULL REFERENCES personnel.person (id),
    kind               text    NOT NULL CHECK (kind IN ('RECRUITMENT', 'PROBATION_END', 'APPOINTMENT',
        'REAPPOINTMENT', 'ROTATION', 'SECONDMENT', 'SECONDMENT_END', 'TRANSFER', 'PROMOTION',
        'STEP_INCREASE', 'EARLY_STEP_INCREASE', 'DISCIPLINE', 'ALLOWANCE_CHANGE', 'RESIGNATION',
        'RETIREMENT', 'DEATH')),
    effective_date     date    NOT NULL,
    org_code           text COLLATE "C",
    position_code      text COLLATE "C",
    staff_category     text COLLATE "C",
    rank_code          text COLLATE "C",
    salary_step        smallint,
    leadership_title   text,
    position_allowance numeric(4, 2),
    other_allowance    numeric(4, 2),
    discipline_code    text COLLATE "C" REFERENCES personnel.discipline_kind (code),
    term_months        smallint,
    note               text,
    decision_no        text    NOT NULL CHECK (length(btrim(decision_no)) > 0),
    decision_date      date    NOT NULL,
    issuer             text    NOT NULL CHECK (length(btrim(issuer)) > 0),
    status             text    NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'CORRECTED', 'CANCELLED')),
    replaces_id        bigint REFERENCES personnel.career_event (id),
    -- Order among events of the same day: the order of first recording, kept by corrections.
    ordinal            bigint  NOT NULL,
    recorded_at        timestamptz NOT NULL DEFAULT now(),
    recorded_by        text    NOT NULL
);
CREATE SEQUENCE personnel.career_event_ordinal;
CREATE INDEX career_event_person_idx ON personnel.career_event (person_id, effective_date);

-- One bulk import (who, when, which file, counts); employment rows it created point to it.
CREATE TABLE personnel.import_batch (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    filename    text        NOT NULL,
    rows        integer     NOT NULL,
    created     integer     NOT NULL,
    changed     integer     NOT NULL,
    unchanged   integer     NOT NULL,
    imported_by text        NOT NULL,
    imported_at timestamptz NOT NULL DEFAULT now()
);

-- Employment versions [valid_from, valid_to). Rows are never edited: when history changes, the rows
-- that no longer hold get superseded_at (kept for the record) and new rows are inserted. A row
-- comes from a career event (event_id) or is a state asserted by a bulk import (import_id).
CREATE TABLE personnel.employment (
    id                   bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    person_id            bigint   NOT NULL,
    valid_from           date     NOT NULL,
    valid_to             date,
    org_code             text COLLATE "C" NOT NULL,
    position_code        text COLLATE "C",
    staff_category       text COLLATE "C" NOT NULL CHECK (staff_category IN ('CADRE', 'CIVIL_SERVANT',
        'PUBLIC_EMPLOYEE', 'COMMUNE_OFFICIAL', 'COMMUNE_PART_TIME', 'CONTRACT')),
    rank_code            text COLLATE "C",
    salary_step          smallint,
    coefficient          numeric(5, 2),
    step_since           date,
    step_interval_months smallint,
    at_top_step          boolean  NOT NULL DEFAULT false,
    step_delay_months    smallint NOT NULL DEFAULT 0,
    above_ceiling_pct    smallint NOT NULL DEFAULT 0,
    leadership_title     text,
    position_allowance   numeric(4, 2) NOT NULL DEFAULT 0,
    other_allowance      numeric(4, 2) NOT NULL DEFAULT 0,
    term_end             date,
    probation_until      date,
    seconded_to          text COLLATE "C",
    next_step_due        date,
    end_reason           text,
    event_id             bigint,
    import_id            bigint,
    decision_no          text,
    decision_date        date,
    issuer               text,
    recorded_at          timestamptz NOT NULL DEFAULT now(),
    superseded_at        timestamptz,
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (salary_step IS NULL OR salary_step >= 1),
    CHECK ((event_id IS NULL) <> (import_id IS NULL))
);
ALTER TABLE personnel.employment
    ADD CONSTRAINT employment_person_fk FOREIGN KEY (person_id) REFERENCES personnel.person (id);
CREATE INDEX employment_person_idx ON personnel.employment (person_id, valid_from) WHERE superseded_at IS NULL;
-- Unit lists, and the headcount as an index-only scan grouped in index order.
CREATE INDEX employment_org_idx ON personnel.employment (org_code, staff_category, valid_from, valid_to)
    WHERE superseded_at IS NULL;
-- A province's step increases due in a month: a range per unit of the province.
CREATE INDEX employment_step_due_idx ON personnel.employment (org_code, next_step_due) WHERE superseded_at IS NULL;
CREATE INDEX employment_term_idx ON personnel.employment (term_end)
    WHERE superseded_at IS NULL AND term_end IS NOT NULL;
CREATE INDEX employment_probation_idx ON personnel.employment (probation_until)
    WHERE superseded_at IS NULL AND probation_until IS NOT NULL;

-- The date of the next regular step increase (or above-ceiling allowance) of a version: the step
-- date plus the interval of the salary category (36 or 24 months), or 12 months between two
-- above-ceiling increments, plus the delay from discipline. TT 08/2013/TT-BNV, TT 03/2021/TT-BNV.
CREATE FUNCTION personnel.next_step_due(step_since date, interval_months integer, at_top boolean,
                                        above_ceiling_pct integer, delay_months integer)
    RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT CASE WHEN step_since IS NULL OR interval_months IS NULL THEN NULL
                      ELSE (step_since + make_interval(months =>
                               CASE WHEN at_top AND above_ceiling_pct > 0 THEN 12 ELSE interval_months END
                               + coalesce(delay_months, 0)))::date END $$;

-- Versions of one person never overlap. An exclusion constraint (GiST) costs ten times a COPY of
-- the same rows on bulk loads (docs/decisions/003-personnel-overlap-guard.md), so a statement-level
-- trigger checks, set-based, every person the statement touched.
CREATE FUNCTION personnel.employment_no_overlap() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    -- For each touched person (an index look-up each, whatever the planner guesses about the
    -- transition table), the current versions in order: one that starts before the previous one
    -- ends overlaps it.
    IF EXISTS (
        SELECT 1
        FROM (SELECT DISTINCT person_id FROM touched WHERE superseded_at IS NULL) t
        CROSS JOIN LATERAL (
            SELECT e.valid_from,
                   lag(e.valid_from) OVER (ORDER BY e.valid_from) AS prev_from,
                   lag(e.valid_to) OVER (ORDER BY e.valid_from) AS prev_to
            FROM personnel.employment e
            WHERE e.person_id = t.person_id AND e.superseded_at IS NULL) v
        WHERE v.prev_from IS NOT NULL AND (v.prev_to IS NULL OR v.prev_to > v.valid_from)) THEN
        RAISE EXCEPTION USING ERRCODE = '23P01', MESSAGE = 'employment versions of a person overlap',
            CONSTRAINT = 'employment_no_overlap';
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER employment_no_overlap_insert AFTER INSERT ON personnel.employment
    REFERENCING NEW TABLE AS touched FOR EACH STATEMENT EXECUTE FUNCTION personnel.employment_no_overlap();
CREATE TRIGGER employment_no_overlap_update AFTER UPDATE ON personnel.employment
    REFERENCING NEW TABLE AS touched FOR EACH STATEMENT EXECUTE FUNCTION personnel.employment_no_overlap();

-- Employment rows are append-only apart from being superseded.
CREATE FUNCTION personnel.employment_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'employment history is never deleted';
    END IF;
    IF OLD.superseded_at IS NOT NULL OR NEW.superseded_at IS NULL
       OR (to_jsonb(NEW) - 'superseded_at') <> (to_jsonb(OLD) - 'superseded_at') THEN
        RAISE EXCEPTION 'employment history is never overwritten: only superseding a current row is allowed';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER employment_append_only BEFORE UPDATE OR DELETE ON personnel.employment
    FOR EACH ROW EXECUTE FUNCTION personnel.employment_append_only();

-- ---------------------------------------------------------------------------------------------
-- Published read model for other modules (docs/decisions/001).
-- ---------------------------------------------------------------------------------------------
-- One row per current employment version, without personal data: who works where, in which staff
-- category and rank, from when to when.
CREATE VIEW personnel.api_employment AS
SELECT e.person_id, e.valid_from, e.valid_to, e.org_code, e.position_code, e.staff_category,
       e.rank_code, e.salary_step, e.coefficient
FROM personnel.employment e
WHERE e.superseded_at IS NULL;
