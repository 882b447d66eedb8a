-- Nominations (đề nghị khen thưởng) and their public notice (công khai, Luật TĐKT Art. 84(5)). The
-- public page shows only the nominee's name, unit, title proposed and achievement summary.
CREATE TABLE reward.nomination (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id    bigint,
    org_code     text COLLATE "C",
    nominee_name text NOT NULL,
    unit_code    text COLLATE "C" NOT NULL,
    title_code   text COLLATE "C" NOT NULL,
    year         int  NOT NULL CHECK (year BETWEEN 1945 AND 2100),
    summary      text NOT NULL,
    status       text NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED', 'IN_NOTICE')),
    notice_from  date,
    notice_until date,
    scope_path   text COLLATE "C" NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text NOT NULL,
    CHECK ((person_id IS NULL) <> (org_code IS NULL)),
    CHECK (notice_until IS NULL OR notice_until >= notice_from)
);
CREATE INDEX nomination_notice_idx ON reward.nomination (notice_from, notice_until) WHERE status = 'IN_NOTICE';
