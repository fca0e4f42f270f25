-- Schema 5: what a roster needs beyond names. Participant details (age band, interpretation,
-- notes, consent notice and purposes, further e-mail addresses), sessions a person skips,
-- live check-in events, remembered import mappings, the per-country enterprise size rules, each
-- workshop's retention period and the log of everything done with personal data.
--
-- Erasure keeps the participant row with every personal field blanked and erased_at set, so that
-- counts by sex, country, organization type, age band, size class and attendance in past
-- reports stay correct; size_class freezes the class derived from the head count, which is
-- itself removed.

ALTER TABLE participant ADD COLUMN age_band TEXT NOT NULL DEFAULT 'not-stated';
ALTER TABLE participant ADD COLUMN needs_interpretation INTEGER NOT NULL DEFAULT 0 CHECK (needs_interpretation IN (0, 1));
ALTER TABLE participant ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE participant ADD COLUMN consent_notice TEXT NOT NULL DEFAULT '';
ALTER TABLE participant ADD COLUMN size_class TEXT NOT NULL DEFAULT '';
ALTER TABLE participant ADD COLUMN erased_at TEXT;
ALTER TABLE participant ADD COLUMN updated_at TEXT;

CREATE TABLE participant_email (
    participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    email          TEXT NOT NULL,
    PRIMARY KEY (participant_id, position)
);

CREATE TABLE participant_consent_purpose (
    participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    purpose        TEXT NOT NULL,
    PRIMARY KEY (participant_id, purpose)
);

-- Everyone enrolled in a workshop is expected at each of its sessions, including sessions added
-- later, except where a row here says otherwise (a person who joins only the second day).
CREATE TABLE session_exclusion (
    session_id     INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, participant_id)
);

CREATE INDEX session_exclusion_by_participant ON session_exclusion (participant_id);

-- One row per check-in action; a person's state in a session is their latest event.
CREATE TABLE attendance_event (
    id             INTEGER PRIMARY KEY,
    session_id     INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('arrived', 'late', 'left', 'rejoined')),
    at             TEXT NOT NULL
);

CREATE INDEX attendance_event_by_session ON attendance_event (session_id, participant_id, id);

-- Column headers of a registration export and the participant field each one fills. Headers
-- only: never a value from the file.
CREATE TABLE import_mapping (
    name       TEXT PRIMARY KEY,
    source     TEXT NOT NULL,
    columns    TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Upper head counts of micro, small and medium enterprises per country ('' = any other country).
CREATE TABLE enterprise_size_rule (
    country    TEXT PRIMARY KEY,
    micro_max  INTEGER NOT NULL CHECK (micro_max >= 0),
    small_max  INTEGER NOT NULL CHECK (small_max >= micro_max),
    medium_max INTEGER NOT NULL CHECK (medium_max >= small_max),
    note       TEXT NOT NULL DEFAULT ''
);

-- Starting values only, from the national definitions as published up to 2024. Definitions
-- change and several countries use different limits per sector; the user must check these
-- against the current national definitions and edit them in Sala.
INSERT INTO enterprise_size_rule (country, micro_max, small_max, medium_max, note) VALUES ('KH', 10, 50, 100, 'Cambodia SME policy: micro up to 10, small 11-50, medium 51-100 employees.');
INSERT INTO enterprise_size_rule (country, micro_max, small_max, medium_max, note) VALUES ('LA', 5, 50, 99, 'Lao PDR SME decree: micro up to 5, small 6-50, medium 51-99 employees.');
INSERT INTO enterprise_size_rule (country, micro_max, small_max, medium_max, note) VALUES ('MY', 4, 29, 75, 'Malaysia services and other sectors; manufacturing allows small up to 74 and medium up to 200.');
INSERT INTO enterprise_size_rule (country, micro_max, small_max, medium_max, note) VALUES ('PH', 9, 99, 199, 'Philippines MSME definition: micro 1-9, small 10-99, medium 100-199 employees.');
INSERT INTO enterprise_size_rule (country, micro_max, small_max, medium_max, note) VALUES ('TH', 5, 30, 100, 'Thailand trade and services; manufacturing allows small up to 50 and medium up to 200.');
INSERT INTO enterprise_size_rule (country, micro_max, small_max, medium_max, note) VALUES ('', 9, 49, 249, 'Any other country until a rule is added.');

-- Retention of a workshop's personal data, counted in months from its last session.
CREATE TABLE workshop_retention (
    workshop_id             INTEGER PRIMARY KEY REFERENCES workshop (id) ON DELETE CASCADE,
    keep_months             INTEGER NOT NULL CHECK (keep_months >= 0),
    personal_data_erased_at TEXT
);

-- Every export that holds personal data, and every erasure: what, when, which file. No names:
-- the ids point at rows that an erasure leaves anonymous. No foreign keys, so the record
-- outlives a deleted workshop.
CREATE TABLE personal_data_log (
    id              INTEGER PRIMARY KEY,
    happened_at     TEXT NOT NULL,
    action          TEXT NOT NULL CHECK (action IN ('roster-export', 'access-export', 'erasure', 'retention-erasure')),
    description     TEXT NOT NULL DEFAULT '',
    file            TEXT NOT NULL DEFAULT '',
    workshop_id     INTEGER,
    participant_id  INTEGER,
    record_count    INTEGER NOT NULL DEFAULT 0,
    without_consent INTEGER NOT NULL DEFAULT 0,
    via             TEXT NOT NULL DEFAULT 'app'
);
