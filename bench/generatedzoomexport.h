#pragma once
// The Zoom participants export both attendance benchmarks read: title case with the meeting
// block, one row per stay, 14 March 2024. Each benchmark says who stays when.

#include <QByteArray>
#include <QString>

#include <functional>

namespace sala::bench {

struct GeneratedMeeting {
    QString topic;
    int startHour = 9; // the meeting runs from this hour to 5 PM
    int participants = 0;
    bool byteOrderMark = false;
    bool consentColumn = false; // "Recording Consent", answered Y on every row
};

// One row: a stay in seconds after the meeting's start. Rows without an e-mail are guests.
struct GeneratedStay {
    QString name;
    QString email;
    int join = 0;
    int leave = 0;
};

QByteArray generatedZoomExport(const GeneratedMeeting &meeting, int rows, const std::function<GeneratedStay(int row)> &stay);

} // namespace sala::bench
