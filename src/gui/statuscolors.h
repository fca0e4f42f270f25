#pragma once
// Colours that carry a meaning (a problem, a warning, something good) chosen against the current
// palette, so they stay readable in light, dark and high-contrast themes. Meaning is always said in
// words as well; these colours only support it.

#include <QColor>
#include <QPalette>
#include <QString>

namespace sala {

enum class StatusTone { Problem, Warning, Good, Info };

// Text of the tone on the palette's window or base background, at a contrast of at least 4.5:1.
QColor statusText(StatusTone tone, const QPalette &palette = {});
// A quiet background for a banner or a table row of the tone, with `statusOnBackground` as its text.
QColor statusBackground(StatusTone tone, const QPalette &palette = {});
QColor statusOnBackground(StatusTone tone, const QPalette &palette = {});
// A style sheet fragment for a QLabel: "color: #rrggbb;".
QString statusLabelStyle(StatusTone tone, const QPalette &palette = {});

// WCAG 2 contrast ratio of two colours, from 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);
// True when the palette's window is dark, as in a dark theme.
bool isDarkPalette(const QPalette &palette);

} // namespace sala
