-- Typo-tolerant search takes the nearest names by trigram distance from GiST indexes (k-nearest
-- neighbours) instead of testing every name against a similarity threshold.
DROP INDEX adminunit.search_name_fold_trgm;
DROP INDEX adminunit.search_name_compact_trgm;
CREATE INDEX search_name_fold_gist ON adminunit.search_name USING gist (name_fold gist_trgm_ops);
CREATE INDEX search_name_compact_gist ON adminunit.search_name USING gist (name_compact gist_trgm_ops);
