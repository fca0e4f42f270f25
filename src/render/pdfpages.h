#pragma once
// HTML printed to A4 PDF pages the same way for every document Sala writes: Noto fonts that cover
// Khmer, Lao and Thai, the page layout, a footer with the page number on every page, and a file
// that is replaced only once the whole PDF is written.

#include "util/expected.h"

#include <QFont>
#include <QMarginsF>
#include <QPageLayout>
#include <QString>

namespace sala {

struct PdfPageSetup {
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QMarginsF marginsMm{16, 14, 16, 12};
    QString title;  // the PDF's own title, shown by viewers
    QString footer; // left of the page number on every page, elided to fit
    // QTextDocument has no "keep with next": with this, a heading that would end a page moves
    // to the next one together with what it introduces.
    bool keepHeadingsWithNext = false;
};

// Whether this program can draw PDFs: it needs a QGuiApplication (the offscreen platform is enough).
bool canWritePdf();

// The font of PDF text: the Noto families of every script, unhinted (a PDF has no pixel grid).
QFont pdfFont(qreal pointSize);

// Lays `html` out on A4 pages and writes them to `path` through a QSaveFile. Returns the number
// of pages; on failure the error's message is only the reason (the file system's words, or that
// the PDF could not be started or finished), for each document to put in its own sentence.
Expected<int> writeHtmlPdf(const QString &html, const QString &path, const PdfPageSetup &setup);

} // namespace sala
