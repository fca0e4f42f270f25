-- Schema 2: participants and their enrolment in workshops. Names are stored as written and never
-- split; aliases and languages are child rows so that they can be searched and matched.

CREATE TABLE participant (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL,
    preferred_name    TEXT NOT NULL DEFAULT '',
    email             TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',
    organization      TEXT NOT NULL DEFAULT '',
    organization_type TEXT NOT NULL DEFAULT 'enterprise',
    country           TEXT NOT NULL DEFAULT '',
    sex               TEXT NOT NULL DEFAULT 'not-stated' CHECK (sex IN ('female', 'male', 'another', 'not-stated')),
    sector            TEXT NOT NULL DEFAULT '',
    employees         INTEGER CHECK (employees IS NULL OR employees >= 0),
    consent_given     INTEGER NOT NULL DEFAULT 0 CHECK (consent_given IN (0, 1)),
    consent_at        TEXT,
    source            TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL
);

CREATE TABLE participant_alias (
    participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    alias          TEXT NOT NULL,
    PRIMARY KEY (participant_id, alias)
);

CREATE TABLE participant_language (
    participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    language       TEXT NOT NULL,
    PRIMARY KEY (participant_id, language)
);

CREATE TABLE enrolment (
    workshop_id    INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    enrolled_at    TEXT NOT NULL,
    PRIMARY KEY (workshop_id, participant_id)
);

CREATE INDEX enrolment_by_participant ON enrolment (participant_id);
