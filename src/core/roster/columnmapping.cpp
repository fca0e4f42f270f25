#include "roster/columnmapping.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <map>
#include <utility>

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::ColumnMapping)
};

constexpr std::array<std::pair<ImportField, const char16_t *>, 20> fieldKeys{{
    {ImportField::Ignore, u"ignore"},
    {ImportField::Name, u"name"},
    {ImportField::PreferredName, u"preferred-name"},
    {ImportField::Alias, u"alias"},
    {ImportField::Email, u"email"},
    {ImportField::Phone, u"phone"},
    {ImportField::Organization, u"organization"},
    {ImportField::OrganizationType, u"organization-type"},
    {ImportField::Country, u"country"},
    {ImportField::Sex, u"sex"},
    {ImportField::AgeBand, u"age-band"},
    {ImportField::Employees, u"employees"},
    {ImportField::Sector, u"sector"},
    {ImportField::Languages, u"languages"},
    {ImportField::NeedsInterpretation, u"needs-interpretation"},
    {ImportField::Notes, u"notes"},
    {ImportField::ConsentGiven, u"consent"},
    {ImportField::ConsentAt, u"consent-at"},
    {ImportField::ConsentNotice, u"consent-notice"},
    {ImportField::Role, u"role"},
}};

constexpr std::array<std::pair<RegistrationSource, const char16_t *>, 5> sourceKeys{{
    {RegistrationSource::Spreadsheet, u"spreadsheet"},
    {RegistrationSource::GoogleForms, u"google-forms"},
    {RegistrationSource::MicrosoftForms, u"microsoft-forms"},
    {RegistrationSource::Eventbrite, u"eventbrite"},
    {RegistrationSource::KoboToolbox, u"kobotoolbox"},
}};

// Lower case, no Kobo group path, no bracketed hints, punctuation as spaces, single spaces.
QString normalizedHeader(const QString &header)
{
    QString text = header.trimmed().toCaseFolded();
    if (const qsizetype slash = text.lastIndexOf(u'/'); slash >= 0 && slash + 1 < text.size() && !text.contains(u' '))
        text = text.mid(slash + 1);
    static const QRegularExpression bracketed(QStringLiteral("\\([^)]*\\)|\\[[^\\]]*\\]"));
    text.remove(bracketed);
    static const QRegularExpression punctuation(QStringLiteral("[_.,:;?!*'’\"“”#/\\\\-]+"));
    text.replace(punctuation, QStringLiteral(" "));
    return text.simplified();
}

struct Rule {
    ImportField field;
    std::vector<const char16_t *> exact;    // the whole normalized header
    std::vector<const char16_t *> contains; // a part of it
    std::vector<const char16_t *> words;    // one of its space-separated words
};

// Checked in order: the first rule that matches decides. More specific wording comes first so
// that "type of organization" is not taken for the organization and "name of business" not
// for the person's name.
const std::vector<Rule> &rules()
{
    static const std::vector<Rule> table{
        {ImportField::ConsentAt,
         {u"timestamp", u"completion time", u"submission time", u"order date", u"submitted at", u"submitted"},
         {u"consent date", u"date of consent", u"consent time", u"date consent"},
         {}},
        {ImportField::ConsentNotice, {}, {u"notice version", u"privacy notice version"}, {}},
        // Only a column that plainly asks for the role in the workshop: "Your role in the
        // business" is about the person's job, not about this workshop.
        {ImportField::Role,
         {u"role", u"roles", u"workshop role", u"role in workshop", u"role in the workshop", u"training role", u"บทบาท",
          u"peranan", u"tungkulin", u"តួនាទី", u"ບົດບາດ"},
         {},
         {}},
        {ImportField::ConsentGiven,
         {u"agree"},
         {u"consent", u"agree", u"privacy", u"data protection", u"personal data", u"pdpa", u"ยินยอม", u"persetujuan",
          u"pahintulot", u"យល់ព្រម", u"ຍິນຍອມ"},
         {u"dpa"}},
        {ImportField::OrganizationType,
         {},
         {u"organization type", u"organisation type", u"org type", u"type of organization", u"type of organisation",
          u"kind of organization", u"kind of organisation", u"ประเภทองค์กร", u"ประเภทหน่วยงาน", u"jenis organisasi",
          u"uri ng organisasyon", u"ប្រភេទអង្គភាព", u"ປະເພດອົງກອນ"},
         {}},
        {ImportField::Sector,
         {},
         {u"sector", u"industry", u"type of business", u"business type", u"line of business", u"ประเภทธุรกิจ", u"sektor",
          u"industri", u"វិស័យ", u"ຂະແໜງ"},
         {}},
        {ImportField::Employees,
         {},
         {u"employee", u"staff", u"worker", u"headcount", u"head count", u"how many people", u"พนักงาน", u"ลูกจ้าง", u"pekerja",
          u"kakitangan", u"empleyado", u"បុគ្គលិក", u"ພະນັກງານ"},
         {}},
        {ImportField::Alias,
         {},
         {u"zoom name", u"display name", u"screen name", u"name in zoom", u"name on zoom", u"name you will use", u"teams name",
          u"meet name", u"name in the meeting"},
         {}},
        {ImportField::PreferredName,
         {},
         {u"preferred name", u"nickname", u"nick name", u"call you", u"ชื่อเล่น", u"nama panggilan", u"palayaw", u"ឈ្មោះហៅក្រៅ", u"ຊື່ຫຼິ້ນ"},
         {}},
        {ImportField::NeedsInterpretation,
         {},
         {u"interpret", u"translation", u"ล่าม", u"jurubahasa", u"tagasalin", u"អ្នកបកប្រែ", u"ນາຍພາສາ"},
         {}},
        {ImportField::Organization,
         {u"business", u"company", u"organization", u"organisation"},
         {u"organization",
          u"organisation",
          u"company",
          u"business name",
          u"name of business",
          u"name of your business",
          u"enterprise name",
          u"name of enterprise",
          u"employer",
          u"institution",
          u"ชื่อกิจการ",
          u"ชื่อธุรกิจ",
          u"บริษัท",
          u"หน่วยงาน",
          u"องค์กร",
          u"syarikat",
          u"perniagaan",
          u"kumpanya",
          u"negosyo",
          u"អង្គភាព",
          u"ក្រុមហ៊ុន",
          u"ອົງກອນ",
          u"ບໍລິສັດ"},
         {}},
        {ImportField::Email, {}, {u"email", u"e mail", u"อีเมล", u"អ៊ីមែល", u"ອີເມວ", u"emel"}, {}},
        {ImportField::Phone,
         {u"tel", u"tel no", u"contact", u"contact no"},
         {u"phone", u"mobile", u"whatsapp", u"contact number", u"cell number", u"โทร", u"เบอร์", u"telefon", u"numero", u"ទូរស័ព្ទ",
          u"ເບີໂທ", u"ໂທລະສັບ"},
         {}},
        {ImportField::Country, {}, {u"country", u"nationality", u"ประเทศ", u"negara", u"bansa", u"ប្រទេស", u"ປະເທດ"}, {}},
        {ImportField::Sex, {}, {u"gender", u"เพศ", u"jantina", u"kasarian", u"ភេទ", u"ເພດ"}, {u"sex"}},
        {ImportField::AgeBand,
         {},
         {u"age group", u"age range", u"age band", u"your age", u"อายุ", u"umur", u"edad", u"អាយុ", u"ອາຍຸ"},
         {u"age"}},
        {ImportField::Languages, {}, {u"language", u"ภาษา", u"bahasa", u"wika", u"ភាសា", u"ພາສາ"}, {}},
        {ImportField::Notes,
         {},
         {u"note", u"comment", u"remark", u"anything else", u"special need", u"accessibility", u"หมายเหตุ", u"catatan", u"tala"},
         {}},
    };
    return table;
}

enum class NameKind { None, Full, Given, Family, Plain };

NameKind nameKind(const QString &normalized)
{
    static const std::vector<const char16_t *> family{u"last name", u"lastname", u"surname", u"family name"};
    static const std::vector<const char16_t *> full{
        u"full name",     u"fullname",           u"ชื่อ นามสกุล",           u"ชื่อและนามสกุล",
        u"ชื่อ สกุล",        u"nama penuh",         u"buong pangalan",      u"ឈ្មោះពេញ",
        u"ນາມສະກຸນ",       u"participant name",   u"name of participant", u"your name",
        u"attendee name", u"participant s name", u"complete name"};
    static const std::vector<const char16_t *> given{u"first name", u"firstname", u"given name", u"forename"};
    static const std::vector<const char16_t *> plain{u"ชื่อ", u"nama", u"pangalan", u"ឈ្មោះ", u"ຊື່"};
    auto containsAny = [&](const std::vector<const char16_t *> &list) {
        return std::any_of(list.begin(), list.end(), [&](const char16_t *p) { return normalized.contains(QStringView(p)); });
    };
    // "ชื่อ-นามสกุล" (name – surname) is the Thai way to ask for the full name.
    if (containsAny(full))
        return NameKind::Full;
    if (containsAny(given))
        return NameKind::Given;
    if (containsAny(family))
        return normalized.contains(QStringView(u"ชื่อ")) ? NameKind::Full : NameKind::Family;
    const QStringList words = normalized.split(u' ', Qt::SkipEmptyParts);
    if (words.contains(QStringLiteral("name")) || words.contains(QStringLiteral("names")) || containsAny(plain))
        return NameKind::Plain;
    return NameKind::None;
}

// Columns a source always writes that are not about the person.
bool isSourceBookkeeping(const QString &header)
{
    static const QStringList columns{QStringLiteral("id"),
                                     QStringLiteral("start time"),
                                     QStringLiteral("last modified time"),
                                     QStringLiteral("total points"),
                                     QStringLiteral("quiz feedback"),
                                     QStringLiteral("order #"),
                                     QStringLiteral("order no."),
                                     QStringLiteral("quantity"),
                                     QStringLiteral("price tier"),
                                     QStringLiteral("ticket type"),
                                     QStringLiteral("attendee #"),
                                     QStringLiteral("group"),
                                     QStringLiteral("order type"),
                                     QStringLiteral("currency"),
                                     QStringLiteral("total paid"),
                                     QStringLiteral("fees paid"),
                                     QStringLiteral("eventbrite fees"),
                                     QStringLiteral("eventbrite payment processing"),
                                     QStringLiteral("attendee status"),
                                     QStringLiteral("job title"),
                                     QStringLiteral("_id"),
                                     QStringLiteral("_uuid"),
                                     QStringLiteral("_validation_status"),
                                     QStringLiteral("_notes"),
                                     QStringLiteral("_status"),
                                     QStringLiteral("_submitted_by"),
                                     QStringLiteral("_tags"),
                                     QStringLiteral("_index"),
                                     QStringLiteral("start"),
                                     QStringLiteral("end"),
                                     QStringLiteral("today"),
                                     QStringLiteral("deviceid"),
                                     QStringLiteral("__version__"),
                                     QStringLiteral("meta/instanceid"),
                                     QStringLiteral("instanceid")};
    const QString lower = header.trimmed().toLower();
    if (columns.contains(lower))
        return true;
    // Eventbrite address columns and Microsoft Forms quiz columns.
    return lower.startsWith(u"home address") || lower.startsWith(u"home city") || lower.startsWith(u"home state")
           || lower.startsWith(u"home zip") || lower.startsWith(u"home postcode") || lower.startsWith(u"county of residence")
           || lower.startsWith(u"points - ") || lower.startsWith(u"feedback - ");
}

ImportField ruleField(const QString &normalized)
{
    const QStringList words = normalized.split(u' ', Qt::SkipEmptyParts);
    for (const Rule &rule : rules()) {
        for (const char16_t *e : rule.exact)
            if (normalized == QStringView(e))
                return rule.field;
        for (const char16_t *c : rule.contains)
            if (normalized.contains(QStringView(c)))
                return rule.field;
        for (const char16_t *w : rule.words)
            if (words.contains(QString::fromUtf16(w)))
                return rule.field;
    }
    return ImportField::Ignore;
}

QString headerKey(const QString &header)
{
    return header.simplified().toCaseFolded();
}

// The saved mapping's key of each column: its folded header, and for a header that repeats (forms
// allow two questions with the same title) its occurrence after a line break, which no folded
// header contains: "name", "name\n2".
QStringList headerKeys(const QStringList &headers)
{
    QStringList keys;
    std::map<QString, int> seen;
    for (const QString &header : headers) {
        QString k = headerKey(header);
        if (const int n = ++seen[k]; n > 1)
            k += u'\n' + QString::number(n);
        keys << k;
    }
    return keys;
}

} // namespace

QString key(ImportField field)
{
    for (const auto &[f, text] : fieldKeys)
        if (f == field)
            return QString::fromUtf16(text);
    return QStringLiteral("ignore");
}

std::optional<ImportField> importFieldFromKey(const QString &key)
{
    for (const auto &[f, text] : fieldKeys)
        if (key == QStringView(text))
            return f;
    return std::nullopt;
}

QString displayName(ImportField field)
{
    switch (field) {
    case ImportField::Ignore: return Text::tr("(not imported)");
    case ImportField::Name: return Text::tr("Name");
    case ImportField::PreferredName: return Text::tr("Preferred name");
    case ImportField::Alias: return Text::tr("Alias (e.g. Zoom name)");
    case ImportField::Email: return Text::tr("Email");
    case ImportField::Phone: return Text::tr("Phone");
    case ImportField::Organization: return Text::tr("Organization");
    case ImportField::OrganizationType: return Text::tr("Organization type");
    case ImportField::Country: return Text::tr("Country");
    case ImportField::Sex: return Text::tr("Sex");
    case ImportField::AgeBand: return Text::tr("Age band");
    case ImportField::Employees: return Text::tr("Employees");
    case ImportField::Sector: return Text::tr("Sector");
    case ImportField::Languages: return Text::tr("Languages");
    case ImportField::NeedsInterpretation: return Text::tr("Needs interpretation");
    case ImportField::Notes: return Text::tr("Notes");
    case ImportField::ConsentGiven: return Text::tr("Consent given");
    case ImportField::ConsentAt: return Text::tr("Consent time / form sent");
    case ImportField::ConsentNotice: return Text::tr("Privacy notice version");
    case ImportField::Role: return Text::tr("Role in the workshop");
    }
    return {};
}

const std::vector<ImportField> &allImportFields()
{
    static const std::vector<ImportField> fields = [] {
        std::vector<ImportField> result;
        for (const auto &entry : fieldKeys)
            result.push_back(entry.first);
        return result;
    }();
    return fields;
}

QString key(RegistrationSource source)
{
    for (const auto &[s, text] : sourceKeys)
        if (s == source)
            return QString::fromUtf16(text);
    return QStringLiteral("spreadsheet");
}

std::optional<RegistrationSource> registrationSourceFromKey(const QString &key)
{
    for (const auto &[s, text] : sourceKeys)
        if (key == QStringView(text))
            return s;
    return std::nullopt;
}

QString displayName(RegistrationSource source)
{
    switch (source) {
    case RegistrationSource::Spreadsheet: return Text::tr("Spreadsheet");
    case RegistrationSource::GoogleForms: return Text::tr("Google Forms");
    case RegistrationSource::MicrosoftForms: return Text::tr("Microsoft Forms");
    case RegistrationSource::Eventbrite: return Text::tr("Eventbrite");
    case RegistrationSource::KoboToolbox: return Text::tr("KoboToolbox");
    }
    return {};
}

bool ColumnMapping::maps(ImportField field) const
{
    return std::find(fields.begin(), fields.end(), field) != fields.end();
}

int findHeaderRecord(const std::vector<CsvRecord> &records)
{
    const int limit = std::min<int>(10, int(records.size()));
    for (int i = 0; i < limit; ++i) {
        int known = 0;
        for (const QString &cell : records[std::size_t(i)].cells) {
            const QString normalized = normalizedHeader(cell);
            if (normalized.isEmpty() || normalized.size() > 200)
                continue;
            if (isSourceBookkeeping(cell) || ruleField(normalized) != ImportField::Ignore
                || nameKind(normalized) != NameKind::None)
                ++known;
        }
        if (known >= 2)
            return i;
    }
    return 0;
}

bool isAnnotationRecord(const CsvRecord &record)
{
    bool any = false;
    for (const QString &cell : record.cells) {
        const QString trimmed = cell.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (!trimmed.startsWith(u'#'))
            return false;
        any = true;
    }
    return any;
}

RegistrationSource detectSource(const QStringList &headers)
{
    auto header = [&](int i) { return i < headers.size() ? headers[i].trimmed().toLower() : QString(); };
    if (header(0) == u"timestamp" && header(1) == u"email address")
        return RegistrationSource::GoogleForms;
    if (header(0) == u"id" && header(1) == u"start time" && header(2) == u"completion time")
        return RegistrationSource::MicrosoftForms;
    if ((header(0) == u"order #" || header(0) == u"order no.") && header(1) == u"order date")
        return RegistrationSource::Eventbrite;
    bool uuid = false;
    bool submission = false;
    for (const QString &h : headers) {
        uuid = uuid || h.trimmed() == u"_uuid";
        submission = submission || h.trimmed() == u"_submission_time";
    }
    if (uuid && submission)
        return RegistrationSource::KoboToolbox;
    // Google Forms without an e-mail question starts with the timestamp alone.
    if (header(0) == u"timestamp")
        return RegistrationSource::GoogleForms;
    return RegistrationSource::Spreadsheet;
}

ColumnMapping suggestMapping(const QStringList &headers, RegistrationSource source)
{
    ColumnMapping mapping;
    mapping.fields.assign(std::size_t(headers.size()), ImportField::Ignore);
    std::vector<NameKind> kinds(std::size_t(headers.size()), NameKind::None);
    for (int i = 0; i < headers.size(); ++i) {
        if (isSourceBookkeeping(headers[i]))
            continue;
        const QString normalized = normalizedHeader(headers[i]);
        if (normalized.isEmpty())
            continue;
        ImportField field = ruleField(normalized);
        if (field == ImportField::Ignore) {
            kinds[std::size_t(i)] = nameKind(normalized);
            if (kinds[std::size_t(i)] != NameKind::None)
                field = ImportField::Name;
        }
        mapping.fields[std::size_t(i)] = field;
    }

    // One name: a full-name question wins over a bare "Name" column (Microsoft Forms fills
    // that with the account's name, which is kept as an alias); first and last name columns
    // are joined.
    const bool hasFull = std::find(kinds.begin(), kinds.end(), NameKind::Full) != kinds.end();
    const bool hasParts = std::find(kinds.begin(), kinds.end(), NameKind::Given) != kinds.end()
                          || std::find(kinds.begin(), kinds.end(), NameKind::Family) != kinds.end();
    bool fullTaken = false;
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        switch (kinds[i]) {
        case NameKind::Full:
            mapping.fields[i] = fullTaken ? ImportField::Alias : ImportField::Name;
            fullTaken = true;
            break;
        case NameKind::Given:
        case NameKind::Family:
            if (hasFull)
                mapping.fields[i] = ImportField::Ignore;
            break;
        case NameKind::Plain:
            if (hasFull || hasParts)
                mapping.fields[i] = ImportField::Alias;
            break;
        case NameKind::None: break;
        }
    }
    if (!hasFull && !hasParts) {
        bool first = true;
        for (std::size_t i = 0; i < kinds.size(); ++i) {
            if (kinds[i] != NameKind::Plain)
                continue;
            mapping.fields[i] = first ? ImportField::Name : ImportField::Alias;
            first = false;
        }
    }
    // The headers of every known source are covered by the rules above; the source stays in the
    // signature for a layout that one day needs a rule of its own.
    Q_UNUSED(source);
    return mapping;
}

QString mappingToJson(const QStringList &headers, const ColumnMapping &mapping)
{
    QJsonObject columns;
    const QStringList keys = headerKeys(headers);
    for (int i = 0; i < headers.size(); ++i)
        if (!headers[i].trimmed().isEmpty())
            columns.insert(keys[i], key(mapping.at(i)));
    QJsonObject root;
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("columns"), columns);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

ColumnMapping applySavedMapping(const QString &json, const QStringList &headers, const ColumnMapping &fallback)
{
    ColumnMapping result = fallback;
    result.fields.resize(std::size_t(headers.size()), ImportField::Ignore);
    const QJsonObject columns = QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("columns")).toObject();
    const QStringList keys = headerKeys(headers);
    for (int i = 0; i < headers.size(); ++i) {
        const QJsonValue saved = columns.value(keys[i]);
        if (!saved.isString())
            continue;
        if (const auto field = importFieldFromKey(saved.toString()))
            result.fields[std::size_t(i)] = *field;
    }
    return result;
}

} // namespace sala
