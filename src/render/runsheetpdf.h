#pragma once
// The run sheet as an A4 PDF for printing or sharing before the call, with fonts that cover
// Khmer, Lao and Thai. Needs a QGuiApplication (the offscreen platform is enough).

#include "io/runsheet.h"
#include "util/expected.h"

#include <QString>

namespace sala {

// Writes the whole file or nothing: an existing file at `path` is replaced only on success.
Status writeRunSheetPdf(const Workshop &workshop, const Session &session, const QString &path,
                        const RunSheetOptions &options = {});

} // namespace sala
