-- Platform: extensions every module may use, user accounts with roles and scope, the audit log,
-- and the HTTP session store shared by all instances.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE SCHEMA IF NOT EXISTS platform;

-- unaccent() is only STABLE; an IMMUTABLE wrapper lets indexes use it. đ/Đ are mapped explicitly
-- because Unicode decomposition does not turn them into d/D.
CREATE FUNCTION platform.fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, translate($1, 'đĐ', 'dD'))) $$;

CREATE TABLE platform.user_account (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username            text        NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,64}$'),
    full_name           text        NOT NULL,
    password_hash       text        NOT NULL,
    -- scope_code: NULL = national (the whole country); otherwise the code of the province or
    -- organisation whose subtree the user may see. scope_path is its materialised path, used as a
    -- prefix predicate by every scoped query.
    scope_code          text,
    scope_path          text        NOT NULL DEFAULT '/',
    enabled             boolean     NOT NULL DEFAULT true,
    failed_attempts     integer     NOT NULL DEFAULT 0,
    locked_until        timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now(),
    password_changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE platform.user_role (
    user_id bigint NOT NULL REFERENCES platform.user_account (id) ON DELETE CASCADE,
    role    text   NOT NULL CHECK (role IN ('ADMIN', 'EDITOR', 'APPROVER', 'VIEWER')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE platform.audit_log (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor        text        NOT NULL,
    actor_scope  text        NOT NULL DEFAULT '/',
    action       text        NOT NULL,
    entity       text        NOT NULL,
    entity_id    text,
    before_state jsonb,
    after_state  jsonb,
    detail       text
);
CREATE INDEX audit_log_occurred_idx ON platform.audit_log (occurred_at DESC);
CREATE INDEX audit_log_entity_idx ON platform.audit_log (entity, entity_id);
CREATE INDEX audit_log_actor_idx ON platform.audit_log (actor);

-- The audit log is append-only: nothing in the application may edit or delete a row.
CREATE FUNCTION platform.audit_log_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE ON platform.audit_log
    FOR EACH ROW EXECUTE FUNCTION platform.audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON platform.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION platform.audit_log_append_only();

-- Spring Session JDBC (schema-postgresql.sql of spring-session-jdbc), in the platform schema.
CREATE TABLE platform.spring_session (
    primary_id            char(36) NOT NULL,
    session_id            char(36) NOT NULL,
    creation_time         bigint   NOT NULL,
    last_access_time      bigint   NOT NULL,
    max_inactive_interval int      NOT NULL,
    expiry_time           bigint   NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON platform.spring_session (session_id);
CREATE INDEX spring_session_ix2 ON platform.spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON platform.spring_session (principal_name);

CREATE TABLE platform.spring_session_attributes (
    session_primary_id char(36)     NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES platform.spring_session (primary_id) ON DELETE CASCADE
);
