-- Orders, medals and state honorary titles (huân chương, huy chương, danh hiệu vinh dự nhà nước) in the
-- catalogue, decided by the President (Chủ tịch nước); the family and the level that decides each entry,
-- which the statistics (forms 0602/0603.N/BNV-TĐKT) and the nominations read; and a nomination's
-- proposal to the Ministry (a province proposes a state honour, it does not decide it).

ALTER TABLE reward.catalogue
    ADD COLUMN family text NOT NULL DEFAULT 'TITLE'
        CHECK (family IN ('TITLE', 'CERTIFICATE', 'ORDER', 'MEDAL', 'STATE_HONOUR')),
    ADD COLUMN decision_level text NOT NULL DEFAULT 'UNIT'
        CHECK (decision_level IN ('UNIT', 'MINISTRY_PROVINCE', 'PRIME_MINISTER', 'PRESIDENT'));

UPDATE reward.catalogue SET family = 'CERTIFICATE' WHERE code IN ('GIAY_KHEN', 'BANG_KHEN_BO_TINH', 'BANG_KHEN_TTG');
UPDATE reward.catalogue SET decision_level = 'MINISTRY_PROVINCE'
WHERE code IN ('CSTD_BO_TINH', 'TT_LDXS', 'CO_TD_BO_TINH', 'BANG_KHEN_BO_TINH');
UPDATE reward.catalogue SET decision_level = 'PRIME_MINISTER' WHERE code IN ('CSTD_TQ', 'CO_TD_CP', 'BANG_KHEN_TTG');

-- Collective multiples: NĐ 152/2025/NĐ-CP Điều 51 (orders) and Điều 52 (Anh hùng) ✔ (REPORTING-REWARDS
-- §2.3). Individual multiples are not in the sources read: half the collective one, as NĐ 91/2017 paid
-- (Sao vàng 46 / 92) — unverified for NĐ 152, said so in bonus_basis. Độc lập and Quân công hạng Ba are
-- missing from the table read: 18 (with Lao động hạng Nhất), unverified. Medals and the honorary titles
-- of professions: no figure read, so no bonus is computed (multiples NULL) until one is checked.
INSERT INTO reward.catalogue
    (code, valid_from, kind, name, name_en, article, decided_by, multiple_individual, multiple_collective,
     bonus_basis, rule_set, sort_order, family, decision_level)
SELECT code, DATE '2025-07-01', 'FORM', name, name_en, article,
       'Chủ tịch nước (Luật TĐKT 06/2022/QH15, điều chưa kiểm chứng), theo đề nghị của Thủ tướng Chính phủ do Bộ Nội vụ trình',
       ind, col, basis, NULL, sort_order, family, 'PRESIDENT'
FROM (VALUES
 ('HC_SAO_VANG', 'Huân chương Sao vàng', 'Gold Star Order', 46.0, 92.0, 'ORDER', 200),
 ('HC_HO_CHI_MINH', 'Huân chương Hồ Chí Minh', 'Ho Chi Minh Order', 30.5, 61.0, 'ORDER', 201),
 ('HC_DOC_LAP_1', 'Huân chương Độc lập hạng Nhất', 'Independence Order, first class', 15.0, 30.0, 'ORDER', 202),
 ('HC_DOC_LAP_2', 'Huân chương Độc lập hạng Nhì', 'Independence Order, second class', 12.5, 25.0, 'ORDER', 203),
 ('HC_DOC_LAP_3', 'Huân chương Độc lập hạng Ba', 'Independence Order, third class', 9.0, 18.0, 'ORDER', 204),
 ('HC_QUAN_CONG_1', 'Huân chương Quân công hạng Nhất', 'Military Exploit Order, first class', 15.0, 30.0, 'ORDER', 205),
 ('HC_QUAN_CONG_2', 'Huân chương Quân công hạng Nhì', 'Military Exploit Order, second class', 12.5, 25.0, 'ORDER', 206),
 ('HC_QUAN_CONG_3', 'Huân chương Quân công hạng Ba', 'Military Exploit Order, third class', 9.0, 18.0, 'ORDER', 207),
 ('HC_LAO_DONG_1', 'Huân chương Lao động hạng Nhất', 'Labour Order, first class', 9.0, 18.0, 'ORDER', 208),
 ('HC_LAO_DONG_2', 'Huân chương Lao động hạng Nhì', 'Labour Order, second class', 7.5, 15.0, 'ORDER', 209),
 ('HC_LAO_DONG_3', 'Huân chương Lao động hạng Ba', 'Labour Order, third class', 4.5, 9.0, 'ORDER', 210),
 ('HC_BAO_VE_TQ_1', 'Huân chương Bảo vệ Tổ quốc hạng Nhất', 'Fatherland Defence Order, first class', 9.0, 18.0, 'ORDER', 211),
 ('HC_BAO_VE_TQ_2', 'Huân chương Bảo vệ Tổ quốc hạng Nhì', 'Fatherland Defence Order, second class', 7.5, 15.0, 'ORDER', 212),
 ('HC_BAO_VE_TQ_3', 'Huân chương Bảo vệ Tổ quốc hạng Ba', 'Fatherland Defence Order, third class', 4.5, 9.0, 'ORDER', 213),
 ('HC_CHIEN_CONG_1', 'Huân chương Chiến công hạng Nhất', 'Feat of Arms Order, first class', 9.0, 18.0, 'ORDER', 214),
 ('HC_CHIEN_CONG_2', 'Huân chương Chiến công hạng Nhì', 'Feat of Arms Order, second class', 7.5, 15.0, 'ORDER', 215),
 ('HC_CHIEN_CONG_3', 'Huân chương Chiến công hạng Ba', 'Feat of Arms Order, third class', 4.5, 9.0, 'ORDER', 216),
 ('HC_DAI_DOAN_KET', 'Huân chương Đại đoàn kết dân tộc', 'Great National Unity Order', 7.5, 15.0, 'ORDER', 217),
 ('HC_DUNG_CAM', 'Huân chương Dũng cảm', 'Bravery Order', 4.5, 9.0, 'ORDER', 218),
 ('HC_HUU_NGHI', 'Huân chương Hữu nghị', 'Friendship Order', NULL, NULL, 'ORDER', 219),
 ('HCH_CSVV_1', 'Huy chương Chiến sĩ vẻ vang hạng Nhất', 'Glorious Fighter Medal, first class', NULL, NULL, 'MEDAL', 230),
 ('HCH_CSVV_2', 'Huy chương Chiến sĩ vẻ vang hạng Nhì', 'Glorious Fighter Medal, second class', NULL, NULL, 'MEDAL', 231),
 ('HCH_CSVV_3', 'Huy chương Chiến sĩ vẻ vang hạng Ba', 'Glorious Fighter Medal, third class', NULL, NULL, 'MEDAL', 232),
 ('HCH_QUAN_KY', 'Huy chương Quân kỳ quyết thắng', 'Victory Banner Medal', NULL, NULL, 'MEDAL', 233),
 ('HCH_AN_NINH_TQ', 'Huy chương Vì an ninh Tổ quốc', 'Fatherland Security Medal', NULL, NULL, 'MEDAL', 234),
 ('HCH_HUU_NGHI', 'Huy chương Hữu nghị', 'Friendship Medal', NULL, NULL, 'MEDAL', 235),
 ('AH_LLVTND', 'Anh hùng Lực lượng vũ trang nhân dân', 'Hero of the People''s Armed Forces', 15.5, 31.0, 'STATE_HONOUR', 250),
 ('AH_LAO_DONG', 'Anh hùng Lao động', 'Hero of Labour', 15.5, 31.0, 'STATE_HONOUR', 251),
 ('BA_ME_VNAH', 'Bà mẹ Việt Nam anh hùng', 'Vietnamese Heroic Mother', NULL, NULL, 'STATE_HONOUR', 252),
 ('NHA_GIAO_ND', 'Nhà giáo nhân dân', 'People''s Teacher', NULL, NULL, 'STATE_HONOUR', 253),
 ('NHA_GIAO_UT', 'Nhà giáo ưu tú', 'Meritorious Teacher', NULL, NULL, 'STATE_HONOUR', 254),
 ('THAY_THUOC_ND', 'Thầy thuốc nhân dân', 'People''s Physician', NULL, NULL, 'STATE_HONOUR', 255),
 ('THAY_THUOC_UT', 'Thầy thuốc ưu tú', 'Meritorious Physician', NULL, NULL, 'STATE_HONOUR', 256),
 ('NGHE_SI_ND', 'Nghệ sĩ nhân dân', 'People''s Artist', NULL, NULL, 'STATE_HONOUR', 257),
 ('NGHE_SI_UT', 'Nghệ sĩ ưu tú', 'Meritorious Artist', NULL, NULL, 'STATE_HONOUR', 258),
 ('NGHE_NHAN_ND', 'Nghệ nhân nhân dân', 'People''s Artisan', NULL, NULL, 'STATE_HONOUR', 259),
 ('NGHE_NHAN_UT', 'Nghệ nhân ưu tú', 'Meritorious Artisan', NULL, NULL, 'STATE_HONOUR', 260)
) AS v(code, name, name_en, ind, col, family, sort_order)
CROSS JOIN LATERAL (SELECT
    CASE family
        WHEN 'ORDER' THEN 'Điều 33 Luật TĐKT 06/2022/QH15 (các loại huân chương)'
        WHEN 'MEDAL' THEN 'Điều 50 Luật TĐKT 06/2022/QH15 (các loại huy chương; số điều chưa kiểm chứng)'
        ELSE 'Điều 59 Luật TĐKT 06/2022/QH15 (danh hiệu vinh dự nhà nước)'
    END AS article,
    CASE
        WHEN code = 'HC_HUU_NGHI' OR family = 'MEDAL' OR col IS NULL
            THEN 'NĐ 152/2025/NĐ-CP: chưa tra được mức thưởng — không tính tiền thưởng (chưa kiểm chứng)'
        WHEN code IN ('HC_DOC_LAP_3', 'HC_QUAN_CONG_3')
            THEN 'NĐ 152/2025/NĐ-CP Điều 51: tập thể 18 lần (chưa kiểm chứng, không có trong bảng đã đọc); cá nhân bằng nửa (chưa kiểm chứng)'
        WHEN family = 'ORDER'
            THEN 'NĐ 152/2025/NĐ-CP Điều 51: mức tập thể ✔; cá nhân bằng nửa mức tập thể (chưa kiểm chứng)'
        ELSE 'NĐ 152/2025/NĐ-CP Điều 52: tập thể 31 lần ✔; cá nhân 15,5 lần (chưa kiểm chứng)'
    END AS basis) b;

-- Anh hùng: 90 % of all council members (NĐ 98/2023 Art. 30(7) ✔; NĐ 152 not read). Other state honours
-- take the default rule (more than half, assumed).
INSERT INTO reward.procedure_rule (title_code, quorum_share, pass_share, notice_days, basis) VALUES
 ('AH_LLVTND',   0.6666, 0.90, 10, 'NĐ 98/2023/NĐ-CP Điều 30 khoản 7 (90 % tổng số thành viên)'),
 ('AH_LAO_DONG', 0.6666, 0.90, 10, 'NĐ 98/2023/NĐ-CP Điều 30 khoản 7 (90 % tổng số thành viên)');

-- A state honour is proposed by the province (or ministry) to the Ministry of Home Affairs, which submits
-- it through the Prime Minister to the President: SUBMITTED until the Ministry records the decision.
ALTER TABLE reward.nomination DROP CONSTRAINT nomination_status_check;
ALTER TABLE reward.nomination ADD CONSTRAINT nomination_status_check CHECK (status IN (
    'PROPOSED', 'IN_REVIEW', 'VOTED', 'IN_NOTICE', 'APPRAISED', 'SUBMITTED', 'HELD',
    'APPROVED', 'DOWNGRADED', 'RETURNED', 'REJECTED', 'REVOKED'));
ALTER TABLE reward.nomination
    ADD COLUMN submission_no text,
    ADD COLUMN submitted_on  date,
    ADD COLUMN submitted_by  text;
