-- Work a large initial load leaves to run after its commit (docs/decisions/005-personnel-indexes-after-load.md):
-- building the query indexes, validating constraints the import has already checked row by row, and
-- gathering statistics. A step is deleted in the transaction that does it, so a step is either done
-- or still queued, whatever happens to the application in between; queued steps resume at start-up.
CREATE TABLE personnel.after_load_step (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ddl       text        NOT NULL UNIQUE,
    queued_at timestamptz NOT NULL DEFAULT now(),
    failed_at timestamptz,
    failure   text
);
