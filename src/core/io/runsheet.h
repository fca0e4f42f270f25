#pragma once
// The printable run sheet of one session, as HTML and as Markdown: everything a co-facilitator
// needs to run the session from paper, with clock times in the workshop's zone and a second one.

#include "domain/plan.h"

#include <QString>
#include <QStringList>

namespace sala {

struct RunSheetOptions {
    QString secondTimeZone; // IANA id; empty means the workshop's own second zone
    bool includeFacilitatorNotes = true;
};

// A complete HTML document (UTF-8, inline style sheet). It stays within the HTML subset that
// QTextDocument understands, so the PDF is rendered from the same text.
QString runSheetHtml(const Workshop &workshop, const Session &session, const RunSheetOptions &options = {});

// Font families tried in order for every character, so Latin, Thai, Khmer and Lao mixed in one
// line all find a glyph (Debian's fonts-noto-core). The HTML's style sheet names them too.
QStringList runSheetFontFamilies();

// GitHub-flavoured Markdown with a pipe table for the timetable.
QString runSheetMarkdown(const Workshop &workshop, const Session &session, const RunSheetOptions &options = {});

} // namespace sala
