#pragma once
// The breakout rooms of one activity as a printable A4 PDF: a page per round with the workshop,
// session, activity, round and its times, and every room with its people, locks and pinned
// facilitators marked. Plain data in, so it renders without any window.

#include "util/expected.h"

#include <QString>

#include <vector>

namespace sala {

struct RoomsSheet {
    struct Person {
        QString name;    // as the person likes to be called
        QString details; // country and language where known, e.g. "Cambodia · Khmer"
        bool locked = false;
        bool facilitator = false; // a facilitator pinned to this room
    };
    struct Room {
        QString name;
        bool locked = false;
        std::vector<Person> people;
    };
    struct Round {
        QString times; // e.g. "10:05–10:25 ICT · 11:05–11:25 PHT"; empty when not known
        std::vector<Room> rooms;
    };

    QString workshopTitle;
    QString sessionTitle;
    QString activityTitle;
    QString date; // the session's date as the reader writes it; may be empty
    std::vector<Round> rounds;
};

// The sheet as HTML within what QTextDocument lays out; each round after the first starts a page.
QString roomsSheetHtml(const RoomsSheet &sheet);

// Writes the whole file or nothing: an existing file at `path` is replaced only on success.
Status writeRoomsPdf(const RoomsSheet &sheet, const QString &path);

} // namespace sala
