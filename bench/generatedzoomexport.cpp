#include "generatedzoomexport.h"

#include <QLatin1Char>
#include <QTextStream>

namespace sala::bench {
namespace {

// "03/14/2024 09:05:07 AM", as Zoom's title-case reports write it.
QString clock(int hour24, int secondsIntoHour)
{
    const int h = hour24 + secondsIntoHour / 3600;
    const int m = (secondsIntoHour / 60) % 60;
    const int s = secondsIntoHour % 60;
    const int h12 = h % 12 == 0 ? 12 : h % 12;
    return QStringLiteral("03/14/2024 %1:%2:%3 %4")
        .arg(h12, 2, 10, QLatin1Char('0'))
        .arg(m, 2, 10, QLatin1Char('0'))
        .arg(s, 2, 10, QLatin1Char('0'))
        .arg(h < 12 ? QStringLiteral("AM") : QStringLiteral("PM"));
}

} // namespace

QByteArray generatedZoomExport(const GeneratedMeeting &meeting, int rows, const std::function<GeneratedStay(int row)> &stay)
{
    constexpr int endHour = 17;
    QString text;
    text.reserve(rows * 120);
    QTextStream out(&text);
    out << "Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants,\r\n"
        << "81234567890,\"" << meeting.topic << "\"," << clock(meeting.startHour, 0) << u',' << clock(endHour, 0)
        << ",trainer@example.org," << (endHour - meeting.startHour) * 60 << u',' << meeting.participants << ",\r\n\r\n"
        << "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest"
        << (meeting.consentColumn ? ",Recording Consent\r\n" : "\r\n");
    for (int i = 0; i < rows; ++i) {
        const GeneratedStay row = stay(i);
        out << row.name << u',' << row.email << u',' << clock(meeting.startHour, row.join) << u','
            << clock(meeting.startHour, row.leave) << u',' << (row.leave - row.join + 59) / 60 << u','
            << (row.email.isEmpty() ? "Yes" : "No") << (meeting.consentColumn ? ",Y\r\n" : "\r\n");
    }
    out.flush();
    return (meeting.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
}

} // namespace sala::bench
