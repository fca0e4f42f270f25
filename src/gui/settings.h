#pragma once
// Typed settings keys, declared next to the code that uses them. Preferences (what the user
// chose) live under "preferences/", session state (window geometry, last workshop) under
// "state/", so resetting one never touches the other.

#include <QSettings>
#include <QString>
#include <QVariant>

namespace sala {

// Sala's settings file; tests get a private one through QStandardPaths' test mode.
inline QSettings &appSettings()
{
    static QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Sala"), QStringLiteral("Sala"));
    return settings;
}

template <typename T>
class Setting final {
public:
    Setting(QString key, T defaultValue) : m_key(std::move(key)), m_default(std::move(defaultValue)) {}

    T value() const { return appSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>(); }
    void setValue(const T &value) const { appSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { appSettings().remove(m_key); }
    const QString &key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

} // namespace sala
