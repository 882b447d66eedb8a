-- Streamlining exits (tinh giản biên chế; NĐ 178/2024 as amended by NĐ 67/2025, NĐ 154/2025):
-- who left under which regime, by which decision, on which date, with which amounts. The career event
-- that ends the employment (RETIREMENT or RESIGNATION) is recorded with it; the unit, province and
-- staff category are those of the employment in force the day before the exit, so that the report
-- counts people where they served (docs/personnel-rules.md).
CREATE TABLE personnel.streamlining_exit (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id        bigint NOT NULL REFERENCES personnel.person (id),
    event_id         bigint NOT NULL REFERENCES personnel.career_event (id),
    regime           text   NOT NULL CHECK (regime IN ('ND178_EARLY_RETIREMENT', 'ND178_RESIGNATION',
        'ND177_NON_REAPPOINTMENT', 'ND154_EARLY_RETIREMENT', 'ND154_RESIGNATION')),
    exit_date        date   NOT NULL,
    decision_no      text   NOT NULL CHECK (length(btrim(decision_no)) > 0),
    decision_date    date   NOT NULL,
    issuer           text   NOT NULL CHECK (length(btrim(issuer)) > 0),
    allowance_amount bigint NOT NULL CHECK (allowance_amount >= 0),
    other_amount     bigint NOT NULL DEFAULT 0 CHECK (other_amount >= 0),
    org_code         text COLLATE "C" NOT NULL,
    province_code    text COLLATE "C",
    staff_category   text COLLATE "C" NOT NULL,
    voluntary        boolean NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT now(),
    recorded_by      text   NOT NULL
);
CREATE INDEX streamlining_exit_date_idx ON personnel.streamlining_exit (exit_date);
CREATE UNIQUE INDEX streamlining_exit_person_date_idx ON personnel.streamlining_exit (person_id, exit_date);
