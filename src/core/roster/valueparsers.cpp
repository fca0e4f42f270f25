#include "roster/valueparsers.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <initializer_list>

namespace sala {
namespace {

QString fold(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
    folded.replace(u'–', u'-').replace(u'—', u'-').replace(u'’', u'\'');
    while (!folded.isEmpty() && (folded.endsWith(u'.') || folded.endsWith(u'!')))
        folded.chop(1);
    return folded.trimmed();
}

bool isOneOf(const QString &folded, std::initializer_list<const char16_t *> options)
{
    return std::any_of(options.begin(), options.end(), [&](const char16_t *o) { return folded == QStringView(o); });
}

bool containsAny(const QString &folded, std::initializer_list<const char16_t *> options)
{
    return std::any_of(options.begin(), options.end(), [&](const char16_t *o) { return folded.contains(QStringView(o)); });
}

std::optional<bool> yesNoWord(const QString &folded)
{
    if (isOneOf(folded, {u"yes",    u"y",        u"true",   u"1",      u"x",         u"✓",        u"✔",       u"ok",
                         u"agree",  u"i agree",  u"agreed", u"accept", u"accepted",  u"i accept", u"consent", u"i consent",
                         u"needed", u"required", u"ใช่",     u"ค่ะ",     u"ครับ",       u"ยินยอม",    u"ยอมรับ",   u"ตกลง",
                         u"ต้องการ", u"បាទ",      u"ចាស",    u"ព្រម",    u"យល់ព្រម",     u"ແມ່ນ",      u"ຕົກລົງ",    u"ເຫັນດີ",
                         u"ya",     u"setuju",   u"oo",     u"opo",    u"sang-ayon", u"payag",    u"si",      u"oui"}))
        return true;
    if (isOneOf(folded, {u"no",         u"n",
                         u"false",      u"0",
                         u"-",          u"none",
                         u"disagree",   u"i disagree",
                         u"decline",    u"declined",
                         u"not needed", u"not required",
                         u"no need",    u"ไม่",
                         u"ไม่ใช่",       u"ไม่ยินยอม",
                         u"ไม่ต้องการ",   u"ទេ",
                         u"ບໍ່",          u"ບໍ່ແມ່ນ",
                         u"tidak",      u"tidak setuju",
                         u"hindi",      u"non"}))
        return false;
    return std::nullopt;
}

} // namespace

std::optional<Sex> parseSex(const QString &text)
{
    const QString f = fold(text);
    if (f.isEmpty()
        || isOneOf(f, {u"not stated", u"not-stated", u"prefer not to say", u"rather not say", u"n/a", u"na", u"-", u"unknown",
                       u"ไม่ระบุ", u"ไม่ประสงค์จะระบุ", u"tidak dinyatakan", u"ayokong sabihin", u"មិនបញ្ជាក់", u"ບໍ່ລະບຸ"}))
        return Sex::NotStated;
    if (isOneOf(f, {u"female", u"f", u"woman", u"women", u"girl", u"หญิง", u"เพศหญิง", u"ស្រី", u"ភេទស្រី", u"ຍິງ", u"ເພດຍິງ",
                    u"perempuan", u"wanita", u"p", u"babae", u"b"}))
        return Sex::Female;
    if (isOneOf(f, {u"male", u"m", u"man", u"men", u"boy", u"ชาย", u"เพศชาย", u"ប្រុស", u"ភេទប្រុស", u"ຊາຍ", u"ເພດຊາຍ", u"lelaki",
                    u"laki-laki", u"l", u"lalaki"}))
        return Sex::Male;
    if (isOneOf(f, {u"another", u"other", u"non-binary", u"nonbinary", u"non binary", u"third gender", u"อื่นๆ", u"อื่น ๆ", u"อื่น",
                    u"lain-lain", u"iba pa", u"ផ្សេងទៀត", u"ອື່ນໆ"}))
        return Sex::Another;
    return std::nullopt;
}

std::optional<QString> parseCountry(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const QString f = fold(trimmed);
    struct Known {
        const char16_t *code;
        std::initializer_list<const char16_t *> names;
    };
    static const std::initializer_list<Known> known{
        {u"KH", {u"khm", u"cambodia", u"kingdom of cambodia", u"កម្ពុជា", u"ព្រះរាជាណាចក្រកម្ពុជា", u"กัมพูชา", u"ກຳປູເຈຍ"}},
        {u"LA",
         {u"lao", u"laos", u"lao pdr", u"lao p.d.r", u"lao people's democratic republic", u"ລາວ", u"ສປປ ລາວ", u"ลาว", u"สปป. ลาว",
          u"ឡាវ"}},
        {u"MY", {u"mys", u"malaysia", u"มาเลเซีย", u"ម៉ាឡេស៊ី", u"ມາເລເຊຍ"}},
        {u"PH",
         {u"phl", u"philippines", u"the philippines", u"pilipinas", u"republic of the philippines", u"ฟิลิปปินส์", u"ហ្វីលីពីន", u"ຟີລິບປິນ"}},
        {u"TH", {u"tha", u"thailand", u"kingdom of thailand", u"siam", u"ไทย", u"ประเทศไทย", u"ราชอาณาจักรไทย", u"ថៃ", u"ໄທ"}},
        {u"VN", {u"vnm", u"vietnam", u"viet nam", u"เวียดนาม"}},
        {u"MM", {u"mmr", u"myanmar", u"burma", u"เมียนมา", u"พม่า"}},
        {u"ID", {u"idn", u"indonesia"}},
        {u"SG", {u"sgp", u"singapore"}},
        {u"BN", {u"brn", u"brunei", u"brunei darussalam"}},
        {u"TL", {u"tls", u"timor-leste", u"east timor"}},
    };
    for (const Known &k : known) {
        if (f == fold(QString::fromUtf16(k.code)))
            return QString::fromUtf16(k.code);
        for (const char16_t *name : k.names)
            if (f == QStringView(name))
                return QString::fromUtf16(k.code);
    }
    if (trimmed.size() == 2) {
        const QLocale::Territory territory = QLocale::codeToTerritory(trimmed.toUpper());
        if (territory != QLocale::AnyTerritory)
            return trimmed.toUpper();
    }
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        if (fold(QLocale::territoryToString(territory)) == f) {
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() == 2)
                return code;
        }
    }
    return std::nullopt;
}

std::optional<OrganizationType> parseOrganizationType(const QString &text)
{
    const QString f = fold(text);
    if (f.isEmpty())
        return OrganizationType::Enterprise;
    if (isOneOf(f, {u"other", u"others", u"อื่นๆ", u"อื่น", u"lain-lain", u"iba pa", u"ផ្សេងទៀត", u"ອື່ນໆ"}))
        return OrganizationType::Other;
    if (containsAny(f, {u"employer", u"นายจ้าง", u"majikan", u"និយោជក", u"ນາຍຈ້າງ"}))
        return OrganizationType::EmployersOrganization;
    if (containsAny(f, {u"bds", u"business development", u"consult", u"trainer", u"training provider", u"coach", u"advisor",
                        u"adviser", u"ที่ปรึกษา"}))
        return OrganizationType::BdsProvider;
    if (containsAny(f, {u"association", u"chamber", u"cooperative", u"co-operative", u"federation", u"network", u"สมาคม",
                        u"หอการค้า", u"สหกรณ์", u"persatuan", u"dewan", u"samahan", u"សមាគម", u"ສະມາຄົມ"}))
        return OrganizationType::BusinessAssociation;
    if (containsAny(f, {u"ngo", u"non-government", u"nongovernment", u"non-profit", u"nonprofit", u"not-for-profit",
                        u"foundation", u"civil society", u"cso", u"charity", u"มูลนิธิ", u"องค์กรพัฒนาเอกชน", u"badan bukan kerajaan",
                        u"អង្គការមិនមែនរដ្ឋាភិបាល"}))
        return OrganizationType::Ngo;
    if (containsAny(f, {u"government", u"ministry", u"department", u"public sector", u"municipal", u"provincial",
                        u"local authority", u"lgu", u"รัฐบาล", u"กระทรวง", u"กรม", u"หน่วยงานรัฐ", u"kerajaan", u"kementerian",
                        u"gobyerno", u"រដ្ឋាភិបាល", u"ក្រសួង", u"ລັດຖະບານ", u"ກະຊວງ"}))
        return OrganizationType::Government;
    if (containsAny(f,
                    {u"enterprise",    u"business",      u"company", u"sme",          u"msme",       u"shop",     u"firm",
                     u"self-employed", u"self employed", u"farm",    u"entrepreneur", u"startup",    u"start-up", u"vendor",
                     u"ธุรกิจ",          u"กิจการ",         u"บริษัท",    u"วิสาหกิจ",       u"perniagaan", u"syarikat", u"perusahaan",
                     u"negosyo",       u"សហគ្រាស",        u"អាជីវកម្ម", u"ວິສາຫະກິດ",      u"ທຸລະກິດ"}))
        return OrganizationType::Enterprise;
    return std::nullopt;
}

std::optional<AgeBand> parseAgeBand(const QString &text)
{
    const QString f = fold(text);
    if (f.isEmpty() || isOneOf(f, {u"not stated", u"not-stated", u"prefer not to say", u"n/a", u"-", u"ไม่ระบุ"}))
        return AgeBand::NotStated;
    auto bandOf = [](int age) {
        if (age < 18)
            return AgeBand::Under18;
        if (age < 25)
            return AgeBand::From18To24;
        if (age < 35)
            return AgeBand::From25To34;
        if (age < 45)
            return AgeBand::From35To44;
        if (age < 55)
            return AgeBand::From45To54;
        if (age < 65)
            return AgeBand::From55To64;
        return AgeBand::From65;
    };
    static const QRegularExpression number(QStringLiteral("\\d+"));
    QList<int> numbers;
    for (auto it = number.globalMatch(f); it.hasNext();)
        numbers << it.next().captured(0).toInt();
    if (numbers.isEmpty() || numbers.size() > 2 || numbers.first() > 120)
        return std::nullopt;
    if (containsAny(f, {u"under", u"below", u"less than", u"younger", u"<", u"ต่ำกว่า", u"น้อยกว่า"}))
        return numbers.first() <= 18 ? std::optional(AgeBand::Under18) : std::nullopt;
    // A band from the form (e.g. "36–45") is filed by its lower bound.
    return bandOf(numbers.first());
}

std::optional<EmployeeCount> parseEmployees(const QString &text)
{
    const QString f = fold(text);
    if (f.isEmpty() || isOneOf(f, {u"n/a", u"na", u"-", u"not stated", u"prefer not to say"}))
        return EmployeeCount{};
    if (isOneOf(f, {u"none", u"no employees", u"just me", u"only me", u"myself", u"self-employed", u"0", u"ไม่มี"}))
        return EmployeeCount{0};
    QString digits = f;
    digits.remove(u',');
    static const QRegularExpression number(QStringLiteral("\\d+"));
    QList<qint64> numbers;
    for (auto it = number.globalMatch(digits); it.hasNext();)
        numbers << it.next().captured(0).toLongLong();
    if (numbers.isEmpty() || numbers.size() > 2 || numbers.last() > 10'000'000)
        return std::nullopt;
    if (numbers.size() == 2)
        return EmployeeCount{int(std::max(numbers[0], numbers[1]))};
    return EmployeeCount{int(numbers.first())};
}

std::optional<bool> parseYesNo(const QString &text)
{
    const QString f = fold(text);
    if (f.isEmpty())
        return false;
    return yesNoWord(f);
}

std::optional<bool> parseConsent(const QString &text)
{
    const QString f = fold(text);
    if (f.isEmpty())
        return false;
    if (const auto word = yesNoWord(f))
        return word;
    if (containsAny(f, {u"do not", u"don't", u"dont", u"not agree", u"not consent", u"disagree", u"refuse", u"ไม่ยินยอม", u"ไม่ตกลง",
                        u"tidak setuju", u"hindi ako", u"មិនយល់ព្រម", u"ບໍ່ຍິນຍອມ"}))
        return false;
    if (containsAny(f, {u"agree", u"consent", u"accept", u"ยินยอม", u"ยอมรับ", u"setuju", u"sumasang-ayon", u"pumapayag", u"យល់ព្រម",
                        u"ຍິນຍອມ", u"ເຫັນດີ"}))
        return true;
    return std::nullopt;
}

std::optional<QStringList> parseLanguages(const QString &text)
{
    QString f = fold(text);
    if (f.isEmpty())
        return QStringList();
    f.replace(QStringLiteral(" and "), QStringLiteral(","));
    f.replace(QStringLiteral(" & "), QStringLiteral(","));
    static const QRegularExpression separators(QStringLiteral("[,;/|+\\n]"));
    const QStringList parts = f.split(separators, Qt::SkipEmptyParts);
    struct Known {
        const char16_t *code;
        std::initializer_list<const char16_t *> names;
    };
    static const std::initializer_list<Known> known{
        {u"km", {u"khmer", u"cambodian", u"ខ្មែរ", u"ភាសាខ្មែរ", u"เขมร", u"ภาษาเขมร"}},
        {u"lo", {u"lao", u"laotian", u"ລາວ", u"ພາສາລາວ", u"ลาว", u"ภาษาลาว"}},
        {u"th", {u"thai", u"ไทย", u"ภาษาไทย", u"ថៃ", u"ໄທ"}},
        {u"ms", {u"malay", u"bahasa melayu", u"bahasa malaysia", u"melayu", u"bm"}},
        {u"fil", {u"filipino", u"tagalog", u"pilipino", u"wikang filipino"}},
        {u"en", {u"english", u"eng", u"อังกฤษ", u"ภาษาอังกฤษ", u"inggeris", u"bahasa inggeris", u"ingles", u"អង់គ្លេស", u"ອັງກິດ"}},
        {u"vi", {u"vietnamese", u"tiếng việt", u"เวียดนาม"}},
        {u"zh", {u"chinese", u"mandarin", u"中文", u"จีน", u"ภาษาจีน", u"cina"}},
        {u"ceb", {u"cebuano", u"bisaya", u"visayan"}},
        {u"ta", {u"tamil"}},
        {u"id", {u"indonesian", u"bahasa indonesia"}},
        {u"my", {u"burmese", u"myanmar"}},
    };
    auto resolve = [&](const QString &part) {
        QString code;
        for (const Known &k : known) {
            if (part == QStringView(k.code))
                code = QString::fromUtf16(k.code);
            for (const char16_t *name : k.names)
                if (part == QStringView(name))
                    code = QString::fromUtf16(k.code);
            if (!code.isEmpty())
                break;
        }
        if (code.isEmpty()) {
            static const QRegularExpression tag(QStringLiteral("^[a-z]{2,3}(-[a-z0-9]{2,8})*$"));
            if (tag.match(part).hasMatch() && QLocale(part).language() != QLocale::C)
                code = part;
        }
        if (code.isEmpty()) {
            for (int l = 2; l <= int(QLocale::LastLanguage) && code.isEmpty(); ++l) {
                const auto language = QLocale::Language(l);
                if (fold(QLocale::languageToString(language)) == part)
                    code = QLocale::languageToCode(language);
            }
        }
        return code;
    };
    QStringList codes;
    for (QString part : parts) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        QStringList found;
        if (const QString code = resolve(part); !code.isEmpty()) {
            found << code;
        } else {
            // KoboToolbox writes the choices of a multiple-choice question separated by spaces.
            for (const QString &word : part.split(u' ', Qt::SkipEmptyParts)) {
                const QString wordCode = resolve(word);
                if (wordCode.isEmpty())
                    return std::nullopt;
                found << wordCode;
            }
        }
        for (const QString &code : found)
            if (!codes.contains(code))
                codes << code;
    }
    return codes;
}

bool isPlausibleEmail(const QString &text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(text).hasMatch();
}

QStringList splitEmails(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

namespace {

struct DateParts {
    int first = 0;
    int second = 0;
    int year = 0;
    bool yearFirst = false;
    QTime time;
    std::optional<int> offsetSeconds;
};

// Numeric dates with an optional time, 12- or 24-hour clock and an optional zone offset.
std::optional<DateParts> splitNumericDate(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,4})[/.-](\\d{1,2})[/.-](\\d{1,4})"
                       "(?:[ ,T]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*([AaPp]\\.?[Mm]\\.?)?)?"
                       "\\s*(?:(?:GMT|UTC)\\s*([+-]\\d{1,2})(?::?(\\d{2}))?|(?:GMT|UTC|Z))?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    DateParts parts;
    const QString a = match.captured(1);
    const QString c = match.captured(3);
    if (a.size() == 4) {
        parts.yearFirst = true;
        parts.year = a.toInt();
        parts.first = match.captured(2).toInt();
        parts.second = c.toInt();
    } else {
        parts.first = a.toInt();
        parts.second = match.captured(2).toInt();
        parts.year = c.toInt();
        if (c.size() <= 2)
            parts.year += 2000; // registration dates are recent
        else if (c.size() != 4)
            return std::nullopt;
    }
    if (match.hasCaptured(4) && !match.captured(4).isEmpty()) {
        int hour = match.captured(4).toInt();
        const QString meridiem = match.captured(7).toLower();
        if (!meridiem.isEmpty()) {
            if (hour < 1 || hour > 12)
                return std::nullopt;
            hour = hour % 12 + (meridiem.startsWith(u'p') ? 12 : 0);
        }
        parts.time = QTime(hour, match.captured(5).toInt(), match.captured(6).toInt());
        if (!parts.time.isValid())
            return std::nullopt;
    } else {
        parts.time = QTime(0, 0);
    }
    if (!match.captured(8).isEmpty()) {
        const int hours = match.captured(8).toInt();
        const int minutes = match.captured(9).toInt();
        parts.offsetSeconds = hours * 3600 + (hours < 0 ? -minutes : minutes) * 60;
    } else if (text.trimmed().endsWith(u'Z') || text.trimmed().endsWith(u"GMT") || text.trimmed().endsWith(u"UTC")) {
        parts.offsetSeconds = 0;
    }
    return parts;
}

QDate dateFrom(const DateParts &parts, DateOrder order)
{
    if (parts.yearFirst)
        return QDate(parts.year, parts.first, parts.second);
    return order == DateOrder::MonthFirst ? QDate(parts.year, parts.first, parts.second)
                                          : QDate(parts.year, parts.second, parts.first);
}

QDateTime combine(QDate date, QTime time, std::optional<int> offsetSeconds, const QTimeZone &zone)
{
    if (!date.isValid())
        return {};
    if (offsetSeconds)
        return QDateTime(date, time, QTimeZone(*offsetSeconds));
    return QDateTime(date, time, zone.isValid() ? zone : QTimeZone::utc());
}

std::optional<QDateTime> parseWordMonth(const QString &text, const QTimeZone &zone)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Za-z]{3,9})\\.? (\\d{1,2}),? (\\d{4})(?:,? (\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?)?$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QString monthName = match.captured(1).left(3).toLower();
    static const QStringList months{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
                                    QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
                                    QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    const int month = int(months.indexOf(monthName)) + 1;
    if (month == 0)
        return std::nullopt;
    QTime time(0, 0);
    if (!match.captured(4).isEmpty()) {
        int hour = match.captured(4).toInt();
        const QString meridiem = match.captured(7).toLower();
        if (!meridiem.isEmpty())
            hour = hour % 12 + (meridiem == u"pm" ? 12 : 0);
        time = QTime(hour, match.captured(5).toInt(), match.captured(6).toInt());
    }
    const QDateTime result = combine(QDate(match.captured(3).toInt(), month, match.captured(2).toInt()), time, std::nullopt, zone);
    if (!result.isValid())
        return std::nullopt;
    return result;
}

} // namespace

std::optional<DateOrder> chooseDateOrder(const QStringList &values)
{
    for (const DateOrder order : {DateOrder::MonthFirst, DateOrder::DayFirst}) {
        bool all = true;
        for (const QString &value : values) {
            if (value.trimmed().isEmpty())
                continue;
            if (!parseDateTime(value, order, QTimeZone::utc())) {
                all = false;
                break;
            }
        }
        if (all)
            return order;
    }
    return std::nullopt;
}

std::optional<QDateTime> parseDateTime(const QString &text, DateOrder order, const QTimeZone &zone)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (trimmed.size() >= 10 && trimmed[4] == u'-' && trimmed[7] == u'-') {
        QDateTime iso = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        if (!iso.isValid())
            iso = QDateTime::fromString(trimmed, Qt::ISODate);
        if (iso.isValid()) {
            // ISO text without an offset is local time of the workshop.
            if (iso.timeSpec() == Qt::LocalTime)
                iso = QDateTime(iso.date(), iso.time(), zone.isValid() ? zone : QTimeZone::utc());
            return iso;
        }
    }
    if (const auto parts = splitNumericDate(trimmed)) {
        const QDateTime result = combine(dateFrom(*parts, order), parts->time, parts->offsetSeconds, zone);
        if (result.isValid())
            return result;
        return std::nullopt;
    }
    return parseWordMonth(trimmed, zone);
}

} // namespace sala
