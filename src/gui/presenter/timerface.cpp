#include "presenter/timerface.h"

#include <QAccessible>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace sala {
namespace {

// Draws the phase's shape in `box`: a ring before the start, a dot while time is left, a
// warning triangle at wrap-up, a stop octagon in overtime, two bars when paused, a tick at the end.
void drawShape(QPainter &painter, FaceState::Look look, const QRectF &box, const QColor &colour)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    const QPointF c = box.center();
    const qreal r = std::min(box.width(), box.height()) / 2.0;
    switch (look) {
    case FaceState::Look::Ready:
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(colour, r * 0.28));
        painter.drawEllipse(c, r * 0.8, r * 0.8);
        break;
    case FaceState::Look::Normal: painter.drawEllipse(c, r * 0.9, r * 0.9); break;
    case FaceState::Look::WrapUp: {
        QPainterPath triangle;
        triangle.moveTo(c.x(), c.y() - r);
        triangle.lineTo(c.x() + r, c.y() + r * 0.85);
        triangle.lineTo(c.x() - r, c.y() + r * 0.85);
        triangle.closeSubpath();
        painter.drawPath(triangle);
        break;
    }
    case FaceState::Look::Overtime: {
        QPolygonF octagon;
        for (int i = 0; i < 8; ++i) {
            const qreal angle = qDegreesToRadians(22.5 + 45.0 * i);
            octagon << QPointF(c.x() + r * std::cos(angle), c.y() + r * std::sin(angle));
        }
        painter.drawPolygon(octagon);
        break;
    }
    case FaceState::Look::Paused:
        painter.drawRect(QRectF(c.x() - r * 0.8, c.y() - r * 0.85, r * 0.55, r * 1.7));
        painter.drawRect(QRectF(c.x() + r * 0.25, c.y() - r * 0.85, r * 0.55, r * 1.7));
        break;
    case FaceState::Look::Finished: {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(colour, r * 0.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        QPainterPath tick;
        tick.moveTo(c.x() - r * 0.75, c.y());
        tick.lineTo(c.x() - r * 0.2, c.y() + r * 0.6);
        tick.lineTo(c.x() + r * 0.8, c.y() - r * 0.6);
        painter.drawPath(tick);
        break;
    }
    }
    painter.restore();
}

// The largest pixel size at which `text` fits `box` in `font`.
qreal fittingPixelSize(QFont font, const QString &text, const QSizeF &box, qreal maximum)
{
    if (text.isEmpty() || box.isEmpty())
        return 8;
    font.setPixelSize(100);
    const QFontMetricsF metrics(font);
    const qreal width = std::max<qreal>(1.0, metrics.horizontalAdvance(text));
    const qreal height = std::max<qreal>(1.0, metrics.height());
    return std::clamp(std::min(box.width() / width, box.height() / height) * 100.0, 8.0, maximum);
}

QString lookName(FaceState::Look look)
{
    switch (look) {
    case FaceState::Look::Ready: return TimerFace::tr("Ready");
    case FaceState::Look::Normal: return TimerFace::tr("Time left");
    case FaceState::Look::WrapUp: return TimerFace::tr("Wrap up");
    case FaceState::Look::Overtime: return TimerFace::tr("Overtime");
    case FaceState::Look::Paused: return TimerFace::tr("Paused");
    case FaceState::Look::Finished: return TimerFace::tr("Finished");
    }
    return {};
}

} // namespace

QColor faceBackground(FaceState::Look look)
{
    switch (look) {
    case FaceState::Look::Ready: return QColor(0x2b, 0x2f, 0x36);
    case FaceState::Look::Normal: return QColor(0x0d, 0x4a, 0x7a);   // deep blue: safe for red-green colour blindness
    case FaceState::Look::WrapUp: return QColor(0xf2, 0xb1, 0x00);   // amber, dark text
    case FaceState::Look::Overtime: return QColor(0xb0, 0x1e, 0x2e); // red
    case FaceState::Look::Paused: return QColor(0x4b, 0x4b, 0x4b);
    case FaceState::Look::Finished: return QColor(0x25, 0x5e, 0x34);
    }
    return Qt::black;
}

QColor faceForeground(FaceState::Look look)
{
    return look == FaceState::Look::WrapUp ? QColor(0x11, 0x11, 0x11) : QColor(Qt::white);
}

FaceState faceFor(const RunState &state, const Session *session)
{
    FaceState face;
    static const std::vector<Activity> none;
    const std::vector<Activity> &activities = session ? session->activities : none;
    auto titleOf = [&activities](int index) {
        return index >= 0 && index < int(activities.size()) ? activities[std::size_t(index)].title : QString();
    };
    switch (state.status) {
    case RunStatus::NotStarted:
        face.look = FaceState::Look::Ready;
        face.caption = TimerFace::tr("READY");
        face.title = activities.empty() ? TimerFace::tr("No activities") : titleOf(0);
        face.time = activities.empty() ? QString() : formatCountdown(state.remainingMs);
        face.detail = TimerFace::tr("Press Space to start");
        return face;
    case RunStatus::Finished:
        face.look = FaceState::Look::Finished;
        face.caption = TimerFace::tr("FINISHED");
        face.title = session ? session->title : QString();
        face.time = TimerFace::tr("Done");
        face.progress = 1.0;
        return face;
    case RunStatus::Paused:
        face.look = FaceState::Look::Paused;
        face.caption = state.phase == TimerPhase::Overtime ? TimerFace::tr("PAUSED · OVERTIME") : TimerFace::tr("PAUSED");
        break;
    case RunStatus::Running:
    case RunStatus::Overtime:
        switch (state.phase) {
        case TimerPhase::Normal:
            face.look = FaceState::Look::Normal;
            face.caption = TimerFace::tr("TIME LEFT");
            break;
        case TimerPhase::WrapUp:
            face.look = FaceState::Look::WrapUp;
            face.caption = TimerFace::tr("WRAP UP");
            break;
        case TimerPhase::Overtime:
            face.look = FaceState::Look::Overtime;
            face.caption = TimerFace::tr("OVERTIME");
            break;
        }
        break;
    }
    face.title = titleOf(state.current);
    face.time = formatCountdown(state.remainingMs);
    if (state.round && !state.round->over)
        face.detail = TimerFace::tr("Round %1 of %2 · %3")
                          .arg(state.round->number)
                          .arg(state.round->count)
                          .arg(formatCountdown(state.round->remainingMs));
    else if (state.round)
        face.detail = TimerFace::tr("All %1 rounds done").arg(state.round->count);
    // Progress moves in whole seconds, like the digits, so it never causes a repaint of its own.
    const qint64 shownSpent = state.allowedMs - (state.remainingMs > 0 ? (state.remainingMs + 999) / 1000 * 1000 : 0);
    face.progress = state.allowedMs > 0 ? std::clamp(double(shownSpent) / double(state.allowedMs), 0.0, 1.0) : 1.0;
    return face;
}

TimerFace::TimerFace(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Timer"));
}

void TimerFace::setShowTitle(bool show)
{
    if (m_showTitle == show)
        return;
    m_showTitle = show;
    update();
}

void TimerFace::setFace(const FaceState &face)
{
    if (face == m_face)
        return;
    const bool lookChanged = face.look != m_face.look;
    m_face = face;
    setAccessibleDescription(tr("%1: %2, %3").arg(lookName(face.look), face.title, face.time));
    update();
    if (lookChanged) {
        // Screen readers hear the phase change, not every second.
        QAccessibleEvent described(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&described);
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void TimerFace::paintEvent(QPaintEvent *)
{
    ++m_paintCount;
    QPainter painter(this);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QColor background = faceBackground(m_face.look);
    const QColor foreground = faceForeground(m_face.look);
    painter.fillRect(rect(), background);

    const QRectF area = QRectF(rect()).adjusted(width() * 0.04, height() * 0.05, -width() * 0.04, -height() * 0.05);
    const qreal unit = area.height();
    const bool showTitle = m_showTitle && !m_face.title.isEmpty();
    const bool showDetail = !m_face.detail.isEmpty();

    // Rows, top to bottom: shape + caption, title, time, detail, progress.
    const qreal captionHeight = unit * 0.13;
    const qreal titleHeight = showTitle ? unit * 0.15 : 0;
    const qreal detailHeight = showDetail ? unit * 0.12 : 0;
    const qreal progressHeight = unit * 0.04;
    const qreal gap = unit * 0.03;
    const qreal timeHeight = area.height() - captionHeight - titleHeight - detailHeight - progressHeight - gap * 4;

    QFont font = this->font();
    font.setBold(true);
    qreal y = area.top();

    const QRectF shapeBox(area.left(), y, captionHeight, captionHeight);
    drawShape(painter, m_face.look, shapeBox, foreground);
    const QRectF captionBox(shapeBox.right() + captionHeight * 0.4, y, area.width() - captionHeight * 1.4, captionHeight);
    font.setPixelSize(int(fittingPixelSize(font, m_face.caption, captionBox.size(), captionHeight * 0.8)));
    painter.setFont(font);
    painter.setPen(foreground);
    painter.drawText(captionBox, Qt::AlignLeft | Qt::AlignVCenter, m_face.caption);
    y += captionHeight + gap;

    if (showTitle) {
        QFont titleFont = this->font();
        titleFont.setPixelSize(int(std::max<qreal>(8, titleHeight * 0.62)));
        painter.setFont(titleFont);
        const QRectF titleBox(area.left(), y, area.width(), titleHeight);
        painter.drawText(titleBox, Qt::AlignHCenter | Qt::AlignVCenter,
                         QFontMetricsF(titleFont).elidedText(m_face.title, Qt::ElideRight, titleBox.width()));
        y += titleHeight + gap;
    }

    const QRectF timeBox(area.left(), y, area.width(), timeHeight);
    QFont timeFont = this->font();
    timeFont.setBold(true);
    timeFont.setStyleHint(QFont::SansSerif);
    // The widest digits of the current length, so the size does not jump from second to second.
    QString widest = m_face.time;
    for (QChar &ch : widest)
        if (ch.isDigit())
            ch = u'0';
    timeFont.setPixelSize(int(fittingPixelSize(timeFont, widest, timeBox.size() * 0.98, 2000)));
    painter.setFont(timeFont);
    painter.drawText(timeBox, Qt::AlignCenter, m_face.time);
    y += timeHeight + gap;

    if (showDetail) {
        QFont detailFont = this->font();
        detailFont.setPixelSize(int(std::max<qreal>(8, detailHeight * 0.7)));
        painter.setFont(detailFont);
        painter.drawText(QRectF(area.left(), y, area.width(), detailHeight), Qt::AlignCenter, m_face.detail);
        y += detailHeight + gap;
    }

    const QRectF track(area.left(), area.bottom() - progressHeight, area.width(), progressHeight);
    QColor trackColour = foreground;
    trackColour.setAlphaF(0.25);
    painter.fillRect(track, trackColour);
    painter.fillRect(QRectF(track.left(), track.top(), track.width() * m_face.progress, track.height()), foreground);
}

} // namespace sala
