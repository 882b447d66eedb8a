-- The national path of a nomination for a title or form decided by the Prime Minister or the President
-- (catalogue decision_level PRIME_MINISTER or PRESIDENT): the province (or ministry) proposes it after its
-- own appraisal (SUBMITTED), the Ministry of Home Affairs (Ban Thi đua - Khen thưởng Trung ương) appraises
-- it (MINISTRY_APPRAISED, or RETURNED with its opinion), submits it to the Prime Minister (and through him
-- to the President) by its own proposal (REFERRED), then records the decision. Only a user of national
-- scope takes the Ministry's steps.

ALTER TABLE reward.nomination DROP CONSTRAINT nomination_status_check;
ALTER TABLE reward.nomination ADD CONSTRAINT nomination_status_check CHECK (status IN (
    'PROPOSED', 'IN_REVIEW', 'VOTED', 'IN_NOTICE', 'APPRAISED', 'SUBMITTED', 'MINISTRY_APPRAISED', 'REFERRED',
    'HELD', 'APPROVED', 'DOWNGRADED', 'RETURNED', 'REJECTED', 'REVOKED'));
ALTER TABLE reward.nomination
    ADD COLUMN ministry_opinion      text,
    ADD COLUMN ministry_appraised_by text,
    ADD COLUMN ministry_appraised_on date,
    ADD COLUMN referral_no           text,
    ADD COLUMN referred_on           date,
    ADD COLUMN referred_by           text,
    ADD COLUMN revoked_by            text;

-- Citations settled against the shared reference (REPORTING-REWARDS-2026 §2.2–2.3, thuvienphapluat copies):
-- Luật TĐKT 06/2022/QH15 Điều 72 gives the Bằng khen of collectives (of the Prime Minister and of a
-- ministry/province) ✔ and Điều 75 the Giấy khen of collectives ✔; the individual articles (Điều 71, 74)
-- follow from the order of the Law and are not read (chưa kiểm chứng). Bonuses: NĐ 152/2025/NĐ-CP Điều 50
-- (titles) ✔, Điều 54 (Bằng khen, Giấy khen — collective multiples ✔; the individual half is assumed).
UPDATE reward.catalogue SET
    article = 'Luật TĐKT 06/2022/QH15: Điều 74 (cá nhân, số điều chưa kiểm chứng), Điều 75 (tập thể)',
    bonus_basis = 'NĐ 152/2025/NĐ-CP Điều 54: tập thể 0,6 lần ✔; cá nhân 0,3 lần (giả định bằng nửa, chưa kiểm chứng)'
WHERE code = 'GIAY_KHEN' AND valid_from = DATE '2025-07-01';
UPDATE reward.catalogue SET
    article = 'Luật TĐKT 06/2022/QH15: Điều 71 (cá nhân, số điều chưa kiểm chứng), Điều 72 (tập thể)',
    bonus_basis = 'NĐ 152/2025/NĐ-CP Điều 54: tập thể 3 lần ✔; cá nhân 1,5 lần (giả định bằng nửa, chưa kiểm chứng)'
WHERE code = 'BANG_KHEN_BO_TINH' AND valid_from = DATE '2025-07-01';
UPDATE reward.catalogue SET
    article = 'Luật TĐKT 06/2022/QH15: Điều 71 (cá nhân, số điều chưa kiểm chứng), Điều 72 (tập thể)',
    bonus_basis = 'NĐ 152/2025/NĐ-CP Điều 54: tập thể 7 lần ✔; cá nhân 3,5 lần (giả định bằng nửa, chưa kiểm chứng)'
WHERE code = 'BANG_KHEN_TTG' AND valid_from = DATE '2025-07-01';
UPDATE reward.catalogue SET bonus_basis = 'NĐ 152/2025/NĐ-CP Điều 50 ✔'
WHERE code IN ('LDTT', 'CSTD_CS', 'CSTD_BO_TINH', 'CSTD_TQ', 'TT_LDXS', 'TT_LDTT', 'CO_TD_BO_TINH', 'CO_TD_CP')
  AND valid_from = DATE '2025-07-01';
UPDATE reward.catalogue SET article = 'Điều 28 Luật TĐKT 06/2022/QH15 (số điều chưa kiểm chứng)'
WHERE code = 'TT_LDTT' AND valid_from = DATE '2025-07-01';

-- The council's thresholds were read in NĐ 98/2023, which NĐ 152/2025 replaced from 01/07/2025; whether
-- NĐ 152 keeps them is not read.
UPDATE reward.procedure_rule SET basis = basis || '; NĐ 98/2023 hết hiệu lực 01/07/2025, NĐ 152/2025 chưa kiểm chứng'
WHERE basis LIKE 'NĐ 98/2023%' AND basis NOT LIKE '%chưa kiểm chứng%';
