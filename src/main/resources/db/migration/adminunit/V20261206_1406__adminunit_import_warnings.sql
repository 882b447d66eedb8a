-- The warnings an import was applied with (a source that disagrees with itself, a name normalised):
-- kept with the import so that a reviewer can go through them later. Errors are never stored: a file
-- with an error is not applied.
CREATE TABLE adminunit.import_warning (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    import_id   bigint  NOT NULL REFERENCES adminunit.import_batch (id),
    row_number  integer NOT NULL,
    column_name text,
    message     text    NOT NULL
);
CREATE INDEX import_warning_import_idx ON adminunit.import_warning (import_id);
