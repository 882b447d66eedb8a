-- Search answers most queries (a name typed in full or its beginning, with or without diacritics, or
-- a code) from b-tree look-ups; only a query with a typo goes to the trigram indexes.
CREATE INDEX search_name_fold_idx ON adminunit.search_name (name_fold text_pattern_ops);
CREATE INDEX search_name_compact_idx ON adminunit.search_name (name_compact text_pattern_ops);
CREATE INDEX unit_version_code_prefix_idx ON adminunit.unit_version (code text_pattern_ops);
