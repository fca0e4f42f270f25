-- Schema 7: attendance imported from the platforms' exports (Zoom, Teams, Google Meet).
-- One row per imported file and session; the people the file names (identities), each matched to
-- a roster participant or not, with the reason in words; and each identity's stays in UTC.
-- Deleting an import deletes its identities and stays (the undo of an import).
--
-- The identities hold names and addresses as the file wrote them, which is personal data: the
-- triggers below blank them when the matched participant is erased and when a workshop's personal
-- data is erased at the end of its retention period, so that erasure leaves no trace here either
-- (a proposal for someone else that names the erased person loses its reason too).
-- Trigger bodies are SQLite's dialect (a PostgreSQL back end needs its own equivalents); each body
-- ends on the line of its END, because the migrator splits statements at semicolons ending a line.

CREATE TABLE attendance_import (
    id            INTEGER PRIMARY KEY,
    session_id    INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    file_name     TEXT NOT NULL,
    platform      TEXT NOT NULL CHECK (platform IN ('zoom', 'teams', 'meet')),
    layout        TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    time_zone     TEXT NOT NULL,
    date_order    TEXT NOT NULL DEFAULT '' CHECK (date_order IN ('', 'dmy', 'mdy')),
    imported_at   TEXT NOT NULL,
    meeting_title TEXT NOT NULL DEFAULT '',
    meeting_id    TEXT NOT NULL DEFAULT '',
    meeting_start TEXT,
    meeting_end   TEXT,
    UNIQUE (session_id, sha256)
);

CREATE INDEX attendance_import_by_session ON attendance_import (session_id, id);

-- matched_how: 'email', 'alias', 'name' (applied by Sala), 'confirmed' (a proposal or a pick
-- the user confirmed), 'added' (added to the roster from the file), '' (unmatched: waiting for
-- review), 'ignored' (the user said it is nobody on the roster, such as a host's second device).
-- A fuzzy proposal is stored unmatched, with the proposal in match_reason.
CREATE TABLE attendance_identity (
    id             INTEGER PRIMARY KEY,
    import_id      INTEGER NOT NULL REFERENCES attendance_import (id) ON DELETE CASCADE,
    identity_key   TEXT NOT NULL,
    name           TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    participant_id INTEGER REFERENCES participant (id) ON DELETE SET NULL,
    matched_how    TEXT NOT NULL DEFAULT '' CHECK (matched_how IN ('', 'email', 'alias', 'name', 'confirmed', 'added', 'ignored')),
    match_reason   TEXT NOT NULL DEFAULT '',
    seconds        INTEGER NOT NULL DEFAULT 0 CHECK (seconds >= 0),
    totals_only    INTEGER NOT NULL DEFAULT 0 CHECK (totals_only IN (0, 1)),
    first_join     TEXT,
    last_leave     TEXT,
    UNIQUE (import_id, identity_key)
);

CREATE INDEX attendance_identity_by_participant ON attendance_identity (participant_id);

CREATE TABLE attendance_interval (
    identity_id INTEGER NOT NULL REFERENCES attendance_identity (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    started_at  TEXT NOT NULL,
    ended_at    TEXT NOT NULL,
    PRIMARY KEY (identity_id, position)
);

CREATE TRIGGER attendance_identity_erased AFTER UPDATE OF erased_at ON participant
WHEN NEW.erased_at IS NOT NULL
BEGIN
    UPDATE attendance_identity SET name = '', email = '', match_reason = '', identity_key = 'erased:' || id WHERE participant_id = NEW.id; UPDATE attendance_identity SET match_reason = '' WHERE match_reason <> '' AND ((OLD.name <> '' AND instr(match_reason, OLD.name) > 0) OR (OLD.preferred_name <> '' AND instr(match_reason, OLD.preferred_name) > 0) OR EXISTS (SELECT 1 FROM participant_alias a WHERE a.participant_id = OLD.id AND instr(attendance_identity.match_reason, a.alias) > 0)); END;

CREATE TRIGGER attendance_workshop_erased_insert AFTER INSERT ON workshop_retention
WHEN NEW.personal_data_erased_at IS NOT NULL
BEGIN
    UPDATE attendance_identity SET name = '', email = '', match_reason = '', identity_key = 'erased:' || id WHERE import_id IN (SELECT i.id FROM attendance_import i JOIN session s ON s.id = i.session_id WHERE s.workshop_id = NEW.workshop_id); END;

CREATE TRIGGER attendance_workshop_erased_update AFTER UPDATE OF personal_data_erased_at ON workshop_retention
WHEN NEW.personal_data_erased_at IS NOT NULL
BEGIN
    UPDATE attendance_identity SET name = '', email = '', match_reason = '', identity_key = 'erased:' || id WHERE import_id IN (SELECT i.id FROM attendance_import i JOIN session s ON s.id = i.session_id WHERE s.workshop_id = NEW.workshop_id); END;
