#include "statuscolors.h"

#include <QApplication>

#include <array>
#include <cmath>

namespace sala {
namespace {

QPalette effective(const QPalette &palette)
{
    return palette.resolveMask() == 0 && qApp ? QApplication::palette() : palette;
}

double channel(double c)
{
    c /= 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green()) + 0.0722 * channel(rgb.blue());
}

// The tone's hue in a light and a dark theme; both meet 4.5:1 on white or near-black.
struct ToneColors {
    QColor lightText, darkText, lightBackground, darkBackground;
};

ToneColors toneColors(StatusTone tone)
{
    switch (tone) {
    case StatusTone::Problem:
        return {QColor(0x9b, 0x1c, 0x1c), QColor(0xff, 0x9e, 0x9e), QColor(0xfd, 0xed, 0xec), QColor(0x4a, 0x14, 0x14)};
    case StatusTone::Warning:
        return {QColor(0x5c, 0x44, 0x00), QColor(0xff, 0xd8, 0x6b), QColor(0xff, 0xf4, 0xd6), QColor(0x45, 0x36, 0x0a)};
    case StatusTone::Good:
        return {QColor(0x1b, 0x5e, 0x20), QColor(0x9c, 0xe0, 0xa0), QColor(0xe4, 0xf4, 0xe4), QColor(0x15, 0x3d, 0x18)};
    case StatusTone::Info:
        return {QColor(0x0d, 0x47, 0xa1), QColor(0x9e, 0xc8, 0xff), QColor(0xe3, 0xee, 0xfb), QColor(0x12, 0x2e, 0x52)};
    }
    return {};
}

// The candidate if it reads well on `background`, else the palette's own text colour, which a
// high-contrast theme chooses for exactly that purpose.
QColor readable(const QColor &candidate, const QColor &background, const QColor &fallback)
{
    return contrastRatio(candidate, background) >= 4.5 ? candidate : fallback;
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDarkPalette(const QPalette &palette)
{
    const QPalette p = effective(palette);
    return luminance(p.color(QPalette::Window)) < luminance(p.color(QPalette::WindowText));
}

QColor statusText(StatusTone tone, const QPalette &palette)
{
    const QPalette p = effective(palette);
    const ToneColors colors = toneColors(tone);
    const QColor candidate = isDarkPalette(p) ? colors.darkText : colors.lightText;
    const QColor background = p.color(QPalette::Window);
    const QColor base = p.color(QPalette::Base);
    // Labels sit on the window, table cells on the base: the colour must read on both.
    if (contrastRatio(candidate, background) >= 4.5 && contrastRatio(candidate, base) >= 4.5)
        return candidate;
    return p.color(QPalette::WindowText);
}

QColor statusBackground(StatusTone tone, const QPalette &palette)
{
    const QPalette p = effective(palette);
    const ToneColors colors = toneColors(tone);
    const QColor candidate = isDarkPalette(p) ? colors.darkBackground : colors.lightBackground;
    // In a high-contrast theme a tinted background would only weaken the theme's own contrast.
    if (contrastRatio(p.color(QPalette::Window), p.color(QPalette::WindowText)) >= 15.0)
        return p.color(QPalette::Base);
    return candidate;
}

QColor statusOnBackground(StatusTone tone, const QPalette &palette)
{
    const QPalette p = effective(palette);
    const ToneColors colors = toneColors(tone);
    const QColor background = statusBackground(tone, p);
    const QColor candidate = isDarkPalette(p) ? colors.darkText : colors.lightText;
    return readable(candidate, background, p.color(QPalette::Text));
}

QString statusLabelStyle(StatusTone tone, const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(statusText(tone, palette).name());
}

} // namespace sala
