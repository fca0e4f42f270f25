#include "certificatespdf.h"

#include "io/runsheet.h"
#include "pdfpages.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>

namespace sala {
namespace {

// Strings of this file in their own translation context (a plain Text::tr() helper would file them
// under the namespace for lupdate and look them up elsewhere at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::CertificatesPdf)
};

constexpr int layoutDpi = 96;
const QColor frame(0x1f, 0x3a, 0x5a);
const QColor accent(0x9c, 0x7a, 0x2a);

Error writeError(const QString &path, const QString &reason)
{
    return {ErrorCode::Io,
            Text::tr("Sala could not save the certificates as “%1” (%2). Check that the folder exists and that you may "
                     "write there, then try again.")
                .arg(QDir::toNativeSeparators(path), reason)};
}

QString fontFamiliesCss()
{
    QStringList families;
    for (const QString &family : runSheetFontFamilies())
        families << u'"' + family + u'"';
    families << QStringLiteral("sans-serif");
    return families.join(QStringLiteral(", "));
}

void drawCertificate(QPainter &painter, const QRectF &page, const Certificate &certificate)
{
    // A double frame a little inside the page.
    painter.setPen(QPen(frame, 4));
    painter.drawRect(page.adjusted(6, 6, -6, -6));
    painter.setPen(QPen(accent, 1.5));
    painter.drawRect(page.adjusted(16, 16, -16, -16));

    const QRectF inner = page.adjusted(60, 50, -60, -40);
    QFont titleFont = pdfFont(30);
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(frame);
    const QFontMetricsF titleMetrics(titleFont, painter.device());
    const QRectF titleRect(inner.left(), inner.top() + 20, inner.width(), titleMetrics.height() * 2.3);
    painter.drawText(titleRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, certificate.title);
    const qreal titleBottom =
        titleRect.top()
        + painter.boundingRect(titleRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, certificate.title).height();
    painter.setPen(QPen(accent, 1.5));
    painter.drawLine(QPointF(page.center().x() - 80, titleBottom + 12), QPointF(page.center().x() + 80, titleBottom + 12));

    // The signatory block at the bottom.
    QFont signFont = pdfFont(12);
    const QFontMetricsF signMetrics(signFont, painter.device());
    const qreal signTop = inner.bottom() - signMetrics.height() * 3.4;
    if (!certificate.signatoryName.isEmpty() || !certificate.signatoryRole.isEmpty()) {
        painter.setPen(QPen(Qt::black, 1));
        painter.drawLine(QPointF(page.center().x() - 130, signTop), QPointF(page.center().x() + 130, signTop));
        painter.setFont(signFont);
        painter.drawText(QRectF(inner.left(), signTop + 4, inner.width(), signMetrics.height() * 1.3),
                         Qt::AlignHCenter | Qt::AlignTop, certificate.signatoryName);
        QFont roleFont = pdfFont(10.5);
        painter.setFont(roleFont);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.drawText(QRectF(inner.left(), signTop + 4 + signMetrics.height() * 1.3, inner.width(), signMetrics.height() * 1.4),
                         Qt::AlignHCenter | Qt::AlignTop, certificate.signatoryRole);
    }

    // The body, centred between the title and the signature.
    QTextDocument body;
    body.documentLayout()->setPaintDevice(painter.device());
    body.setDefaultFont(pdfFont(15));
    QTextOption option = body.defaultTextOption();
    option.setUseDesignMetrics(true);
    body.setDefaultTextOption(option);
    body.setDocumentMargin(0);
    body.setHtml(certificateBodyHtml(certificate));
    body.setTextWidth(inner.width());
    const qreal spaceTop = titleBottom + 30;
    const qreal spaceBottom = signTop - 30;
    const qreal height = body.size().height();
    const qreal top = std::max(spaceTop, spaceTop + (spaceBottom - spaceTop - height) / 2);
    painter.save();
    painter.translate(inner.left(), top);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    context.clip = QRectF(0, 0, inner.width(), std::max<qreal>(spaceBottom - top, height));
    body.documentLayout()->draw(&painter, context);
    painter.restore();
}

} // namespace

QString certificateBodyHtml(const Certificate &certificate)
{
    QString html = QStringLiteral("<html><head><style>body { font-family: ") + fontFamiliesCss()
                   + QStringLiteral("; color: #1b1b1b; }\np { margin-top: 3px; margin-bottom: 3px; }\n"
                                    "span.name { font-size: 26pt; font-weight: bold; color: #1f3a5a; }\n</style></head><body>\n");
    const QString escapedName = certificate.name.toHtmlEscaped();
    for (const QString &line : certificate.body.split(u'\n')) {
        QString text = line.toHtmlEscaped();
        if (!escapedName.isEmpty())
            text.replace(escapedName, QStringLiteral("<span class=\"name\">") + escapedName + QStringLiteral("</span>"));
        html += QStringLiteral("<p align=\"center\">") + (text.isEmpty() ? QStringLiteral("&nbsp;") : text)
                + QStringLiteral("</p>\n");
    }
    return html + QStringLiteral("</body></html>\n");
}

Status writeCertificatesPdf(const std::vector<Certificate> &certificates, const QString &documentTitle, const QString &path)
{
    if (!canWritePdf())
        return Error{ErrorCode::Usage,
                     Text::tr("The certificates need Qt's graphics support, which this program did not start. Make them "
                              "from the Sala window.")};
    if (path.isEmpty())
        return Error{ErrorCode::Usage, Text::tr("No file name was given for the certificates.")};
    if (certificates.empty())
        return Error{ErrorCode::InvalidData,
                     Text::tr("Nobody has earned a certificate yet, so no certificates were written. Import the "
                              "attendance of every session, or check the thresholds.")};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(layoutDpi);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
        writer.setTitle(documentTitle);
        writer.setCreator(QStringLiteral("Sala"));
        QPainter painter;
        if (!painter.begin(&writer))
            return writeError(path, Text::tr("the PDF could not be started"));
        painter.setRenderHint(QPainter::Antialiasing, true);
        const QRectF page(0, 0, writer.width(), writer.height());
        for (std::size_t i = 0; i < certificates.size(); ++i) {
            if (i > 0)
                writer.newPage();
            drawCertificate(painter, page, certificates[i]);
        }
        if (!painter.end())
            return writeError(path, Text::tr("the PDF could not be finished"));
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return success();
}

} // namespace sala
