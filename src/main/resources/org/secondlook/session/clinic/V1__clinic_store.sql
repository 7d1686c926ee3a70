-- The clinic store on PostgreSQL. Run by the role that owns the database (`second-look store init`); clinicians
-- log in with roles of their own that own nothing here and see only their clinic's rows (row-level security).

-- Substring search on labels: a trigram index serves ILIKE '%text%'. pg_trgm is a trusted extension, so the
-- database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'second_look_clinician') THEN
        CREATE ROLE second_look_clinician NOLOGIN;
    END IF;
END
$$;

-- Which clinic each clinician's login role works for; written only by `second-look store add-clinician`.
CREATE TABLE clinicians (
    role_name  name PRIMARY KEY,
    clinic     text NOT NULL CHECK (clinic <> ''),
    added_at   timestamptz NOT NULL DEFAULT now()
);

-- The clinic of the role that is logged in, or null for a role that is no clinician. SECURITY DEFINER so that
-- clinicians need no right to read the clinicians table itself.
CREATE FUNCTION current_clinic() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$ SELECT clinic FROM public.clinicians WHERE role_name = session_user $$;

-- GENERATED ALWAYS: an id is never given again, so a stale reference never opens somebody else's answers.
CREATE TABLE sessions (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    clinic          text    NOT NULL DEFAULT current_clinic(),
    label           text,
    status          text    NOT NULL CHECK (status IN ('IN_PROGRESS', 'COMPLETED')),
    site            text,
    diagnosis       text,
    pain_intensity  integer,
    sure_score      integer,
    leaning         text,
    warning_sign    integer NOT NULL DEFAULT 0,
    content_version text    NOT NULL,
    answers_json    text    NOT NULL,
    created_at      bigint  NOT NULL,
    updated_at      bigint  NOT NULL,
    -- Optimistic locking: every change adds one; a save names the version it was based on.
    version         bigint  NOT NULL DEFAULT 1,
    -- Where a migrated session came from, so that migrating the same file again copies nothing twice.
    source_key      text,
    UNIQUE (clinic, source_key)
);

CREATE INDEX sessions_by_created ON sessions (clinic, created_at DESC, id DESC);
CREATE INDEX sessions_by_diagnosis ON sessions (clinic, diagnosis, created_at DESC, id DESC);
CREATE INDEX sessions_unfinished_by_updated ON sessions (clinic, status, updated_at DESC, id DESC);
CREATE INDEX sessions_label_trigrams ON sessions USING gin (label gin_trgm_ops);

-- Who created, opened, changed, printed, exported and deleted which session, and when. Insert-only.
CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    clinician   name        NOT NULL DEFAULT session_user,
    clinic      text        NOT NULL DEFAULT current_clinic(),
    session_id  bigint      NOT NULL,
    action      text        NOT NULL
        CHECK (action IN ('CREATED', 'OPENED', 'CHANGED', 'PRINTED', 'EXPORTED', 'DELETED'))
);
CREATE INDEX audit_by_session ON audit_log (clinic, session_id, id);

CREATE FUNCTION audit_log_is_insert_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit log is insert-only: its rows cannot be changed or removed';
END
$$;
CREATE TRIGGER audit_log_insert_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_insert_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_insert_only();

-- Creating, changing and deleting are logged by the database itself, whatever program made the change.
CREATE FUNCTION audit_session_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO audit_log (session_id, action, clinic) VALUES (OLD.id, 'DELETED', OLD.clinic);
        PERFORM pg_notify('second_look_sessions', '');
        RETURN OLD;
    END IF;
    INSERT INTO audit_log (session_id, action, clinic)
        VALUES (NEW.id, CASE TG_OP WHEN 'INSERT' THEN 'CREATED' ELSE 'CHANGED' END, NEW.clinic);
    -- Other workstations refresh their history lists; the notice names nothing, as every clinic hears it.
    PERFORM pg_notify('second_look_sessions', '');
    RETURN NEW;
END
$$;
CREATE TRIGGER sessions_audited AFTER INSERT OR UPDATE OR DELETE ON sessions
    FOR EACH ROW EXECUTE FUNCTION audit_session_change();

-- Row-level security, forced so that not even the tables' owner reads across clinics by accident.
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE sessions FORCE ROW LEVEL SECURITY;
CREATE POLICY own_clinic ON sessions
    USING (clinic = current_clinic())
    WITH CHECK (clinic = current_clinic());

ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
CREATE POLICY read_own_clinic ON audit_log FOR SELECT USING (clinic = current_clinic());
CREATE POLICY write_as_oneself ON audit_log FOR INSERT
    WITH CHECK (clinic = current_clinic() AND clinician = session_user);

REVOKE ALL ON clinicians, sessions, audit_log FROM PUBLIC;
REVOKE ALL ON FUNCTION current_clinic() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION current_clinic() TO second_look_clinician;
GRANT SELECT, INSERT, UPDATE, DELETE ON sessions TO second_look_clinician;
GRANT SELECT, INSERT ON audit_log TO second_look_clinician;
