-- The type of a unit is checked by a CHECK constraint rather than a foreign key to the catalogue table:
-- the database still refuses an unknown type, without a trigger per written row (bulk imports).
ALTER TABLE organization.unit_version DROP CONSTRAINT unit_version_type_fkey;
ALTER TABLE organization.unit DROP CONSTRAINT unit_current_type_fkey;
ALTER TABLE organization.unit_version ADD CONSTRAINT unit_version_type_check CHECK (type IN (
    'MINISTRY', 'MINISTRY_LEVEL_AGENCY', 'GOVERNMENT_AGENCY', 'MINISTRY_UNIT', 'PROVINCIAL_PEOPLES_COMMITTEE',
    'PROVINCIAL_DEPARTMENT', 'DEPARTMENT_UNIT', 'DISTRICT_PEOPLES_COMMITTEE', 'DISTRICT_OFFICE',
    'COMMUNE_PEOPLES_COMMITTEE', 'COMMUNE_OFFICE', 'PUBLIC_SERVICE_UNIT'));
ALTER TABLE organization.unit ADD CONSTRAINT unit_current_type_check CHECK (current_type IN (
    'MINISTRY', 'MINISTRY_LEVEL_AGENCY', 'GOVERNMENT_AGENCY', 'MINISTRY_UNIT', 'PROVINCIAL_PEOPLES_COMMITTEE',
    'PROVINCIAL_DEPARTMENT', 'DEPARTMENT_UNIT', 'DISTRICT_PEOPLES_COMMITTEE', 'DISTRICT_OFFICE',
    'COMMUNE_PEOPLES_COMMITTEE', 'COMMUNE_OFFICE', 'PUBLIC_SERVICE_UNIT'));
