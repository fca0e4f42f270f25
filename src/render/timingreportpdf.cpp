#include "timingreportpdf.h"

#include "pdfpages.h"

#include <QCoreApplication>
#include <QDir>

namespace sala {
namespace {

// Strings of this file in their own translation context, where lupdate files them too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::TimingReportPdf)
};

Error writeError(const QString &path, const QString &reason)
{
    return {ErrorCode::Io,
            Text::tr("Sala could not save the timing report as “%1” (%2). Check that the folder exists and that you "
                     "may write to it, or choose another place.")
                .arg(QDir::toNativeSeparators(path), reason)};
}

} // namespace

Status writeTimingReportPdf(const TimingReport &report, const QString &path)
{
    if (!canWritePdf())
        return Error{ErrorCode::Usage, Text::tr("The PDF timing report needs Qt's graphics support, which this program did not "
                                                "start. Make the PDF from the Sala window.")};
    if (path.isEmpty())
        return Error{ErrorCode::Usage, Text::tr("No file name was given for the PDF timing report.")};

    PdfPageSetup setup;
    // Landscape: the table has ten columns.
    setup.orientation = QPageLayout::Landscape;
    setup.marginsMm = QMarginsF(14, 12, 14, 10);
    setup.title = Text::tr("Planned versus actual: %1").arg(report.sessionTitle);
    setup.footer = report.sessionTitle + QStringLiteral(" · ") + report.workshopTitle;
    const Expected<int> pages = writeHtmlPdf(timingReportHtml(report), path, setup);
    if (!pages)
        return writeError(path, pages.error().message);
    return success();
}

} // namespace sala
