-- Schema 8: each person's role in a workshop, kept on the enrolment because one person may
-- facilitate one workshop and attend another. 'participant' is everyone who learns and is
-- counted; 'facilitator' covers facilitators and co-facilitators (one per breakout room);
-- 'interpreter' stays with the language they interpret; 'observer' (a producer or co-host, a
-- donor's visitor) is neither placed in rooms nor counted. Team members are left out of the
-- attendance counts, breakdowns, completion and certificates. Everyone enrolled before this
-- version is a participant.

ALTER TABLE enrolment ADD COLUMN role TEXT NOT NULL DEFAULT 'participant' CHECK (role IN ('participant', 'facilitator', 'interpreter', 'observer'));
