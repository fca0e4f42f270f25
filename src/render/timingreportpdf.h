#pragma once
// The planned-versus-actual timing report as an A4 PDF, with fonts that cover Khmer, Lao and
// Thai. Needs a QGuiApplication (the offscreen platform is enough).

#include "run/timingreport.h"
#include "util/expected.h"

#include <QString>

namespace sala {

// Writes the whole file or nothing: an existing file at `path` is replaced only on success.
Status writeTimingReportPdf(const TimingReport &report, const QString &path);

} // namespace sala
