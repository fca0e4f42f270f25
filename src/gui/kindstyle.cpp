#include "kindstyle.h"

#include <QPainter>
#include <QPixmap>

#include <map>

namespace sala {

QColor kindColor(ActivityKind kind)
{
    // Colours from a palette that stays distinguishable for the common colour-vision deficiencies.
    switch (kind) {
    case ActivityKind::Welcome: return QColor(0x00, 0x72, 0xB2);
    case ActivityKind::Icebreaker: return QColor(0xE6, 0x9F, 0x00);
    case ActivityKind::Input: return QColor(0x56, 0xB4, 0xE9);
    case ActivityKind::Individual: return QColor(0x99, 0x99, 0x99);
    case ActivityKind::Breakout: return QColor(0x00, 0x9E, 0x73);
    case ActivityKind::Plenary: return QColor(0x00, 0x5A, 0x32);
    case ActivityKind::Poll: return QColor(0xCC, 0x79, 0xA7);
    case ActivityKind::Energizer: return QColor(0xF0, 0xE4, 0x42);
    case ActivityKind::Break: return QColor(0xD5, 0x5E, 0x00);
    case ActivityKind::ActionPlanning: return QColor(0x88, 0x44, 0xAA);
    case ActivityKind::Evaluation: return QColor(0x44, 0x44, 0x88);
    case ActivityKind::Other: return QColor(0x70, 0x70, 0x70);
    }
    return Qt::gray;
}

QIcon kindIcon(ActivityKind kind)
{
    static std::map<ActivityKind, QIcon> cache;
    if (auto it = cache.find(kind); it != cache.end())
        return it->second;
    QIcon icon;
    for (int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0, 0, 0, 110), 1));
        painter.setBrush(kindColor(kind));
        painter.drawRoundedRect(QRectF(2.5, 2.5, size - 5, size - 5), size / 5.0, size / 5.0);
        icon.addPixmap(pixmap);
    }
    cache.emplace(kind, icon);
    return icon;
}

} // namespace sala
