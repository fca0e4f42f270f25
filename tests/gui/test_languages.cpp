// Sala in every shipped language: the translation files are complete and consistent, every mode
// renders without clipped text in each language, and every control can be named by a screen reader.
// A picture of each mode in each language is written under the build folder.

#include "gui/demostore.h"
#include "domain/names.h"
#include "mainwindow.h"
#include "statuscolors.h"
#include "translations.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSlider>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

using namespace sala;

namespace {

struct TsProblem {
    QString language;
    QString context;
    QString source;
    QString what;
};

QStringList placeholdersOf(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:n|L?\\d+)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

// Every message of a .ts file must be translated, current (not obsolete or vanished) and keep
// the source's placeholders, or the interface would show English or garbled numbers.
std::vector<TsProblem> checkTsFile(const QString &language, const QString &path, int &messages)
{
    std::vector<TsProblem> problems;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.push_back({language, {}, {}, QStringLiteral("cannot open %1").arg(path)});
        return problems;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QStringList translations;
    QString type;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
                source.clear();
                translations.clear();
                type.clear();
            } else if (name == u"source") {
                source = xml.readElementText();
            } else if (name == u"translation") {
                type = xml.attributes().value(QStringLiteral("type")).toString();
                if (!numerus)
                    translations.append(xml.readElementText());
            } else if (name == u"numerusform") {
                translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            ++messages;
            auto report = [&](const QString &what) { problems.push_back({language, context, source, what}); };
            if (!type.isEmpty())
                report(QStringLiteral("marked %1").arg(type));
            if (translations.isEmpty())
                report(QStringLiteral("no translation"));
            for (const QString &t : std::as_const(translations)) {
                if (t.trimmed().isEmpty() && !source.trimmed().isEmpty())
                    report(QStringLiteral("empty translation"));
                else if (placeholdersOf(t) != placeholdersOf(source))
                    report(QStringLiteral("placeholders differ: %1").arg(t));
            }
        }
    }
    if (xml.hasError())
        problems.push_back({language, context, source, QStringLiteral("XML error: %1").arg(xml.errorString())});
    return problems;
}

QString describe(const QWidget *widget)
{
    QString path = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        path += u'#' + widget->objectName();
    for (const QWidget *p = widget->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        if (!p->objectName().isEmpty()) {
            path = p->objectName() + u'/' + path;
            break;
        }
    }
    return path;
}

// Text that does not fit where Qt can tell: a one-line label or a button narrower than its text
// needs, a wrapped label shorter than its wrapped text, a group box narrower than its title.
QStringList clippedTexts(QWidget *root)
{
    QStringList found;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) || w->width() <= 0 || w->height() <= 0)
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty() || label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text()))
                continue;
            if (label->wordWrap()) {
                if (label->heightForWidth(label->width()) > label->height() + 2)
                    found.append(QStringLiteral("%1 \"%2\": needs %3 px of height, has %4")
                                     .arg(describe(w), label->text())
                                     .arg(label->heightForWidth(label->width()))
                                     .arg(label->height()));
            } else if (label->minimumSizeHint().width() > label->width() + 2) {
                found.append(QStringLiteral("%1 \"%2\": needs %3 px, has %4")
                                 .arg(describe(w), label->text())
                                 .arg(label->minimumSizeHint().width())
                                 .arg(label->width()));
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->text().isEmpty())
                continue;
            auto *tool = qobject_cast<QToolButton *>(w);
            if (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
                continue;
            if (button->sizeHint().width() > button->width() + 2)
                found.append(QStringLiteral("%1 \"%2\": needs %3 px, has %4")
                                 .arg(describe(w), button->text())
                                 .arg(button->sizeHint().width())
                                 .arg(button->width()));
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            const int needed = group->fontMetrics().horizontalAdvance(group->title()) + 16;
            if (!group->title().isEmpty() && needed > group->width())
                found.append(QStringLiteral("%1 \"%2\": needs %3 px, has %4")
                                 .arg(describe(w), group->title())
                                 .arg(needed)
                                 .arg(group->width()));
        }
    }
    return found;
}

bool isControl(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w)
           || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QAbstractItemView *>(w)
           || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w) || qobject_cast<const QSlider *>(w);
}

// Controls a keyboard user can reach whose name a screen reader cannot say.
QStringList unnamedControls(QWidget *root)
{
    QStringList found;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(root) || w->focusPolicy() == Qt::NoFocus || !isControl(w))
            continue;
        // The line edit inside an editable combo box or a spin box is named through its owner.
        if (qobject_cast<QComboBox *>(w->parentWidget()) || qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            found.append(describe(w));
    }
    return found;
}

// Sala's and Qt's own translations for one language, removed again when the test is done.
class ScopedLanguage {
public:
    explicit ScopedLanguage(const QString &code) : m_previous(QLocale())
    {
        QLocale::setDefault(QLocale(code));
        if (code == u"en")
            return;
        m_sala = std::make_unique<QTranslator>();
        REQUIRE(m_sala->load(QStringLiteral(":/i18n/sala_%1.qm").arg(code)));
        QCoreApplication::installTranslator(m_sala.get());
    }
    ~ScopedLanguage()
    {
        if (m_sala)
            QCoreApplication::removeTranslator(m_sala.get());
        QLocale::setDefault(m_previous);
    }
    Q_DISABLE_COPY_MOVE(ScopedLanguage)

private:
    QLocale m_previous;
    std::unique_ptr<QTranslator> m_sala;
};

QString modeName(int mode)
{
    static const std::array<const char *, MainWindow::ModeCount> names{"plan", "roster", "breakouts", "run", "reports"};
    return QString::fromLatin1(names[std::size_t(mode)]);
}

} // namespace

TEST_CASE("translations_everyShippedLanguageIsCompleteAndKeepsPlaceholders", "[i18n]")
{
    for (const InterfaceLanguage &language : interfaceLanguages()) {
        if (language.code == u"en")
            continue;
        INFO("language " << language.code.toStdString());
        int messages = 0;
        const auto problems = checkTsFile(language.code, QStringLiteral(SALA_TRANSLATIONS_DIR "/sala_%1.ts").arg(language.code),
                                          messages);
        CHECK(messages > 1000);
        for (const TsProblem &p : problems)
            UNSCOPED_INFO(p.context.toStdString() << ": \"" << p.source.toStdString() << "\": " << p.what.toStdString());
        CHECK(problems.empty());
    }
}

TEST_CASE("translations_lupdateFindsNothingNewInTheSources", "[i18n]")
{
    // Text added to the code after the last translation round would show in English: lupdate,
    // run on a copy of each file, must find every message already translated.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const InterfaceLanguage &language : interfaceLanguages()) {
        if (language.code == u"en")
            continue;
        INFO("language " << language.code.toStdString());
        const QString name = QStringLiteral("sala_%1.ts").arg(language.code);
        const QString copy = dir.filePath(name);
        REQUIRE(QFile::copy(QStringLiteral(SALA_TRANSLATIONS_DIR "/") + name, copy));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(SALA_LUPDATE), {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                                     QStringLiteral("none"), QStringLiteral(SALA_SOURCE_DIR "/src"),
                                                     QStringLiteral(SALA_SOURCE_DIR "/ui"), QStringLiteral("-ts"), copy});
        REQUIRE(lupdate.waitForFinished(120000));
        INFO(lupdate.readAll().toStdString());
        REQUIRE(lupdate.exitCode() == 0);
        int messages = 0;
        const auto problems = checkTsFile(language.code, copy, messages);
        for (const TsProblem &p : problems)
            UNSCOPED_INFO(p.context.toStdString() << ": \"" << p.source.toStdString() << "\": " << p.what.toStdString());
        CHECK(problems.empty());
    }
}

TEST_CASE("translations_codeAsksForTheContextsLupdateRecords", "[i18n]")
{
    // A file-local "QString tr(const char *)" helper looks translated, but lupdate files its
    // strings under the enclosing namespace while the helper asks for another context at run
    // time, so the text stays English. Such code uses a Q_DECLARE_TR_FUNCTIONS struct instead.
    QStringList offenders;
    for (QDirIterator it(QStringLiteral(SALA_SOURCE_DIR "/src"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        if (QString::fromUtf8(file.readAll()).contains(QStringLiteral("QString tr(const char")))
            offenders.append(file.fileName());
    }
    for (const QString &o : std::as_const(offenders))
        UNSCOPED_INFO("local tr() helper in " << o.toStdString());
    CHECK(offenders.isEmpty());
}

TEST_CASE("translations_everyShippedLanguageLoadsIntoTheInterface", "[i18n]")
{
    for (const InterfaceLanguage &language : interfaceLanguages()) {
        if (language.code == u"en")
            continue;
        INFO("language " << language.code.toStdString());
        ScopedLanguage scoped(language.code);
        // The Plan mode's menu title is a short, certain string: it must read differently.
        CHECK(QCoreApplication::translate("sala::MainWindow", "&Plan") != u"&Plan");
        // Text from the core library, such as the names of activity kinds, is translated too.
        CHECK(displayName(ActivityKind::Individual) != u"Individual work");
    }
}

TEST_CASE("languages_everyModeRendersWithoutClippedText", "[i18n][gui]")
{
    for (const InterfaceLanguage &language : interfaceLanguages()) {
        INFO("language " << language.code.toStdString());
        ScopedLanguage scoped(language.code);
        test::DemoStore fixture;
        MainWindow window(*fixture.store);
        window.resize(1366, 768);
        window.restoreLastWorkshop();
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        QDir().mkpath(QStringLiteral(SALA_SCREENSHOT_DIR "/languages"));
        for (int mode = 0; mode < MainWindow::ModeCount; ++mode) {
            window.setMode(MainWindow::Mode(mode));
            QApplication::processEvents();
            INFO("mode " << modeName(mode).toStdString());
            window.grab().save(QStringLiteral(SALA_SCREENSHOT_DIR "/languages/%1-%2.png").arg(modeName(mode), language.code));
            const QStringList clipped = clippedTexts(window.modeWidget(MainWindow::Mode(mode)));
            for (const QString &c : clipped)
                UNSCOPED_INFO(c.toStdString());
            CHECK(clipped.isEmpty());
        }
    }
}

TEST_CASE("access_everyControlInEveryModeHasAnAccessibleName", "[a11y][gui]")
{
    test::DemoStore fixture;
    MainWindow window(*fixture.store);
    window.resize(1366, 768);
    window.restoreLastWorkshop();
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    for (int mode = 0; mode < MainWindow::ModeCount; ++mode) {
        window.setMode(MainWindow::Mode(mode));
        QApplication::processEvents();
        INFO("mode " << modeName(mode).toStdString());
        const QStringList unnamed = unnamedControls(window.modeWidget(MainWindow::Mode(mode)));
        for (const QString &u : unnamed)
            UNSCOPED_INFO("no accessible name: " << u.toStdString());
        CHECK(unnamed.isEmpty());
    }
}

TEST_CASE("access_statusColoursReadWellOnLightDarkAndHighContrastPalettes", "[a11y][gui]")
{
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::WindowText, Qt::black);
    light.setColor(QPalette::Text, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    QPalette highContrast;
    highContrast.setColor(QPalette::Window, Qt::black);
    highContrast.setColor(QPalette::Base, Qt::black);
    highContrast.setColor(QPalette::WindowText, Qt::yellow);
    highContrast.setColor(QPalette::Text, Qt::yellow);

    CHECK_FALSE(isDarkPalette(light));
    CHECK(isDarkPalette(dark));
    for (const QPalette &palette : {light, dark, highContrast}) {
        for (StatusTone tone : {StatusTone::Problem, StatusTone::Warning, StatusTone::Good, StatusTone::Info}) {
            INFO("window " << palette.color(QPalette::Window).name().toStdString() << ", tone " << int(tone));
            CHECK(contrastRatio(statusText(tone, palette), palette.color(QPalette::Window)) >= 4.5);
            CHECK(contrastRatio(statusText(tone, palette), palette.color(QPalette::Base)) >= 4.5);
            CHECK(contrastRatio(statusOnBackground(tone, palette), statusBackground(tone, palette)) >= 4.5);
        }
    }
    // In a dark theme the problem colour is a light red, not the dark red of a light theme.
    CHECK(statusText(StatusTone::Problem, dark) != statusText(StatusTone::Problem, light));
    CHECK(contrastRatio(Qt::black, Qt::white) == Approx(21.0));
}

TEST_CASE("languages_largerSystemFontKeepsEveryModeUnclipped", "[i18n][a11y][gui]")
{
    const QFont original = QApplication::font();
    QFont larger = original;
    larger.setPointSizeF(original.pointSizeF() * 1.5);
    QApplication::setFont(larger);
    test::DemoStore fixture;
    {
        MainWindow window(*fixture.store);
        window.resize(1366, 768);
        window.restoreLastWorkshop();
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        for (int mode = 0; mode < MainWindow::ModeCount; ++mode) {
            window.setMode(MainWindow::Mode(mode));
            QApplication::processEvents();
            INFO("mode " << modeName(mode).toStdString());
            window.grab().save(QStringLiteral(SALA_SCREENSHOT_DIR "/languages/%1-en-large.png").arg(modeName(mode)));
            const QStringList clipped = clippedTexts(window.modeWidget(MainWindow::Mode(mode)));
            for (const QString &c : clipped)
                UNSCOPED_INFO(c.toStdString());
            CHECK(clipped.isEmpty());
        }
    }
    QApplication::setFont(original);
}
