#pragma once
// The roster's settings kept in the database, so they travel with it: the per-country
// enterprise size rules and the column mappings remembered per registration source.

#include "roster/columnmapping.h"
#include "roster/sizeclass.h"
#include "util/expected.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace sala {

class Store;

struct SavedMapping {
    QString name; // the user's name for it, or the source's key for the remembered one
    RegistrationSource source = RegistrationSource::Spreadsheet;
    QString columns; // JSON written by mappingToJson: header text → field
    QDateTime updatedAt;
};

class RosterSettingsStore final {
public:
    explicit RosterSettingsStore(Store &store) : m_store(store) {}

    Expected<std::vector<SizeRule>> sizeRules() const;
    // Replaces the whole table in one transaction; refuses rules whose limits do not rise.
    Status setSizeRules(const std::vector<SizeRule> &rules);

    Expected<std::vector<SavedMapping>> mappings() const;
    Expected<std::optional<SavedMapping>> mapping(const QString &name) const;
    // The most recently saved mapping for the source, used as the suggestion for its next file.
    Expected<std::optional<SavedMapping>> latestMappingFor(RegistrationSource source) const;
    Status saveMapping(const SavedMapping &mapping);

private:
    Store &m_store;
};

} // namespace sala
