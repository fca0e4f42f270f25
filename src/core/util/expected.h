#pragma once
// A value or an error a user can act on. Ordinary failures (a file that is not a Sala database,
// a database in use) travel as values; exceptions never cross the core's boundary.

#include <QString>

#include <utility>
#include <variant>

namespace sala {

enum class ErrorCode {
    Usage,              // the caller asked for something that makes no sense
    NotFound,           // a file or record that does not exist
    NotSqlite,          // the file is not an SQLite database at all
    NotSala,            // an SQLite database, but not one Sala wrote
    NewerVersion,       // written by a newer Sala than this one
    Corrupt,            // the integrity check failed
    Locked,             // another Sala process has the database open
    Io,                 // the disk refused a read or a write
    Database,           // SQLite reported an error
    InvalidData,        // input that breaks the rules of its format
    AmbiguousDateOrder, // numeric dates read both day-first and month-first; ask the user which
};

struct Error {
    ErrorCode code = ErrorCode::Database;
    QString message; // one sentence a trainer can act on
};

template <typename T>
class [[nodiscard]] Expected {
public:
    Expected(T value) : m_state(std::move(value)) {}     // NOLINT(google-explicit-constructor)
    Expected(Error error) : m_state(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that produce nothing but may fail.
struct Done {};
using Status = Expected<Done>;
inline Status success()
{
    return Done{};
}

} // namespace sala
