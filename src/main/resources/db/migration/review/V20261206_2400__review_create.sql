-- The annual review (báo cáo tổng kết): drafts of a scope's review of a year against a baseline year,
-- versioned (each save is a new version), and the approved version frozen with its figures.
CREATE SCHEMA IF NOT EXISTS review;

CREATE TABLE review.draft (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- the scope code as asked ('' = the whole country), the year and the baseline year
    scope_code    text        NOT NULL,
    year          integer     NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    baseline_year integer     NOT NULL CHECK (baseline_year BETWEEN 1990 AND 2100),
    version       integer     NOT NULL CHECK (version > 0),
    -- the drafter's text per section key, and the document's number and symbol, place, recipients, signer
    narrative     jsonb       NOT NULL DEFAULT '{}',
    status        text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'APPROVED')),
    -- the sections with their figures as approved: they no longer move when data is corrected
    figures       jsonb,
    created_by    text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    approved_by   text,
    approved_at   timestamptz,
    UNIQUE (scope_code, year, baseline_year, version),
    CHECK ((status = 'APPROVED') = (figures IS NOT NULL AND approved_by IS NOT NULL))
);
-- at most one approved version of a review
CREATE UNIQUE INDEX draft_one_approved ON review.draft (scope_code, year, baseline_year) WHERE status = 'APPROVED';
