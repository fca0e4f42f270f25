-- Schema 6: breakout groups. Each breakout activity keeps the rooms of its rounds as the
-- facilitator last left them (generated, dragged, locked); a workshop may keep one set of home
-- groups that any activity can reuse. The body is JSON: rounds of rooms of participant ids, room
-- names and locks. Ids only, never names, so that erasing a participant leaves nothing personal.

CREATE TABLE breakout_set (
    id          INTEGER PRIMARY KEY,
    workshop_id INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    activity_id INTEGER UNIQUE REFERENCES activity (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('activity', 'home')),
    body        TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE INDEX breakout_set_by_workshop ON breakout_set (workshop_id, kind);
