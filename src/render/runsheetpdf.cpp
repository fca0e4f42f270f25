#include "runsheetpdf.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFormat>
#include <QTextOption>

using namespace Qt::StringLiterals;

namespace sala {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sala::RunSheetPdf", text);
}

// CSS pixels are 1/96 inch in browsers; laying the document out at that resolution keeps the
// style sheet's padding and borders the size they are on screen.
constexpr int layoutDpi = 96;
constexpr qreal bodyPointSize = 10.0;
constexpr qreal footerPointSize = 8.0;

Error writeError(const QString &path, const QString &reason)
{
    return {ErrorCode::Io,
            tr("Sala could not save the run sheet as “%1” (%2). Check that the folder exists and that you may "
               "write to it, or choose another place.")
                .arg(QDir::toNativeSeparators(path), reason)};
}

QFont documentFont(qreal pointSize)
{
    QFont font;
    font.setFamilies(runSheetFontFamilies());
    font.setPointSizeF(pointSize);
    // Hinting snaps glyphs to the layout's pixel grid, which a PDF does not have.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

// QTextDocument has no "keep with next": a heading can end a page while what it introduces
// starts the next one. Such a heading gets a page break before it and the whole document is laid
// out again (after an incremental layout Qt leaves the moved blocks unpainted), so the headings
// further down are checked against where they now fall.
void keepHeadingsWithNext(QTextDocument &document, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        const QTextBlock next = block.next();
        if (format.headingLevel() == 0 || !next.isValid())
            continue;
        const QRectF heading = layout->blockBoundingRect(block);
        const int headingPage = int(heading.top() / pageHeight);
        const int nextPage = int(layout->blockBoundingRect(next).top() / pageHeight);
        // A heading already at the top of its page is followed by something taller than a page;
        // moving it would only leave a blank page.
        const bool atPageTop = heading.top() - headingPage * pageHeight < heading.height();
        if (nextPage > headingPage && !atPageTop) {
            format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            document.markContentsDirty(0, document.characterCount());
        }
    }
}

} // namespace

Status writeRunSheetPdf(const Workshop &workshop, const Session &session, const QString &path,
                        const RunSheetOptions &options)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{ErrorCode::Usage, tr("The PDF run sheet needs Qt's graphics support, which this program did "
                                          "not start. Make the PDF from the Sala window.")};
    if (path.isEmpty())
        return Error{ErrorCode::Usage, tr("No file name was given for the PDF run sheet.")};

    // The PDF goes to a temporary file beside the target and replaces it only when complete, so
    // a full disk or a crash never leaves half a run sheet where the last good one was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());

    {
        QPdfWriter writer(&file);
        writer.setResolution(layoutDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter));
        writer.setTitle(session.title.isEmpty() ? workshop.title : session.title);
        writer.setCreator(u"Sala"_s);

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDefaultFont(documentFont(bodyPointSize));
        QTextOption textOption = document.defaultTextOption();
        textOption.setUseDesignMetrics(true);
        document.setDefaultTextOption(textOption);
        document.setDocumentMargin(0);
        document.setHtml(runSheetHtml(workshop, session, options));

        const QFont footerFont = documentFont(footerPointSize);
        const QFontMetricsF footerMetrics(footerFont, &writer);
        const qreal footerHeight = footerMetrics.height() * 2.2;
        const qreal width = writer.width();
        const qreal bodyHeight = writer.height() - footerHeight;
        document.setPageSize(QSizeF(width, bodyHeight));
        keepHeadingsWithNext(document, bodyHeight);
        const int pageCount = document.pageCount();

        QPainter painter;
        if (!painter.begin(&writer))
            return writeError(path, tr("the PDF could not be started"));
        const QString footerLeft = workshop.title.isEmpty() || session.title.isEmpty()
            ? workshop.title + session.title
            : QString(session.title + u" · "_s + workshop.title);
        for (int page = 0; page < pageCount; ++page) {
            if (page > 0)
                writer.newPage();
            const QRectF body(0, page * bodyHeight, width, bodyHeight);
            painter.save();
            painter.translate(0, -body.top());
            painter.setClipRect(body);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = body;
            context.palette.setColor(QPalette::Text, Qt::black);
            document.documentLayout()->draw(&painter, context);
            painter.restore();

            const QRectF footer(0, bodyHeight, width, footerHeight);
            const QString pageText = tr("Page %1 of %2").arg(page + 1).arg(pageCount);
            const qreal pageTextWidth = footerMetrics.horizontalAdvance(pageText);
            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawLine(QPointF(0, footer.top() + footerMetrics.height() * 0.6),
                             QPointF(width, footer.top() + footerMetrics.height() * 0.6));
            painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, pageText);
            const QString left = footerMetrics.elidedText(footerLeft, Qt::ElideRight, width - pageTextWidth - 24);
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, left);
        }
        if (!painter.end())
            return writeError(path, tr("the PDF could not be finished"));
    }

    if (!file.commit())
        return writeError(path, file.errorString());
    return success();
}

} // namespace sala
