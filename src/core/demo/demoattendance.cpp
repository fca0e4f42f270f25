#include "demo/demoattendance.h"

#include <QLocale>
#include <QTime>

#include <vector>

using namespace Qt::StringLiterals;

namespace sala {
namespace {

struct Stay {
    QTime join;
    QTime leave;
};

struct Row {
    QString name; // as Zoom shows it, "Display (Original)" when renamed
    QString email;
    std::vector<Stay> stays;
};

QTime at(int hour, int minute, int second = 0)
{
    return QTime(hour, minute, second);
}

// The session runs 09:00–12:00 Bangkok time with a break at 10:33.
std::vector<Row> rows()
{
    return {
        // Cambodia. Dara renamed himself to the workshop's convention, which is his alias.
        {u"KH – Dara – Dara Motorbike Repair"_s, {}, {{at(8, 57, 12), at(10, 33, 40)}, {at(10, 47, 5), at(12, 0, 30)}}},
        {u"Chan Sreymom"_s, u"sreymom.chan@example.org"_s, {{at(8, 59, 2), at(12, 0, 30)}}},
        {u"Sophea Keo"_s, u"sophea.keo@example.net"_s, {{at(9, 3, 41), at(12, 0, 30)}}},
        {u"Bopha"_s, u"bopha.meas@example.com"_s, {{at(9, 0, 15), at(11, 5, 0)}}},
        {u"iPhone"_s, {}, {{at(9, 10, 22), at(11, 58, 10)}}}, // Heng Vuthy on his phone
        {u"Lim Sokunthea"_s, u"sokunthea.lim@example.net"_s, {{at(9, 25, 9), at(12, 0, 30)}}},
        // Laos: nicknames, and a village connection that drops.
        {u"Souk (Souksavanh Phommachanh)"_s, u"souksavanh.p@example.com"_s, {{at(9, 0, 3), at(12, 0, 30)}}},
        {u"Noy"_s, {}, {{at(9, 1, 20), at(10, 5, 12)}, {at(10, 12, 40), at(12, 0, 30)}}},
        {u"Vilayvanh Sisouphanh"_s, u"vilay.sisouphanh@example.net"_s, {{at(9, 5, 30), at(12, 0, 30)}}},
        {u"Khamphet Xayavong"_s,
         u"khamphet.x@example.com"_s,
         {{at(9, 0, 0), at(9, 40, 11)}, {at(9, 43, 2), at(10, 20, 45)}, {at(10, 26, 30), at(12, 0, 30)}}},
        {u"Toui"_s, {}, {{at(9, 2, 44), at(12, 0, 30)}}},
        // Malaysia.
        {u"Nur Aisyah binti Ahmad"_s, u"aisyah.ahmad@example.com"_s, {{at(8, 58, 30), at(12, 0, 30)}}},
        {u"Encik Mohd Faizal bin Hamzah"_s, {}, {{at(9, 4, 10), at(12, 0, 30)}}},
        {u"Michelle Tan"_s, u"michelle.tan@example.net"_s, {{at(9, 1, 0), at(12, 0, 30)}}},
        {u"Galaxy A12"_s, {}, {{at(9, 6, 18), at(12, 0, 30)}}}, // Kavitha on her phone
        {u"Farah Hanim binti Yusof"_s, u"farah.yusof@example.org"_s, {{at(9, 0, 40), at(10, 33, 10)}}},
        // The Philippines. Tina moved from her laptop to her phone before her laptop's battery died.
        {u"Tina Dela Cruz"_s, u"tina.delacruz@example.com"_s, {{at(8, 59, 30), at(11, 30, 2)}}},
        {u"Tina's iPhone"_s, {}, {{at(11, 10, 0), at(12, 0, 30)}}},
        {u"Migs Santos"_s, u"migs.santos@example.org"_s, {{at(9, 0, 5), at(12, 0, 30)}}},
        {u"Liza Bautista"_s, u"liza.bautista@example.net"_s, {{at(9, 35, 20), at(12, 0, 30)}}},
        {u"Weng Villanueva"_s, u"weng.villanueva@example.com"_s, {{at(9, 1, 50), at(12, 0, 30)}}},
        {u"Mon Mercado"_s, u"ramon.mercado@example.org"_s, {{at(9, 40, 0), at(12, 0, 30)}}},
        {u"Jen Reyes-Ocampo"_s, u"jen.ocampo@example.net"_s, {{at(9, 0, 20), at(11, 15, 0)}}},
        // Thailand: nicknames and a polite title.
        {u"Nok Siriporn"_s, u"nok.chaiyasit@example.com"_s, {{at(8, 58, 0), at(12, 0, 30)}}},
        {u"Somchai W."_s, u"somchai.w@example.org"_s, {{at(9, 2, 0), at(12, 0, 30)}}},
        {u"Ploy"_s, {}, {{at(9, 0, 50), at(12, 0, 30)}}},
        {u"Khun Pimchanok Thongdee"_s, {}, {{at(9, 7, 33), at(12, 0, 30)}}},
        // Wong Kah Yan and Anan Rattanakorn did not come.
    };
}

QString csvText(const QString &text)
{
    if (text.contains(u',') || text.contains(u'"'))
        return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}

} // namespace

QString demoAttendanceFileName(QDate sessionDate)
{
    return u"participants_84512367890_%1.csv"_s.arg(sessionDate.toString(u"yyyy_MM_dd"_s));
}

QByteArray demoAttendanceExport(QDate sessionDate)
{
    const QLocale c = QLocale::c();
    const auto stamp = [&c, sessionDate](QTime time) -> QString {
        return c.toString(sessionDate, u"MM/dd/yyyy"_s) + u' ' + c.toString(time, u"hh:mm:ss AP"_s);
    };
    const std::vector<Row> people = rows();
    QString text = u"Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants,\n"_s;
    text += u"84512367890,%1,%2,%3,facilitator@example.org,185,%4,\n\n"_s
                .arg(csvText(u"Keep the Doors Open: Business Continuity for Small Businesses"_s), stamp(at(8, 55)),
                     stamp(at(12, 0, 40)))
                .arg(people.size());
    text += u"Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"_s;
    for (const Row &row : people) {
        for (const Stay &stay : row.stays) {
            // Zoom rounds each stay up to whole minutes.
            const int minutes = (stay.join.secsTo(stay.leave) + 59) / 60;
            text += csvText(row.name) + u',' + row.email + u',' + stamp(stay.join) + u',' + stamp(stay.leave) + u','
                    + QString::number(minutes) + u',' + (row.email.isEmpty() ? u"Yes"_s : u"No"_s) + u'\n';
        }
    }
    return text.toUtf8();
}

} // namespace sala
