-- Look-ups by code (search by code, lineage, the unit page) use a plain b-tree.
CREATE INDEX unit_version_code_idx ON adminunit.unit_version (code, valid_from);
