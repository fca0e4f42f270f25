#include "pdfpages.h"

#include "io/runsheet.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFormat>
#include <QTextOption>

namespace sala {
namespace {

// Strings of this file in their own translation context, where lupdate files them too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::PdfPages)
};

// CSS pixels are 1/96 inch in browsers; laying the document out at that resolution keeps the
// style sheets' padding and borders the size they are on screen.
constexpr int layoutDpi = 96;
constexpr qreal bodyPointSize = 10.0;
constexpr qreal footerPointSize = 8.0;

// A heading that ends a page while what it introduces starts the next one gets a page break
// before it, and the whole document is laid out again (after an incremental layout Qt leaves the
// moved blocks unpainted), so the headings further down are checked against where they now fall.
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

Error failure(const QString &reason)
{
    return {ErrorCode::Io, reason};
}

} // namespace

bool canWritePdf()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

QFont pdfFont(qreal pointSize)
{
    QFont font;
    font.setFamilies(runSheetFontFamilies());
    font.setPointSizeF(pointSize);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

Expected<int> writeHtmlPdf(const QString &html, const QString &path, const PdfPageSetup &setup)
{
    // The PDF goes to a temporary file beside the target and replaces it only when complete, so
    // a full disk or a crash never leaves half a document where the last good one was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(file.errorString());

    int pageCount = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(layoutDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), setup.orientation, setup.marginsMm, QPageLayout::Millimeter));
        writer.setTitle(setup.title);
        writer.setCreator(QStringLiteral("Sala"));

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDefaultFont(pdfFont(bodyPointSize));
        QTextOption textOption = document.defaultTextOption();
        textOption.setUseDesignMetrics(true);
        document.setDefaultTextOption(textOption);
        document.setDocumentMargin(0);
        document.setHtml(html);

        const QFont footerFont = pdfFont(footerPointSize);
        const QFontMetricsF footerMetrics(footerFont, &writer);
        const qreal footerHeight = footerMetrics.height() * 2.2;
        const qreal width = writer.width();
        const qreal bodyHeight = writer.height() - footerHeight;
        document.setPageSize(QSizeF(width, bodyHeight));
        if (setup.keepHeadingsWithNext)
            keepHeadingsWithNext(document, bodyHeight);
        pageCount = document.pageCount();

        QPainter painter;
        if (!painter.begin(&writer))
            return failure(Text::tr("the PDF could not be started"));
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
            const QString pageText = Text::tr("Page %1 of %2").arg(page + 1).arg(pageCount);
            const qreal pageTextWidth = footerMetrics.horizontalAdvance(pageText);
            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawLine(QPointF(0, footer.top() + footerMetrics.height() * 0.6),
                             QPointF(width, footer.top() + footerMetrics.height() * 0.6));
            painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, pageText);
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom,
                             footerMetrics.elidedText(setup.footer, Qt::ElideRight, width - pageTextWidth - 24));
        }
        if (!painter.end())
            return failure(Text::tr("the PDF could not be finished"));
    }

    if (!file.commit())
        return failure(file.errorString());
    return pageCount;
}

} // namespace sala
