#pragma once
// Certificates as a PDF: one landscape A4 page per person, with the template's title, the filled-in
// text with the person's name set large, and the signatory's name and role. Fonts cover Khmer, Lao
// and Thai; needs a QGuiApplication (the offscreen platform is enough).

#include "reports/certificates.h"
#include "util/expected.h"

#include <QString>

#include <vector>

namespace sala {

// The body of one certificate as HTML: each line a centred paragraph, the person's name emphasised.
QString certificateBodyHtml(const Certificate &certificate);

// Writes the whole file or nothing; refuses an empty list, which would be an empty document.
Status writeCertificatesPdf(const std::vector<Certificate> &certificates, const QString &documentTitle, const QString &path);

} // namespace sala
