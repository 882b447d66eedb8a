-- Public employees' career levels (bậc nghề nghiệp), the job positions approved per unit, and the
-- leadership allowance as an effective-dated catalogue (docs/personnel-rules.md). The catalogues are
-- loaded from src/main/resources/personnel/*.csv at every start, like the others.

-- Career levels 1–5 and the salary category each is paid on: NĐ 232/2026/NĐ-CP Art. 7(1), 7(3)
-- (from 01/07/2026; bậc 1 → B, 2 → A0, 3 → A1, 4 → A2.1, 5 → A3.1 of NĐ 204/2004 Bảng 3).
CREATE TABLE personnel.career_level (
    level      smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
    name       text     NOT NULL,
    scale_code text COLLATE "C" NOT NULL REFERENCES personnel.salary_scale (code),
    valid_from date     NOT NULL,
    valid_to   date,
    source     text     NOT NULL,
    PRIMARY KEY (level, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    EXCLUDE USING gist (level WITH =, daterange(valid_from, valid_to) WITH &&)
);

-- Which level a professional title's salary category converts to once the unit's positions are
-- approved, and the category the person is then paid on (A2.2 → A2.1, A3.2 → A3.1):
-- NĐ 232/2026/NĐ-CP Art. 18(2). Categories C1–C3 have no level (no row).
CREATE TABLE personnel.career_level_conversion (
    scale_code      text COLLATE "C" NOT NULL REFERENCES personnel.salary_scale (code),
    level           smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
    paid_scale_code text COLLATE "C" NOT NULL REFERENCES personnel.salary_scale (code),
    valid_from      date     NOT NULL,
    valid_to        date,
    source          text     NOT NULL,
    PRIMARY KEY (scale_code, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    EXCLUDE USING gist (scale_code WITH =, daterange(valid_from, valid_to) WITH &&)
);

-- The levels a position of the national framework list may use (NĐ 232/2026 Phụ lục II, III), by
-- the code of the shared position catalogue (personnel.job_position with org_code NULL).
CREATE TABLE personnel.position_level_range (
    position_code text COLLATE "C" NOT NULL,
    min_level     smallint NOT NULL CHECK (min_level BETWEEN 1 AND 5),
    max_level     smallint NOT NULL CHECK (max_level BETWEEN 1 AND 5),
    valid_from    date     NOT NULL,
    valid_to      date,
    source        text     NOT NULL,
    PRIMARY KEY (position_code, valid_from),
    CHECK (min_level <= max_level),
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    EXCLUDE USING gist (position_code WITH =, daterange(valid_from, valid_to) WITH &&)
);

-- A job position approved for one unit by a decision (NĐ 232/2026 Art. 11(5)): the levels it uses,
-- the public-employee quota given to it (the base of the ratio caps, Art. 10(2)) and its validity.
-- A later approval of the same position closes the earlier one (Art. 12); rows are never deleted,
-- a mistaken one is cancelled. Every change is in the audit log.
CREATE TABLE personnel.position_approval (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_code      text COLLATE "C" NOT NULL,
    position_code text COLLATE "C" NOT NULL,
    min_level     smallint CHECK (min_level BETWEEN 1 AND 5),
    max_level     smallint CHECK (max_level BETWEEN 1 AND 5),
    quota         integer  NOT NULL CHECK (quota BETWEEN 0 AND 1000000),
    valid_from    date     NOT NULL,
    valid_to      date,
    decision_no   text     NOT NULL CHECK (length(btrim(decision_no)) > 0),
    decision_date date     NOT NULL,
    issuer        text     NOT NULL CHECK (length(btrim(issuer)) > 0),
    status        text     NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'CANCELLED')),
    recorded_at   timestamptz NOT NULL DEFAULT now(),
    recorded_by   text     NOT NULL,
    CHECK ((min_level IS NULL) = (max_level IS NULL)),
    CHECK (min_level IS NULL OR min_level <= max_level),
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    EXCLUDE USING gist (org_code WITH =, position_code WITH =, daterange(valid_from, valid_to) WITH &&)
        WHERE (status = 'ACTIVE')
);
CREATE INDEX position_approval_org_idx ON personnel.position_approval (org_code, valid_from);

-- Leadership posts that carry an allowance, each for one class of organisation (provincial
-- department, its division, commune People's Committee, commune division).
CREATE TABLE personnel.leadership_post (
    code       text COLLATE "C" PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name       text NOT NULL,
    org_class  text COLLATE "C" NOT NULL CHECK (org_class IN ('PROVINCIAL_DEPARTMENT', 'DEPARTMENT_DIVISION',
        'COMMUNE_COMMITTEE', 'COMMUNE_DIVISION')),
    sort_order smallint NOT NULL
);

-- The leadership allowance coefficient (phụ cấp chức vụ lãnh đạo) of a post by locality and date:
-- NĐ 204/2004/NĐ-CP and the tables under it, as amended by NĐ 07/2026/NĐ-CP from 01/01/2026 for the
-- commune posts. {@code verified} is false where the figure was not read in the primary text.
CREATE TABLE personnel.leadership_allowance (
    post_code   text COLLATE "C" NOT NULL REFERENCES personnel.leadership_post (code),
    locality    text COLLATE "C" NOT NULL CHECK (locality IN ('HN_HCM', 'OTHER')),
    coefficient numeric(4, 2) NOT NULL CHECK (coefficient >= 0),
    valid_from  date    NOT NULL,
    valid_to    date,
    verified    boolean NOT NULL,
    source      text    NOT NULL,
    PRIMARY KEY (post_code, locality, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    EXCLUDE USING gist (post_code WITH =, locality WITH =, daterange(valid_from, valid_to) WITH &&)
);

-- The post an event appoints to; employment carries it so that the allowance is read from the
-- catalogue on the date asked instead of a typed coefficient.
ALTER TABLE personnel.career_event ADD COLUMN leadership_post text COLLATE "C" REFERENCES personnel.leadership_post (code);
ALTER TABLE personnel.employment ADD COLUMN leadership_post text COLLATE "C";
