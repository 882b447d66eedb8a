-- Emulation and commendation (thi đua, khen thưởng): the catalogue of titles and reward forms, the
-- registry of awards and initiatives, the module's own inputs for ratings and discipline (until the
-- personnel module publishes them), and emulation clusters.
CREATE SCHEMA IF NOT EXISTS reward;

-- Titles (danh hiệu) and reward forms (hình thức khen thưởng), effective-dated: a new decree is a new
-- version with its own article, bonus multiple and rule set (resource reward/rules/<rule_set>.json).
CREATE TABLE reward.catalogue (
    code                text COLLATE "C" NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    valid_from          date NOT NULL,
    valid_to            date,
    kind                text NOT NULL CHECK (kind IN ('INDIVIDUAL_TITLE', 'COLLECTIVE_TITLE', 'FORM')),
    name                text NOT NULL,
    name_en             text NOT NULL,
    article             text NOT NULL,
    decided_by          text NOT NULL,
    -- Multiples of the base salary (lương cơ sở) in force on the decision date; a title has the one
    -- of its kind, a form may have both.
    multiple_individual numeric(6, 2),
    multiple_collective numeric(6, 2),
    bonus_basis         text NOT NULL,
    rule_set            text,
    sort_order          int  NOT NULL,
    PRIMARY KEY (code, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (kind <> 'INDIVIDUAL_TITLE' OR (multiple_individual IS NOT NULL AND multiple_collective IS NULL)),
    CHECK (kind <> 'COLLECTIVE_TITLE' OR (multiple_collective IS NOT NULL AND multiple_individual IS NULL))
);

-- NĐ 152/2025/NĐ-CP (in force 1/7/2025) Arts. 50–54; conditions from Luật TĐKT 06/2022/QH15.
INSERT INTO reward.catalogue
    (code, valid_from, kind, name, name_en, article, decided_by, multiple_individual, multiple_collective,
     bonus_basis, rule_set, sort_order)
VALUES
 ('LDTT', '2025-07-01', 'INDIVIDUAL_TITLE', 'Lao động tiên tiến', 'Advanced worker',
  'Điều 24 Luật TĐKT 06/2022/QH15', 'Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã (NĐ 129/2025/NĐ-CP Điều 59)',
  0.30, NULL, 'NĐ 152/2025/NĐ-CP', 'nd152-2025', 10),
 ('CSTD_CS', '2025-07-01', 'INDIVIDUAL_TITLE', 'Chiến sĩ thi đua cơ sở', 'Grassroots emulation fighter',
  'Điều 23 Luật TĐKT 06/2022/QH15', 'Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã (NĐ 129/2025/NĐ-CP Điều 59)',
  1.00, NULL, 'NĐ 152/2025/NĐ-CP', 'nd152-2025', 20),
 ('CSTD_BO_TINH', '2025-07-01', 'INDIVIDUAL_TITLE', 'Chiến sĩ thi đua cấp bộ, ngành, tỉnh',
  'Emulation fighter of a ministry, sector or province',
  'Điều 22 Luật TĐKT 06/2022/QH15', 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ; Chủ tịch UBND cấp tỉnh',
  3.00, NULL, 'NĐ 152/2025/NĐ-CP', 'nd152-2025', 30),
 ('CSTD_TQ', '2025-07-01', 'INDIVIDUAL_TITLE', 'Chiến sĩ thi đua toàn quốc', 'National emulation fighter',
  'Điều 21 Luật TĐKT 06/2022/QH15', 'Thủ tướng Chính phủ',
  4.50, NULL, 'NĐ 152/2025/NĐ-CP', 'nd152-2025', 40),
 ('TT_LDTT', '2025-07-01', 'COLLECTIVE_TITLE', 'Tập thể lao động tiên tiến', 'Advanced collective',
  'Điều 28 Luật TĐKT 06/2022/QH15', 'Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã (NĐ 129/2025/NĐ-CP Điều 59)',
  NULL, 0.80, 'NĐ 152/2025/NĐ-CP', 'nd152-2025', 50),
 ('TT_LDXS', '2025-07-01', 'COLLECTIVE_TITLE', 'Tập thể lao động xuất sắc', 'Excellent collective',
  'Điều 27 Luật TĐKT 06/2022/QH15', 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ; Chủ tịch UBND cấp tỉnh',
  NULL, 1.50, 'NĐ 152/2025/NĐ-CP', 'nd152-2025', 60),
 ('CO_TD_BO_TINH', '2025-07-01', 'COLLECTIVE_TITLE', 'Cờ thi đua của bộ, ban, ngành, tỉnh',
  'Emulation flag of a ministry, sector or province',
  'Điều 26 Luật TĐKT 06/2022/QH15', 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ; Chủ tịch UBND cấp tỉnh',
  NULL, 8.00, 'NĐ 152/2025/NĐ-CP', 'nd152-2025', 70),
 ('CO_TD_CP', '2025-07-01', 'COLLECTIVE_TITLE', 'Cờ thi đua của Chính phủ', 'Emulation flag of the Government',
  'Điều 25 Luật TĐKT 06/2022/QH15', 'Thủ tướng Chính phủ',
  NULL, 12.00, 'NĐ 152/2025/NĐ-CP', 'nd152-2025', 80),
 -- Forms: NĐ 152 sets the collective multiples; an individual receives half (the collective amount is
 -- twice the individual one).
 ('GIAY_KHEN', '2025-07-01', 'FORM', 'Giấy khen', 'Certificate of merit of a unit head',
  'Điều 74 Luật TĐKT 06/2022/QH15', 'Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã (NĐ 129/2025/NĐ-CP Điều 59)',
  0.30, 0.60, 'NĐ 152/2025/NĐ-CP', NULL, 110),
 ('BANG_KHEN_BO_TINH', '2025-07-01', 'FORM', 'Bằng khen của bộ, ban, ngành, tỉnh',
  'Certificate of merit of a ministry, sector or province',
  'Điều 72 Luật TĐKT 06/2022/QH15', 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ; Chủ tịch UBND cấp tỉnh',
  1.50, 3.00, 'NĐ 152/2025/NĐ-CP', NULL, 120),
 ('BANG_KHEN_TTG', '2025-07-01', 'FORM', 'Bằng khen của Thủ tướng Chính phủ',
  'Certificate of merit of the Prime Minister',
  'Điều 71 Luật TĐKT 06/2022/QH15', 'Thủ tướng Chính phủ',
  3.50, 7.00, 'NĐ 152/2025/NĐ-CP', NULL, 130);

-- Awards of a person or of a unit (imported history included). The bonus is computed from the
-- catalogue version and the base salary in force on the decision date; it is never typed.
CREATE TABLE reward.award (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id     bigint,
    org_code      text COLLATE "C",
    title_code    text COLLATE "C" NOT NULL,
    year          int  NOT NULL CHECK (year BETWEEN 1945 AND 2100),
    decision_no   text NOT NULL,
    decision_date date NOT NULL,
    issuer        text NOT NULL,
    base_salary   bigint,
    bonus_amount  bigint,
    scope_path    text COLLATE "C" NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    created_by    text NOT NULL,
    CHECK ((person_id IS NULL) <> (org_code IS NULL))
);
CREATE UNIQUE INDEX award_person_key ON reward.award (person_id, title_code, year) WHERE person_id IS NOT NULL;
CREATE UNIQUE INDEX award_org_key ON reward.award (org_code, title_code, year) WHERE org_code IS NOT NULL;
CREATE INDEX award_scope_idx ON reward.award (scope_path text_pattern_ops);

-- Initiatives (sáng kiến) and the scope at which they were recognised.
CREATE TABLE reward.initiative (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id        bigint NOT NULL,
    title            text NOT NULL,
    recognised_scope text NOT NULL CHECK (recognised_scope IN ('UNIT', 'MINISTRY_PROVINCE', 'NATIONAL')),
    recognised_on    date NOT NULL,
    decision_no      text NOT NULL,
    scope_path       text COLLATE "C" NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    created_by       text NOT NULL,
    UNIQUE (person_id, decision_no, title)
);
CREATE INDEX initiative_person_idx ON reward.initiative (person_id, recognised_on);

-- The year's rating (xếp loại chất lượng) of a person, and discipline: the module's own inputs, fed by
-- API, until the personnel module publishes them.
CREATE TABLE reward.rating (
    person_id  bigint NOT NULL,
    year       int    NOT NULL CHECK (year BETWEEN 1945 AND 2100),
    rating     text   NOT NULL CHECK (rating IN ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV')),
    scope_path text COLLATE "C" NOT NULL,
    PRIMARY KEY (person_id, year)
);

CREATE TABLE reward.discipline (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id   bigint NOT NULL,
    level       text   NOT NULL CHECK (level IN ('KHIEN_TRACH', 'CANH_CAO', 'HA_BAC_LUONG', 'GIANG_CHUC',
                                                 'CACH_CHUC', 'BUOC_THOI_VIEC', 'PENDING_REVIEW')),
    decided_on  date   NOT NULL,
    decision_no text   NOT NULL,
    scope_path  text COLLATE "C" NOT NULL,
    UNIQUE (person_id, decision_no)
);
CREATE INDEX discipline_person_idx ON reward.discipline (person_id, decided_on);

-- Emulation clusters and blocs (cụm, khối thi đua): members and leaders per year.
CREATE TABLE reward.cluster (
    code        text COLLATE "C" PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9._-]{0,39}$'),
    name        text NOT NULL,
    leader_rule text NOT NULL CHECK (leader_rule IN ('ROTATION', 'VOTE')),
    scope_path  text COLLATE "C" NOT NULL
);

CREATE TABLE reward.cluster_member (
    cluster_code   text COLLATE "C" NOT NULL REFERENCES reward.cluster (code),
    year           int  NOT NULL,
    org_code       text COLLATE "C" NOT NULL,
    rotation_order int  NOT NULL,
    PRIMARY KEY (cluster_code, year, org_code),
    UNIQUE (cluster_code, year, rotation_order)
);

CREATE TABLE reward.cluster_leader (
    cluster_code text COLLATE "C" NOT NULL REFERENCES reward.cluster (code),
    year         int  NOT NULL,
    org_code     text COLLATE "C" NOT NULL,
    chosen_by    text NOT NULL CHECK (chosen_by IN ('ROTATION', 'VOTE', 'DESIGNATION')),
    rounds       int,
    PRIMARY KEY (cluster_code, year)
);
