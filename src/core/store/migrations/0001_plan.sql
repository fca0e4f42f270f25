-- Schema 1: workshops, their sessions and the timed activities of each session.
-- Statements end with a semicolon at the end of a line. Keep SQL portable (no SQLite-only types)
-- so that a PostgreSQL back end can share it: dates and times are ISO 8601 text, flags are 0/1.

CREATE TABLE app_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE workshop (
    id               INTEGER PRIMARY KEY,
    title            TEXT NOT NULL,
    organizer        TEXT NOT NULL DEFAULT '',
    platform         TEXT NOT NULL DEFAULT 'zoom' CHECK (platform IN ('zoom', 'teams', 'meet', 'other')),
    time_zone        TEXT NOT NULL,
    second_time_zone TEXT NOT NULL DEFAULT '',
    language         TEXT NOT NULL DEFAULT 'en',
    description      TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

CREATE TABLE session (
    id            INTEGER PRIMARY KEY,
    workshop_id   INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    title         TEXT NOT NULL,
    session_date  TEXT NOT NULL,
    planned_start TEXT NOT NULL,
    target_end    TEXT,
    UNIQUE (workshop_id, position)
);

CREATE TABLE activity (
    id                INTEGER PRIMARY KEY,
    session_id        INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    kind              TEXT NOT NULL,
    title             TEXT NOT NULL,
    planned_minutes   INTEGER NOT NULL CHECK (planned_minutes >= 0),
    objective         TEXT NOT NULL DEFAULT '',
    instructions      TEXT NOT NULL DEFAULT '',
    facilitator_notes TEXT NOT NULL DEFAULT '',
    fixed_start       TEXT,
    may_shorten       INTEGER NOT NULL DEFAULT 0 CHECK (may_shorten IN (0, 1)),
    minimum_minutes   INTEGER NOT NULL DEFAULT 0 CHECK (minimum_minutes >= 0),
    UNIQUE (session_id, position)
);

CREATE TABLE activity_material (
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    label       TEXT NOT NULL,
    link        TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (activity_id, position)
);

CREATE TABLE breakout_settings (
    activity_id       INTEGER PRIMARY KEY REFERENCES activity (id) ON DELETE CASCADE,
    grouping          TEXT NOT NULL CHECK (grouping IN ('home', 'mix', 'trios', 'language', 'manual')),
    group_size        INTEGER NOT NULL DEFAULT 0 CHECK (group_size >= 0),
    group_count       INTEGER NOT NULL DEFAULT 0 CHECK (group_count >= 0),
    rounds            INTEGER NOT NULL DEFAULT 1 CHECK (rounds >= 1),
    minutes_per_round INTEGER NOT NULL DEFAULT 0 CHECK (minutes_per_round >= 0)
);

CREATE TABLE breakout_role (
    activity_id INTEGER NOT NULL REFERENCES breakout_settings (activity_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    PRIMARY KEY (activity_id, position)
);

CREATE TABLE breakout_broadcast (
    activity_id        INTEGER NOT NULL REFERENCES breakout_settings (activity_id) ON DELETE CASCADE,
    position           INTEGER NOT NULL,
    minutes_before_end INTEGER NOT NULL CHECK (minutes_before_end >= 0),
    text               TEXT NOT NULL,
    PRIMARY KEY (activity_id, position)
);

CREATE INDEX session_by_workshop ON session (workshop_id, position);
CREATE INDEX activity_by_session ON activity (session_id, position);
