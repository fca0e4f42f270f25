#pragma once
// The ready-made material trainers build plans from: the built-in method library (activities),
// the built-in session templates, and the templates each user saves.

#include "domain/plan.h"
#include "util/expected.h"

#include <vector>

namespace sala {

class Store;

struct SessionTemplate {
    QString name;      // shown in the "New from template" list
    Workshop workshop; // a whole course: one or more sessions
};

struct UserTemplate {
    enum class Kind { Activity, Session };
    qint64 id = 0;
    Kind kind = Kind::Activity;
    QString title;
    Session session; // for an activity template: a session holding that one activity
};

// Parses a method library file: {"format": "sala-methods", "version": 1, "methods": [activity…]}.
// Every problem is reported with its JSON location, as for plan files.
Expected<std::vector<Activity>> parseMethodLibrary(const QByteArray &bytes);

// The methods shipped with Sala (resources/library/methods.json).
Expected<std::vector<Activity>> builtInMethods();
// The workshops shipped as templates (resources/templates/*.json), by file name.
Expected<std::vector<SessionTemplate>> builtInTemplates();

// The user's own templates, stored in the library database.
class TemplateStore final {
public:
    explicit TemplateStore(Store &store) : m_store(store) {}

    Expected<qint64> saveActivity(const Activity &activity);
    Expected<qint64> saveSession(const Session &session);
    Expected<std::vector<UserTemplate>> list() const;
    Status remove(qint64 id);

private:
    Expected<qint64> save(UserTemplate::Kind kind, const QString &title, const Session &session);

    Store &m_store;
};

} // namespace sala
