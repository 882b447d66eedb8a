-- Organisational apparatus (tổ chức bộ máy): units with effective-dated versions, restructurings
-- (first-class records with predecessors → successors), restructuring plans (đề án sắp xếp), and
-- the published read model (api_* views) other modules query.
CREATE SCHEMA IF NOT EXISTS organization;

-- The type catalogue (docs/organization-types.md). Names are in the message bundle; the hierarchy
-- rules (allowed parents, tier) live in vn.noivu.organization.internal.UnitType. This table lets the
-- database refuse an unknown type even if the application did not.
CREATE TABLE organization.unit_type (
    code       text PRIMARY KEY,
    tier       text CHECK (tier IN ('CENTRAL', 'PROVINCIAL', 'DISTRICT', 'COMMUNE')),
    sort_order integer NOT NULL
);
INSERT INTO organization.unit_type (code, tier, sort_order) VALUES
    ('MINISTRY', 'CENTRAL', 10),
    ('MINISTRY_LEVEL_AGENCY', 'CENTRAL', 20),
    ('GOVERNMENT_AGENCY', 'CENTRAL', 30),
    ('MINISTRY_UNIT', 'CENTRAL', 40),
    ('PROVINCIAL_PEOPLES_COMMITTEE', 'PROVINCIAL', 50),
    ('PROVINCIAL_DEPARTMENT', 'PROVINCIAL', 60),
    ('DEPARTMENT_UNIT', 'PROVINCIAL', 70),
    ('DISTRICT_PEOPLES_COMMITTEE', 'DISTRICT', 80),
    ('DISTRICT_OFFICE', 'DISTRICT', 90),
    ('COMMUNE_PEOPLES_COMMITTEE', 'COMMUNE', 100),
    ('COMMUNE_OFFICE', 'COMMUNE', 110),
    -- A public service unit takes the tier of the body it belongs to.
    ('PUBLIC_SERVICE_UNIT', NULL, 120);

-- One row per unit over its whole life. The code identifies the unit for ever and is never reused.
-- path/level are the unit's place in today's tree (DHIS2-style materialised path, maintained by the
-- application): an ended unit keeps the place it last had, and an ended root hangs under the unit it
-- was merged into, so a merged province's history stays inside the new province's scope. The current_*
-- columns repeat today's (or the last) version for the api_unit view.
CREATE TABLE organization.unit (
    code                     text PRIMARY KEY
        CHECK (code ~ '^[A-Z0-9]+([.-][A-Z0-9]+)*$' AND length(code) <= 64),
    valid_from               date    NOT NULL,
    valid_to                 date,
    path                     text    NOT NULL,
    level                    integer NOT NULL,
    current_name             text    NOT NULL,
    current_short_name       text,
    current_type             text    NOT NULL REFERENCES organization.unit_type (code),
    current_province_code    text,
    created_by_restructuring bigint,
    ended_by_restructuring   bigint,
    ended_kind               text,
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);
CREATE INDEX unit_path_idx ON organization.unit (path text_pattern_ops);

-- Effective-dated attributes: name, short name, type, parent, the administrative unit served, and the
-- autonomy group of a public service unit. Half-open [valid_from, valid_to), no overlaps per unit.
-- tier and province_code are derived when the version is written (type, parent, admin unit).
-- is_first/is_last/class_in/class_out/ended_kind repeat facts of the unit's whole history on each
-- version (rewritten with it), so "what changed between two dates" is one scan of this table:
-- class_in = the tier or type differs from the previous version, class_out = from the next one.
CREATE TABLE organization.unit_version (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_code        text     NOT NULL REFERENCES organization.unit (code),
    name             text     NOT NULL CHECK (length(btrim(name)) > 0),
    short_name       text,
    type             text     NOT NULL REFERENCES organization.unit_type (code),
    tier             text     NOT NULL CHECK (tier IN ('CENTRAL', 'PROVINCIAL', 'DISTRICT', 'COMMUNE')),
    parent_code      text REFERENCES organization.unit (code),
    admin_unit_code  text CHECK (admin_unit_code ~ '^([0-9]{2}|[0-9]{3}|[0-9]{5})$'),
    province_code    text CHECK (province_code ~ '^[0-9]{2}$'),
    autonomy_group   smallint CHECK (autonomy_group BETWEEN 1 AND 4),
    valid_from       date     NOT NULL,
    valid_to         date,
    legal_basis      text,
    decision_date    date,
    issuer           text,
    restructuring_id bigint,
    is_first         boolean  NOT NULL DEFAULT false,
    is_last          boolean  NOT NULL DEFAULT false,
    class_in         boolean  NOT NULL DEFAULT false,
    class_out        boolean  NOT NULL DEFAULT false,
    ended_kind       text,
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (parent_code IS NULL OR parent_code <> unit_code),
    CHECK ((type = 'PUBLIC_SERVICE_UNIT') = (autonomy_group IS NOT NULL)),
    CONSTRAINT unit_version_no_overlap
        EXCLUDE USING gist (unit_code WITH =, daterange(valid_from, valid_to) WITH &&)
);
CREATE INDEX unit_version_unit_idx ON organization.unit_version (unit_code, valid_from);
CREATE INDEX unit_version_parent_idx ON organization.unit_version (parent_code, valid_from);

-- Restructuring plans (đề án sắp xếp): PROPOSED → APPROVED (applied in one transaction; shown as
-- "effective" once its dates have come) or REJECTED.
CREATE TABLE organization.plan (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title         text        NOT NULL CHECK (length(btrim(title)) > 0),
    status        text        NOT NULL CHECK (status IN ('PROPOSED', 'APPROVED', 'REJECTED')),
    scope_path    text        NOT NULL,
    legal_basis   text,
    decision_date date,
    issuer        text,
    note          text,
    proposed_by   text        NOT NULL,
    proposed_at   timestamptz NOT NULL DEFAULT now(),
    decided_by    text,
    decided_at    timestamptz
);

-- A restructuring: one legal change (establish, merge, split, dissolve, rename, transfer, retype)
-- on one date by one decision, from predecessors to successors. applied = false while it belongs to a
-- plan that has not been approved. fingerprint makes imports idempotent.
CREATE TABLE organization.restructuring (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id        bigint REFERENCES organization.plan (id) ON DELETE CASCADE,
    seq            integer     NOT NULL DEFAULT 0,
    kind           text        NOT NULL
        CHECK (kind IN ('ESTABLISH', 'MERGE', 'SPLIT', 'DISSOLVE', 'RENAME', 'TRANSFER', 'RETYPE')),
    effective_date date        NOT NULL,
    legal_basis    text        NOT NULL CHECK (length(btrim(legal_basis)) > 0),
    decision_date  date,
    issuer         text,
    note           text,
    applied        boolean     NOT NULL DEFAULT false,
    fingerprint    text UNIQUE,
    created_by     text        NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX restructuring_date_idx ON organization.restructuring (effective_date) WHERE applied;
CREATE INDEX restructuring_plan_idx ON organization.restructuring (plan_id);

-- Units on either side of a restructuring. A successor row carries the attributes it gets (NULL =
-- unchanged, or inherited from the first predecessor for a new unit).
CREATE TABLE organization.restructuring_unit (
    restructuring_id bigint  NOT NULL REFERENCES organization.restructuring (id) ON DELETE CASCADE,
    role             text    NOT NULL CHECK (role IN ('PREDECESSOR', 'SUCCESSOR')),
    position         integer NOT NULL,
    unit_code        text    NOT NULL,
    name             text,
    short_name       text,
    type             text,
    parent_code      text,
    admin_unit_code  text,
    autonomy_group   smallint,
    PRIMARY KEY (restructuring_id, role, unit_code)
);
CREATE INDEX restructuring_unit_code_idx ON organization.restructuring_unit (unit_code);

-- Published read model (docs/decisions/001): kept stable when the tables change.
CREATE VIEW organization.api_unit_version AS
SELECT unit_code AS code, name, short_name, type, parent_code, admin_unit_code, province_code,
       autonomy_group, valid_from, valid_to
FROM organization.unit_version;

CREATE VIEW organization.api_unit AS
SELECT code, current_name AS name, current_type AS type, current_province_code AS province_code, path,
       valid_from, valid_to
FROM organization.unit;

CREATE VIEW organization.api_lineage AS
SELECT p.unit_code AS predecessor_code, s.unit_code AS successor_code, r.effective_date, r.kind,
       r.legal_basis
FROM organization.restructuring r
JOIN organization.restructuring_unit p ON p.restructuring_id = r.id AND p.role = 'PREDECESSOR'
JOIN organization.restructuring_unit s ON s.restructuring_id = r.id AND s.role = 'SUCCESSOR'
WHERE r.applied AND p.unit_code <> s.unit_code;
