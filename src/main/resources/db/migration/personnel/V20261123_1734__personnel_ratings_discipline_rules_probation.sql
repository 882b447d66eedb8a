-- The law of 2026 (docs/personnel-rules.md): annual ratings as career events, discipline by staff
-- category and date, probation months per title.

-- EVALUATION events: the year rated and its rating (đánh giá, xếp loại chất lượng hằng năm).
ALTER TABLE personnel.career_event DROP CONSTRAINT career_event_kind_check;
ALTER TABLE personnel.career_event ADD CONSTRAINT career_event_kind_check CHECK (kind IN ('RECRUITMENT',
    'PROBATION_END', 'APPOINTMENT', 'REAPPOINTMENT', 'ROTATION', 'SECONDMENT', 'SECONDMENT_END', 'TRANSFER',
    'PROMOTION', 'STEP_INCREASE', 'EARLY_STEP_INCREASE', 'DISCIPLINE', 'ALLOWANCE_CHANGE', 'RESIGNATION',
    'RETIREMENT', 'DEATH', 'EVALUATION'));
ALTER TABLE personnel.career_event
    ADD COLUMN evaluation_year smallint CHECK (evaluation_year BETWEEN 1990 AND 2100),
    ADD COLUMN rating          text CHECK (rating IN ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')),
    ADD CONSTRAINT career_event_evaluation_check
        CHECK (CASE WHEN kind = 'EVALUATION' THEN evaluation_year IS NOT NULL AND rating IS NOT NULL
                    ELSE evaluation_year IS NULL AND rating IS NULL END);
-- One rating per person and year: a second one is refused; a change is a correction of the first.
CREATE UNIQUE INDEX career_event_one_rating_idx ON personnel.career_event (person_id, evaluation_year)
    WHERE kind = 'EVALUATION' AND status = 'ACTIVE';
-- The ratings of a year (share of EXCELLENT per unit) and the failed years (due list).
CREATE INDEX career_event_rating_idx ON personnel.career_event (evaluation_year, rating, person_id)
    WHERE kind = 'EVALUATION' AND status = 'ACTIVE';

-- Which disciplinary measure applies to which staff category in which period, and its delay of the
-- next step increase (personnel/discipline-rules.csv). The measure's delay moves here.
CREATE TABLE personnel.discipline_rule (
    code              text COLLATE "C" NOT NULL REFERENCES personnel.discipline_kind (code),
    staff_category    text COLLATE "C" NOT NULL CHECK (staff_category IN ('CADRE', 'CIVIL_SERVANT',
        'PUBLIC_EMPLOYEE', 'COMMUNE_OFFICIAL', 'COMMUNE_PART_TIME', 'CONTRACT')),
    valid_from        date     NOT NULL,
    valid_to          date,
    step_delay_months smallint NOT NULL CHECK (step_delay_months >= 0),
    source            text     NOT NULL,
    PRIMARY KEY (code, staff_category, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    EXCLUDE USING gist (code WITH =, staff_category WITH =, daterange(valid_from, valid_to) WITH &&)
);
ALTER TABLE personnel.discipline_kind DROP COLUMN step_delay_months;

-- Probation months of a title where they differ from its salary category's (doctors: 9).
ALTER TABLE personnel.rank ADD COLUMN probation_months smallint CHECK (probation_months > 0);
