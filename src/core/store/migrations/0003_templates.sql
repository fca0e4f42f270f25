-- Schema 3: the user's own templates. Each body is a Sala plan file (format "sala-plan", kind
-- "session"); an activity template is a session holding that one activity. Storing the shared
-- file format keeps templates portable and lets them be checked by the same reader as imports.

CREATE TABLE user_template (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('activity', 'session')),
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX user_template_by_kind ON user_template (kind, title);
