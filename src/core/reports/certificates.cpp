#include "reports/certificates.h"

#include "store/store.h"
#include "util/eradates.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace sala {
namespace {

// Strings of this file in their own translation context (a plain Text::tr() helper would file them
// under the namespace for lupdate and look them up elsewhere at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::Certificates)
};

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z]+)\\}"));
    return pattern;
}

} // namespace

CertificateTemplate CertificateTemplate::defaults()
{
    CertificateTemplate tmpl;
    tmpl.completionTitle = Text::tr("Certificate of Completion");
    tmpl.completionBody = Text::tr("This is to certify that\n{name}\nhas successfully completed the workshop\n{workshop}\n"
                                   "held online on {dates} ({hours} hours) by {organizer}.");
    tmpl.participationTitle = Text::tr("Certificate of Participation");
    tmpl.participationBody = Text::tr("This is to certify that\n{name}\nhas participated in the workshop\n{workshop}\n"
                                      "held online on {dates} by {organizer}, attending {attendedHours} of {hours} hours.");
    return tmpl;
}

const QStringList &certificatePlaceholders()
{
    static const QStringList names{QStringLiteral("{name}"),  QStringLiteral("{workshop}"),
                                   QStringLiteral("{dates}"), QStringLiteral("{organizer}"),
                                   QStringLiteral("{hours}"), QStringLiteral("{attendedHours}")};
    return names;
}

QStringList unknownPlaceholders(const QString &text)
{
    QStringList unknown;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QString found = it.next().captured(0);
        if (!certificatePlaceholders().contains(found) && !unknown.contains(found))
            unknown << found;
    }
    return unknown;
}

QString fillPlaceholders(const QString &text, const CertificateValues &values)
{
    // One pass over the text, so a value that itself contains "{name}" is never replaced again.
    QString result;
    qsizetype done = 0;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1);
        const QString *value = nullptr;
        if (name == u"name")
            value = &values.name;
        else if (name == u"workshop")
            value = &values.workshop;
        else if (name == u"dates")
            value = &values.dates;
        else if (name == u"organizer")
            value = &values.organizer;
        else if (name == u"hours")
            value = &values.hours;
        else if (name == u"attendedHours")
            value = &values.attendedHours;
        if (!value)
            continue;
        result += text.mid(done, match.capturedStart() - done) + *value;
        done = match.capturedEnd();
    }
    return result + text.mid(done);
}

QLocale certificateLocale(const AttendanceReport &report)
{
    if (report.language.isEmpty())
        return QLocale();
    const QLocale locale(report.language);
    return locale.language() == QLocale::C ? QLocale() : locale;
}

std::vector<Certificate> buildCertificates(const AttendanceReport &report, const CertificateTemplate &tmpl, const QLocale &locale)
{
    std::vector<Certificate> certificates;
    CertificateValues values;
    values.workshop = report.workshopTitle;
    values.organizer = report.organizer;
    values.dates = peopleDateSpan(report.firstDate(), report.lastDate(), locale, tmpl.buddhistEra);
    values.hours = hoursText(report.scheduledSeconds, locale);
    for (const ReportPerson *person : report.certificateHolders()) {
        const bool completed = person->status == CompletionStatus::Completed;
        if (!completed && !tmpl.includeParticipation)
            continue;
        values.name = person->name;
        values.attendedHours = hoursText(person->credited, locale);
        Certificate certificate;
        certificate.participantId = person->participantId;
        certificate.award = person->status;
        certificate.title = fillPlaceholders(completed ? tmpl.completionTitle : tmpl.participationTitle, values);
        certificate.body = fillPlaceholders(completed ? tmpl.completionBody : tmpl.participationBody, values);
        certificate.name = person->name;
        certificate.signatoryName = tmpl.signatoryName;
        certificate.signatoryRole = tmpl.signatoryRole;
        certificates.push_back(std::move(certificate));
    }
    return certificates;
}

QString certificateTemplateToJson(const CertificateTemplate &tmpl)
{
    QJsonObject object;
    object.insert(QStringLiteral("completionTitle"), tmpl.completionTitle);
    object.insert(QStringLiteral("completionBody"), tmpl.completionBody);
    object.insert(QStringLiteral("participationTitle"), tmpl.participationTitle);
    object.insert(QStringLiteral("participationBody"), tmpl.participationBody);
    object.insert(QStringLiteral("signatoryName"), tmpl.signatoryName);
    object.insert(QStringLiteral("signatoryRole"), tmpl.signatoryRole);
    object.insert(QStringLiteral("includeParticipation"), tmpl.includeParticipation);
    object.insert(QStringLiteral("buddhistEra"), tmpl.buddhistEra);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

CertificateTemplate certificateTemplateFromJson(const QString &json)
{
    CertificateTemplate tmpl = CertificateTemplate::defaults();
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isObject())
        return tmpl;
    const QJsonObject object = document.object();
    auto text = [&](const char *name, QString &field) {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.isString())
            field = value.toString();
    };
    auto flag = [&](const char *name, bool &field) {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.isBool())
            field = value.toBool();
    };
    text("completionTitle", tmpl.completionTitle);
    text("completionBody", tmpl.completionBody);
    text("participationTitle", tmpl.participationTitle);
    text("participationBody", tmpl.participationBody);
    text("signatoryName", tmpl.signatoryName);
    text("signatoryRole", tmpl.signatoryRole);
    flag("includeParticipation", tmpl.includeParticipation);
    flag("buddhistEra", tmpl.buddhistEra);
    return tmpl;
}

QString CertificateTemplateStore::metaKey(qint64 workshopId)
{
    return QStringLiteral("certificate-template/%1").arg(workshopId);
}

CertificateTemplate CertificateTemplateStore::load(qint64 workshopId) const
{
    const QString json = m_store.meta(metaKey(workshopId));
    return json.isEmpty() ? CertificateTemplate::defaults() : certificateTemplateFromJson(json);
}

Status CertificateTemplateStore::save(qint64 workshopId, const CertificateTemplate &tmpl)
{
    return m_store.setMeta(metaKey(workshopId), certificateTemplateToJson(tmpl));
}

} // namespace sala
