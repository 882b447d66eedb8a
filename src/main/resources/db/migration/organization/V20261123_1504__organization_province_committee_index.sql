-- A user scope given as a province code ("01") resolves to the subtree of that province's People's
-- Committee (OrganizationScopeResolver): on the national tree (≈ 100,000 units) that look-up scanned
-- the whole table on every resolution. One partial index entry per provincial committee.
CREATE INDEX unit_province_committee_idx ON organization.unit (current_province_code, valid_to DESC NULLS FIRST)
    WHERE current_type = 'PROVINCIAL_PEOPLES_COMMITTEE';
