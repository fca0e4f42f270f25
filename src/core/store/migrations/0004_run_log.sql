-- Schema 4: the run log and the per-activity wrap-up warning.
-- Each action the facilitator takes while running a session is one row, inserted the moment it
-- happens; the live state (current activity, time left) is computed from the rows and the clock,
-- so a killed process or a reboot loses nothing. Times are ISO 8601 UTC text with milliseconds.
-- activity_id has no foreign key on purpose: the log records what happened and keeps its rows
-- when the plan is edited afterwards.

CREATE TABLE run_event (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('start', 'next', 'previous', 'jump', 'pause', 'resume', 'adjust', 'set-remaining', 'open-rooms', 'finish', 'reset')),
    activity_id INTEGER,
    seconds     INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX run_event_by_session ON run_event (session_id, id);

-- How long before the end of an activity the timer turns to its wrap-up phase, when the trainer
-- set it for that activity; activities without a row use the default.
CREATE TABLE activity_wrap_up (
    activity_id INTEGER PRIMARY KEY REFERENCES activity (id) ON DELETE CASCADE,
    seconds     INTEGER NOT NULL CHECK (seconds >= 0)
);
