-- Indexes no query needs (as-of predicates scan the ~30,000 versions faster than a range index; code
-- look-ups use the pattern index or the exclusion constraint's), each one costs every load and import.
DROP INDEX adminunit.unit_version_period_idx;
DROP INDEX adminunit.unit_version_code_idx;
