-- Emulation movements (phong trào thi đua): launched by a decision with a theme, a scope and a
-- duration, regular (thường xuyên) or thematic (theo chuyên đề, đợt); units and people register and
-- pledge (đăng ký, giao ước thi đua).
CREATE TABLE reward.movement (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    theme         text NOT NULL,
    kind          text NOT NULL CHECK (kind IN ('REGULAR', 'THEMATIC')),
    scope_level   text NOT NULL CHECK (scope_level IN ('NATIONAL', 'MINISTRY_PROVINCE', 'CLUSTER', 'UNIT')),
    -- The launching unit (MINISTRY_PROVINCE, UNIT) or cluster (CLUSTER); none for a national movement.
    scope_ref     text COLLATE "C",
    starts_on     date NOT NULL,
    ends_on       date NOT NULL,
    decision_no   text NOT NULL,
    decision_date date NOT NULL,
    signer        text NOT NULL,
    scope_path    text COLLATE "C" NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    text NOT NULL,
    CHECK (ends_on >= starts_on),
    CHECK ((scope_level = 'NATIONAL') = (scope_ref IS NULL))
);
CREATE INDEX movement_scope_idx ON reward.movement (scope_path text_pattern_ops);

CREATE TABLE reward.movement_registration (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    movement_id   bigint NOT NULL REFERENCES reward.movement (id),
    person_id     bigint,
    org_code      text COLLATE "C",
    pledge        text NOT NULL,
    target_title  text COLLATE "C",
    registered_on date NOT NULL,
    scope_path    text COLLATE "C" NOT NULL,
    created_by    text NOT NULL,
    CHECK ((person_id IS NULL) <> (org_code IS NULL))
);
CREATE UNIQUE INDEX movement_registration_person_key ON reward.movement_registration (movement_id, person_id)
    WHERE person_id IS NOT NULL;
CREATE UNIQUE INDEX movement_registration_org_key ON reward.movement_registration (movement_id, org_code)
    WHERE org_code IS NOT NULL;
