-- Time that does not count toward a step, a change of career level as an event, the start date of the
-- above-ceiling allowance, and the class of city of each province for the leadership allowance
-- (docs/personnel-rules.md).

ALTER TABLE personnel.career_event DROP CONSTRAINT career_event_kind_check;
ALTER TABLE personnel.career_event ADD CONSTRAINT career_event_kind_check CHECK (kind IN ('RECRUITMENT',
    'PROBATION_END', 'APPOINTMENT', 'REAPPOINTMENT', 'ROTATION', 'SECONDMENT', 'SECONDMENT_END', 'TRANSFER',
    'PROMOTION', 'STEP_INCREASE', 'EARLY_STEP_INCREASE', 'DISCIPLINE', 'ALLOWANCE_CHANGE', 'RESIGNATION',
    'RETIREMENT', 'DEATH', 'EVALUATION', 'NON_COUNTING_PERIOD', 'CAREER_LEVEL_CHANGE'));

-- NON_COUNTING_PERIOD: the period runs from the effective date to period_to, both days included (as a
-- decision states it), for a reason of TT 08/2013/TT-BNV Art. 2(1)(c) as amended by TT 03/2021/TT-BNV.
-- CAREER_LEVEL_CHANGE: the new bậc nghề nghiệp (NĐ 232/2026/NĐ-CP).
ALTER TABLE personnel.career_event
    ADD COLUMN period_to    date,
    ADD COLUMN reason       text COLLATE "C" CHECK (reason IN ('UNPAID_LEAVE', 'OVERSTAY', 'SUSPENSION',
        'DETENTION', 'DESERTION', 'SUSPENDED_SENTENCE', 'AWAITING_RETIREMENT', 'OTHER_ABSENCE')),
    ADD COLUMN career_level smallint CHECK (career_level BETWEEN 1 AND 5),
    ADD CONSTRAINT career_event_non_counting_check
        CHECK (CASE WHEN kind = 'NON_COUNTING_PERIOD'
                    THEN period_to IS NOT NULL AND reason IS NOT NULL AND period_to >= effective_date
                    ELSE period_to IS NULL AND reason IS NULL END),
    ADD CONSTRAINT career_event_level_check
        CHECK ((kind = 'CAREER_LEVEL_CHANGE') = (career_level IS NOT NULL));

-- non_counting_odd_days: the working days of the non-counting time of the current step left over after
-- its whole months (they count as one month from 11 days on); the delay in months already includes
-- them. above_ceiling_since: the day the current above-ceiling percentage started. career_level: the
-- level recorded by a CAREER_LEVEL_CHANGE (NULL: the level the title converts to).
ALTER TABLE personnel.employment
    ADD COLUMN non_counting_odd_days integer NOT NULL DEFAULT 0,
    ADD COLUMN above_ceiling_since   date,
    ADD COLUMN career_level          smallint CHECK (career_level BETWEEN 1 AND 5);

-- The class of city (loại đô thị) of a province, on which the leadership allowance of its provincial
-- posts depends (NĐ 204/2004/NĐ-CP's tables: "đô thị loại đặc biệt" and "đô thị loại I, các tỉnh và thành
-- phố trực thuộc Trung ương còn lại"). A province without a row is of the rest.
CREATE TABLE personnel.province_urban_class (
    province_code text COLLATE "C" NOT NULL,
    province_name text    NOT NULL,
    urban_class   text COLLATE "C" NOT NULL CHECK (urban_class IN ('SPECIAL', 'CLASS_I')),
    valid_from    date    NOT NULL,
    valid_to      date,
    verified      boolean NOT NULL,
    source        text    NOT NULL,
    PRIMARY KEY (province_code, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    EXCLUDE USING gist (province_code WITH =, daterange(valid_from, valid_to) WITH &&)
);

-- Allowance rates by the class of city as well as by Hà Nội / TP HCM (NĐ 07/2026's commune rates).
ALTER TABLE personnel.leadership_allowance DROP CONSTRAINT leadership_allowance_locality_check;
ALTER TABLE personnel.leadership_allowance ADD CONSTRAINT leadership_allowance_locality_check
    CHECK (locality IN ('HN_HCM', 'SPECIAL_URBAN', 'CLASS_I_URBAN', 'OTHER'));
-- The provincial-department rates move from the Hà Nội / TP HCM column to the class-of-city columns
-- of their table (the catalogue file is loaded again after this).
DELETE FROM personnel.leadership_allowance
WHERE locality = 'HN_HCM'
  AND post_code IN (SELECT code FROM personnel.leadership_post
                    WHERE org_class IN ('PROVINCIAL_DEPARTMENT', 'DEPARTMENT_DIVISION'));
