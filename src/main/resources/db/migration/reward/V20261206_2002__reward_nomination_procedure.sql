-- The whole procedure of a nomination (Luật TĐKT Art. 84; NĐ 152/2025): dossier → council review by
-- secret ballot → public notice → appraisal → decision → registry; outcomes, revocation and holds.

-- Per title: the council's quorum and the share of ALL members that must vote yes (NĐ 98/2023
-- Art. 30(7): 90 % for CSTĐ toàn quốc and bộ/tỉnh, 80 % for CSTĐ cơ sở and the flags; absent members
-- vote in writing, so the share is of all members), and the default days of public notice. Data, so a
-- new decree or a province's own rule is an UPDATE, not a release.
CREATE TABLE reward.procedure_rule (
    title_code   text COLLATE "C" PRIMARY KEY,
    quorum_share numeric(5, 4) NOT NULL CHECK (quorum_share > 0 AND quorum_share <= 1),
    pass_share   numeric(5, 4) NOT NULL CHECK (pass_share > 0 AND pass_share <= 1),
    notice_days  int NOT NULL CHECK (notice_days BETWEEN 1 AND 60),
    basis        text NOT NULL
);
INSERT INTO reward.procedure_rule (title_code, quorum_share, pass_share, notice_days, basis) VALUES
 ('CSTD_TQ',           0.6666, 0.90, 10, 'NĐ 98/2023/NĐ-CP Điều 30 khoản 7 (90 % tổng số thành viên)'),
 ('CSTD_BO_TINH',      0.6666, 0.90, 10, 'NĐ 98/2023/NĐ-CP Điều 30 khoản 7 (90 % tổng số thành viên)'),
 ('CSTD_CS',           0.6666, 0.80, 10, 'NĐ 98/2023/NĐ-CP Điều 30 khoản 7 (80 % tổng số thành viên)'),
 ('CO_TD_BO_TINH',     0.6666, 0.80, 10, 'NĐ 98/2023/NĐ-CP Điều 30 khoản 7 (80 % tổng số thành viên)'),
 ('CO_TD_CP',          0.6666, 0.80, 10, 'NĐ 98/2023/NĐ-CP Điều 30 khoản 7 (80 % tổng số thành viên)'),
 -- Assumed: the other titles and forms pass with more than half of all members.
 ('LDTT',              0.6666, 0.5001, 10, 'Giả định: quá nửa tổng số thành viên'),
 ('TT_LDTT',           0.6666, 0.5001, 10, 'Giả định: quá nửa tổng số thành viên'),
 ('TT_LDXS',           0.6666, 0.5001, 10, 'Giả định: quá nửa tổng số thành viên'),
 ('GIAY_KHEN',         0.6666, 0.5001, 10, 'Giả định: quá nửa tổng số thành viên'),
 ('BANG_KHEN_BO_TINH', 0.6666, 0.5001, 10, 'Giả định: quá nửa tổng số thành viên'),
 ('BANG_KHEN_TTG',     0.6666, 0.5001, 10, 'Giả định: quá nửa tổng số thành viên');

ALTER TABLE reward.nomination DROP CONSTRAINT nomination_status_check;
ALTER TABLE reward.nomination ADD CONSTRAINT nomination_status_check CHECK (status IN (
    'PROPOSED', 'IN_REVIEW', 'VOTED', 'IN_NOTICE', 'APPRAISED', 'HELD',
    'APPROVED', 'DOWNGRADED', 'RETURNED', 'REJECTED', 'REVOKED'));
ALTER TABLE reward.nomination
    ADD COLUMN hold_reason        text,
    ADD COLUMN held_status        text,
    -- The council's secret ballot: only counts are kept, never who voted how.
    ADD COLUMN council_members    int CHECK (council_members > 0),
    ADD COLUMN council_present    int,
    ADD COLUMN votes_for          int,
    ADD COLUMN voted_on           date,
    ADD COLUMN appraisal_opinion  text,
    ADD COLUMN appraised_by       text,
    ADD COLUMN outcome_reason     text,
    ADD COLUMN awarded_title_code text COLLATE "C",
    ADD COLUMN decision_no        text,
    ADD COLUMN decision_date      date,
    ADD COLUMN signer             text,
    ADD COLUMN decided_by         text,
    ADD COLUMN award_id           bigint,
    ADD COLUMN revoked_reason     text,
    ADD COLUMN revocation_no      text,
    ADD COLUMN updated_at         timestamptz NOT NULL DEFAULT now();

-- The dossier (Luật TĐKT Art. 84): tờ trình (Mẫu 01), báo cáo thành tích (Mẫu 05), biên bản bình xét.
CREATE TABLE reward.nomination_attachment (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nomination_id bigint NOT NULL REFERENCES reward.nomination (id),
    kind          text NOT NULL CHECK (kind IN ('PROPOSAL', 'ACHIEVEMENT_REPORT', 'REVIEW_MINUTES', 'OTHER')),
    filename      text NOT NULL,
    content_type  text NOT NULL,
    size_bytes    int  NOT NULL,
    sha256        text NOT NULL,
    content       bytea NOT NULL,
    uploaded_at   timestamptz NOT NULL DEFAULT now(),
    uploaded_by   text NOT NULL
);
CREATE INDEX nomination_attachment_idx ON reward.nomination_attachment (nomination_id);

-- Comments of the public on a nominee in notice (no login): stored and audited.
CREATE TABLE reward.nomination_comment (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nomination_id bigint NOT NULL REFERENCES reward.nomination (id),
    author        text NOT NULL,
    body          text NOT NULL,
    client_hash   text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX nomination_comment_idx ON reward.nomination_comment (nomination_id);

-- A revoked award stays in the registry with its reason; it no longer counts.
ALTER TABLE reward.award
    ADD COLUMN revoked_on     date,
    ADD COLUMN revoked_reason text;
