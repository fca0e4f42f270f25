#include "runsheetpdf.h"

#include "pdfpages.h"

#include <QCoreApplication>
#include <QDir>

namespace sala {
namespace {

// Strings of this file in their own translation context, where lupdate files them too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::RunSheetPdf)
};

Error writeError(const QString &path, const QString &reason)
{
    return {ErrorCode::Io,
            Text::tr("Sala could not save the run sheet as “%1” (%2). Check that the folder exists and that you may "
                     "write to it, or choose another place.")
                .arg(QDir::toNativeSeparators(path), reason)};
}

} // namespace

Status writeRunSheetPdf(const Workshop &workshop, const Session &session, const QString &path, const RunSheetOptions &options)
{
    if (!canWritePdf())
        return Error{ErrorCode::Usage, Text::tr("The PDF run sheet needs Qt's graphics support, which this program did "
                                                "not start. Make the PDF from the Sala window.")};
    if (path.isEmpty())
        return Error{ErrorCode::Usage, Text::tr("No file name was given for the PDF run sheet.")};

    PdfPageSetup setup;
    setup.title = session.title.isEmpty() ? workshop.title : session.title;
    setup.footer = workshop.title.isEmpty() || session.title.isEmpty()
                       ? QString(workshop.title + session.title)
                       : QString(session.title + QStringLiteral(" · ") + workshop.title);
    setup.keepHeadingsWithNext = true;
    const Expected<int> pages = writeHtmlPdf(runSheetHtml(workshop, session, options), path, setup);
    if (!pages)
        return writeError(path, pages.error().message);
    return success();
}

} // namespace sala
