-- New versions of the staffing categories where the decrees of mid-2026 change their legal basis
-- (docs/staffing-categories.md, "Versions of 2026"). Quotas refer to a category's code, so a new
-- version changes no figure; it says which law governs the category on a date.

-- Public employees: NĐ 232/2026/NĐ-CP (26/06/2026, in force 01/07/2026) replaces the job-position
-- provisions of NĐ 106/2020/NĐ-CP (Art. 16(2)); NĐ 235/2026/NĐ-CP Art. 3 lets units of autonomy
-- groups 1 and 2 decide their own total headcount.
UPDATE staffing.category SET valid_to = DATE '2026-07-01'
WHERE code IN ('PUBLIC_EMPLOYEE_BUDGET', 'PUBLIC_EMPLOYEE_SELF', 'SUPPORT_CONTRACT') AND valid_to IS NULL;
INSERT INTO staffing.category (code, name, name_en, counts_as_quota, sort_order, legal_basis, valid_from, valid_to)
SELECT code, name, name_en, counts_as_quota, sort_order, basis, DATE '2026-07-01', NULL
FROM staffing.category c
JOIN (VALUES
    ('PUBLIC_EMPLOYEE_BUDGET', 'Nghị định 232/2026/NĐ-CP về vị trí việc làm viên chức (từ 01/07/2026, thay các quy định về vị trí việc làm của Nghị định 106/2020/NĐ-CP); số lượng người làm việc theo Nghị định 106/2020/NĐ-CP (chưa xác minh phần còn hiệu lực)'),
    ('PUBLIC_EMPLOYEE_SELF', 'Nghị định 232/2026/NĐ-CP về vị trí việc làm viên chức (từ 01/07/2026); đơn vị tự chủ nhóm 1, 2 tự quyết định tổng số người làm việc (Nghị định 235/2026/NĐ-CP, Điều 3)'),
    ('SUPPORT_CONTRACT', 'Nghị định 235/2026/NĐ-CP (từ 01/07/2026) đối với đơn vị sự nghiệp công lập; Nghị định 111/2022/NĐ-CP đối với cơ quan hành chính')
) AS v (vcode, basis) ON v.vcode = c.code
WHERE c.valid_to = DATE '2026-07-01';

-- Non-specialised workers: the commune posts ended with the two-level local government (localities
-- could keep them until 31/05/2026, CV 12/CV-BCĐ 2025); those of villages and residential groups
-- continue under NĐ 185/2026/NĐ-CP of 26/05/2026. Whether they count as quota is kept as before
-- (the review marks "not biên chế" as unverified).
UPDATE staffing.category SET valid_to = DATE '2026-06-01'
WHERE code = 'COMMUNE_PART_TIME' AND valid_to IS NULL;
INSERT INTO staffing.category (code, name, name_en, counts_as_quota, sort_order, legal_basis, valid_from, valid_to)
SELECT code, 'Người hoạt động không chuyên trách ở thôn, tổ dân phố',
       'Non-specialised workers of villages and residential groups', counts_as_quota, sort_order,
       'Nghị định 185/2026/NĐ-CP ngày 26/5/2026; người hoạt động không chuyên trách ở cấp xã chấm dứt chậm nhất ngày 31/05/2026',
       DATE '2026-06-01', NULL
FROM staffing.category WHERE code = 'COMMUNE_PART_TIME' AND valid_to = DATE '2026-06-01';
