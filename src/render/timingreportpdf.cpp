#include "timingreportpdf.h"

#include "io/runsheet.h"

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
#include <QTextDocument>
#include <QTextOption>

namespace sala {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sala::TimingReportPdf", text);
}

constexpr int layoutDpi = 96;  // CSS pixels, as in the run sheet
constexpr qreal bodyPointSize = 10.0;
constexpr qreal footerPointSize = 8.0;

Error writeError(const QString &path, const QString &reason)
{
    return {ErrorCode::Io, tr("Sala could not save the timing report as “%1” (%2). Check that the folder exists and that you "
                              "may write to it, or choose another place.")
                               .arg(QDir::toNativeSeparators(path), reason)};
}

QFont documentFont(qreal pointSize)
{
    QFont font;
    font.setFamilies(runSheetFontFamilies());
    font.setPointSizeF(pointSize);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace

Status writeTimingReportPdf(const TimingReport &report, const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{ErrorCode::Usage, tr("The PDF timing report needs Qt's graphics support, which this program did not "
                                          "start. Make the PDF from the Sala window.")};
    if (path.isEmpty())
        return Error{ErrorCode::Usage, tr("No file name was given for the PDF timing report.")};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(layoutDpi);
        // Landscape: the table has ten columns.
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(14, 12, 14, 10),
                                         QPageLayout::Millimeter));
        writer.setTitle(tr("Planned versus actual: %1").arg(report.sessionTitle));
        writer.setCreator(QStringLiteral("Sala"));

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDefaultFont(documentFont(bodyPointSize));
        QTextOption option = document.defaultTextOption();
        option.setUseDesignMetrics(true);
        document.setDefaultTextOption(option);
        document.setDocumentMargin(0);
        document.setHtml(timingReportHtml(report));

        const QFont footerFont = documentFont(footerPointSize);
        const QFontMetricsF footerMetrics(footerFont, &writer);
        const qreal footerHeight = footerMetrics.height() * 2.2;
        const qreal width = writer.width();
        const qreal bodyHeight = writer.height() - footerHeight;
        document.setPageSize(QSizeF(width, bodyHeight));
        const int pageCount = document.pageCount();

        QPainter painter;
        if (!painter.begin(&writer))
            return writeError(path, tr("the PDF could not be started"));
        const QString footerLeft = report.sessionTitle + QStringLiteral(" · ") + report.workshopTitle;
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
            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawLine(QPointF(0, footer.top() + footerMetrics.height() * 0.6),
                             QPointF(width, footer.top() + footerMetrics.height() * 0.6));
            painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, pageText);
            const qreal pageTextWidth = footerMetrics.horizontalAdvance(pageText);
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom,
                             footerMetrics.elidedText(footerLeft, Qt::ElideRight, width - pageTextWidth - 24));
        }
        if (!painter.end())
            return writeError(path, tr("the PDF could not be finished"));
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return success();
}

} // namespace sala
