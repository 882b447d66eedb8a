-- Search looks names up in a table of distinct short names, so that the trigram indexes are not
-- rewritten each time an import closes or reshapes a version (every reform touches ~10,000 of them).
DROP INDEX adminunit.unit_version_name_trgm;
DROP INDEX adminunit.unit_version_compact_trgm;
DROP INDEX adminunit.unit_version_full_name_trgm;
ALTER TABLE adminunit.unit_version
    DROP COLUMN name_fold,
    DROP COLUMN name_compact,
    DROP COLUMN full_name_fold;

CREATE TABLE adminunit.search_name (
    name         text PRIMARY KEY,
    name_fold    text GENERATED ALWAYS AS (platform.fold(name)) STORED,
    name_compact text GENERATED ALWAYS AS (replace(platform.fold(name), ' ', '')) STORED
);
CREATE INDEX search_name_fold_trgm ON adminunit.search_name USING gin (name_fold gin_trgm_ops);
CREATE INDEX search_name_compact_trgm ON adminunit.search_name USING gin (name_compact gin_trgm_ops);
CREATE INDEX unit_version_name_idx ON adminunit.unit_version (name, valid_from);

INSERT INTO adminunit.search_name (name)
SELECT DISTINCT name FROM adminunit.unit_version
ON CONFLICT DO NOTHING;
