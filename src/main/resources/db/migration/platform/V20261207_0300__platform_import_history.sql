-- Every upload of every module's import, applied or refused: who, when, which file, how many rows,
-- the outcome and how many errors and warnings. One table for all modules so that a personnel
-- officer's "what did we import" has one answer; importer_scope keeps a province's history to itself.
CREATE TABLE platform.import_history (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    imported_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    module          text        NOT NULL,
    kind            text        NOT NULL,
    filename        text        NOT NULL DEFAULT '',
    row_count       integer     NOT NULL DEFAULT 0,
    applied         boolean     NOT NULL,
    error_count     integer     NOT NULL DEFAULT 0,
    warning_count   integer     NOT NULL DEFAULT 0,
    actor           text        NOT NULL,
    importer_scope  text        NOT NULL DEFAULT '/'
);
CREATE INDEX import_history_module_idx ON platform.import_history (module, imported_at DESC);
