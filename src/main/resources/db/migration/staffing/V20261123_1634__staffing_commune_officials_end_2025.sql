-- Commune cadres and civil servants (COMMUNE_OFFICIAL) are cadres and civil servants of the single
-- regime from 01/07/2025 (Law 80/2025/QH15; NĐ 170/2025/NĐ-CP repealed the commune civil-servant
-- provisions of NĐ 33/2023/NĐ-CP). The category ends that day and its posts pass to CIVIL_SERVANT
-- (commune tier): a reduction from a year before the reform counts the commune officials of its
-- baseline year as civil servants, so that both years count the same people
-- (docs/staffing-comparability.md, "Categories across the 2025 reform").
ALTER TABLE staffing.category ADD COLUMN succeeded_by text COLLATE "C";
UPDATE staffing.category
SET valid_to = DATE '2025-07-01', succeeded_by = 'CIVIL_SERVANT',
    legal_basis = legal_basis || '; hết hiệu lực từ 01/07/2025 (Luật 80/2025/QH15, NĐ 170/2025/NĐ-CP): chuyển thành biên chế công chức'
WHERE code = 'COMMUNE_OFFICIAL' AND valid_from = DATE '2023-08-01';
