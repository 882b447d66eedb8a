-- Administrative reform index (Chỉ số CCHC, PAR Index) and satisfaction index (SIPAS): methods as data
-- per year and evaluated set, the self-assessments and their appraisal, survey/measured/published
-- scores, and the socio-economic regions a province is ranked in (docs/reform-imports.md).
CREATE SCHEMA IF NOT EXISTS reform;

-- The six socio-economic regions (vùng kinh tế - xã hội).
CREATE TABLE reform.region (
    code       text PRIMARY KEY,
    name       text NOT NULL,
    name_en    text NOT NULL,
    sort_order int  NOT NULL
);

INSERT INTO reform.region (code, name, name_en, sort_order) VALUES
    ('TDMNPB', 'Trung du và miền núi phía Bắc', 'Northern Midlands and Mountains', 1),
    ('DBSH', 'Đồng bằng sông Hồng', 'Red River Delta', 2),
    ('BTB_DHMT', 'Bắc Trung Bộ và duyên hải miền Trung', 'North Central and Central Coast', 3),
    ('TAY_NGUYEN', 'Tây Nguyên', 'Central Highlands', 4),
    ('DNB', 'Đông Nam Bộ', 'South East', 5),
    ('DBSCL', 'Đồng bằng sông Cửu Long', 'Mekong Delta', 6);

-- A province's region over time, by the province's GSO code in force on those days. Before 1/7/2025:
-- the 63 provinces as the national master plan 2021–2030 (NQ 81/2023/QH15) groups them — the six
-- regions whose averages the PAR Index 2024 report publishes. From 1/7/2025 (NQ 202/2025/QH15, 34
-- provinces): no decision regrouping the regions was found; each new province is placed in the region
-- of the predecessor whose name it kept (merge-2025.csv of the shipped administrative units). That rule
-- is marked in `source` and is replaced by a new version when a decision is published.
CREATE TABLE reform.region_member (
    province_code text NOT NULL,
    region_code   text NOT NULL REFERENCES reform.region (code),
    valid_from    date NOT NULL,
    valid_to      date,
    source        text NOT NULL,
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    EXCLUDE USING gist (province_code WITH =, daterange(valid_from, valid_to) WITH &&)
);

INSERT INTO reform.region_member (province_code, region_code, valid_from, valid_to, source)
SELECT code, region, DATE '2000-01-01', DATE '2025-07-01', 'NQ 81/2023/QH15 (quy hoạch tổng thể quốc gia 2021–2030)'
FROM (VALUES
    ('02', 'TDMNPB'), ('04', 'TDMNPB'), ('06', 'TDMNPB'), ('08', 'TDMNPB'), ('10', 'TDMNPB'), ('11', 'TDMNPB'),
    ('12', 'TDMNPB'), ('14', 'TDMNPB'), ('15', 'TDMNPB'), ('17', 'TDMNPB'), ('19', 'TDMNPB'), ('20', 'TDMNPB'),
    ('24', 'TDMNPB'), ('25', 'TDMNPB'),
    ('01', 'DBSH'), ('22', 'DBSH'), ('26', 'DBSH'), ('27', 'DBSH'), ('30', 'DBSH'), ('31', 'DBSH'),
    ('33', 'DBSH'), ('34', 'DBSH'), ('35', 'DBSH'), ('36', 'DBSH'), ('37', 'DBSH'),
    ('38', 'BTB_DHMT'), ('40', 'BTB_DHMT'), ('42', 'BTB_DHMT'), ('44', 'BTB_DHMT'), ('45', 'BTB_DHMT'),
    ('46', 'BTB_DHMT'), ('48', 'BTB_DHMT'), ('49', 'BTB_DHMT'), ('51', 'BTB_DHMT'), ('52', 'BTB_DHMT'),
    ('54', 'BTB_DHMT'), ('56', 'BTB_DHMT'), ('58', 'BTB_DHMT'), ('60', 'BTB_DHMT'),
    ('62', 'TAY_NGUYEN'), ('64', 'TAY_NGUYEN'), ('66', 'TAY_NGUYEN'), ('67', 'TAY_NGUYEN'), ('68', 'TAY_NGUYEN'),
    ('70', 'DNB'), ('72', 'DNB'), ('74', 'DNB'), ('75', 'DNB'), ('77', 'DNB'), ('79', 'DNB'),
    ('80', 'DBSCL'), ('82', 'DBSCL'), ('83', 'DBSCL'), ('84', 'DBSCL'), ('86', 'DBSCL'), ('87', 'DBSCL'),
    ('89', 'DBSCL'), ('91', 'DBSCL'), ('92', 'DBSCL'), ('93', 'DBSCL'), ('94', 'DBSCL'), ('95', 'DBSCL'),
    ('96', 'DBSCL')) AS m(code, region);

INSERT INTO reform.region_member (province_code, region_code, valid_from, valid_to, source)
SELECT code, region, DATE '2025-07-01', NULL,
       'NQ 202/2025/QH15; vùng của tỉnh cũ mang tên tỉnh mới (suy ra, chưa có quyết định phân vùng mới)'
FROM (VALUES
    ('04', 'TDMNPB'), ('08', 'TDMNPB'), ('11', 'TDMNPB'), ('12', 'TDMNPB'), ('14', 'TDMNPB'), ('15', 'TDMNPB'),
    ('19', 'TDMNPB'), ('20', 'TDMNPB'), ('25', 'TDMNPB'),
    ('01', 'DBSH'), ('22', 'DBSH'), ('24', 'DBSH'), ('31', 'DBSH'), ('33', 'DBSH'), ('37', 'DBSH'),
    ('38', 'BTB_DHMT'), ('40', 'BTB_DHMT'), ('42', 'BTB_DHMT'), ('44', 'BTB_DHMT'), ('46', 'BTB_DHMT'),
    ('48', 'BTB_DHMT'), ('51', 'BTB_DHMT'), ('56', 'BTB_DHMT'),
    ('52', 'TAY_NGUYEN'), ('66', 'TAY_NGUYEN'), ('68', 'TAY_NGUYEN'),
    ('75', 'DNB'), ('79', 'DNB'), ('80', 'DNB'),
    ('82', 'DBSCL'), ('86', 'DBSCL'), ('91', 'DBSCL'), ('92', 'DBSCL'), ('96', 'DBSCL')) AS m(code, region);

-- A method (bộ tiêu chí) of one year for one evaluated set. PROVINCES and MINISTRIES are the Ministry's
-- (owner_code ''); DEPARTMENTS and COMMUNES belong to a province (owner_code = its GSO code), which
-- evaluates its own departments and communes with its own method.
CREATE TABLE reform.method (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    year        int  NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    set_code    text NOT NULL CHECK (set_code IN ('PROVINCES', 'MINISTRIES', 'DEPARTMENTS', 'COMMUNES')),
    owner_code  text NOT NULL DEFAULT '',
    group_a_min numeric(5, 2) NOT NULL DEFAULT 90,
    group_b_min numeric(5, 2) NOT NULL DEFAULT 80,
    deadline    date,
    CHECK (group_b_min <= group_a_min),
    UNIQUE (year, set_code, owner_code)
);

-- Areas (lĩnh vực), criteria (tiêu chí) and sub-criteria (tiêu chí thành phần) with their maximum.
CREATE TABLE reform.criterion (
    method_id   bigint NOT NULL REFERENCES reform.method (id) ON DELETE CASCADE,
    code        text NOT NULL,
    parent_code text,
    name        text NOT NULL,
    max_points  numeric(8, 2) NOT NULL CHECK (max_points > 0),
    kind        text NOT NULL CHECK (kind IN ('SELF_ASSESSED', 'APPRAISED', 'SURVEYED', 'MEASURED')),
    position    int  NOT NULL,
    PRIMARY KEY (method_id, code)
);

-- Units evaluated outside the administrative-unit register (ministries, departments, communes under a
-- name given by the evaluator), so pages show names, not codes.
CREATE TABLE reform.unit (
    set_code   text NOT NULL,
    owner_code text NOT NULL DEFAULT '',
    code       text NOT NULL,
    name       text NOT NULL,
    PRIMARY KEY (set_code, owner_code, code)
);

-- Scores that come from outside the self-assessment: surveys (SIPAS, leaders), measured components,
-- and published tables of years before NoiVu.
CREATE TABLE reform.component_score (
    year           int  NOT NULL,
    set_code       text NOT NULL,
    owner_code     text NOT NULL DEFAULT '',
    unit_code      text NOT NULL,
    criterion_code text NOT NULL,
    score          numeric(8, 2) NOT NULL CHECK (score >= 0),
    source         text NOT NULL CHECK (source IN ('SURVEY', 'MEASURED', 'PUBLISHED')),
    PRIMARY KEY (year, set_code, owner_code, unit_code, criterion_code)
);

-- A published index without component scores.
CREATE TABLE reform.published_index (
    year       int  NOT NULL,
    set_code   text NOT NULL,
    owner_code text NOT NULL DEFAULT '',
    unit_code  text NOT NULL,
    index_pct  numeric(6, 2) NOT NULL CHECK (index_pct BETWEEN 0 AND 100),
    PRIMARY KEY (year, set_code, owner_code, unit_code)
);

-- A unit's self-assessment of a year and its appraisal by the evaluator.
CREATE TABLE reform.assessment (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    method_id    bigint NOT NULL REFERENCES reform.method (id),
    unit_code    text NOT NULL,
    status       text NOT NULL DEFAULT 'DRAFT'
        CHECK (status IN ('DRAFT', 'SUBMITTED', 'MORE_EVIDENCE', 'FINAL')),
    submitted_at timestamptz,
    submitted_by text,
    finalised_at timestamptz,
    finalised_by text,
    UNIQUE (method_id, unit_code)
);

CREATE TABLE reform.assessment_item (
    assessment_id    bigint NOT NULL REFERENCES reform.assessment (id),
    criterion_code   text NOT NULL,
    self_points      numeric(8, 2),
    comment          text,
    appraised_points numeric(8, 2),
    reason           text,
    evidence_request text,
    PRIMARY KEY (assessment_id, criterion_code)
);

-- Evidence (tài liệu kiểm chứng): a link to a document or an attached file.
CREATE TABLE reform.evidence (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    assessment_id  bigint NOT NULL REFERENCES reform.assessment (id),
    criterion_code text NOT NULL,
    link           text,
    filename       text,
    media_type     text,
    content        bytea,
    added_by       text NOT NULL,
    added_at       timestamptz NOT NULL DEFAULT now(),
    CHECK ((link IS NULL) <> (content IS NULL))
);
