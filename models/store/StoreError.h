#pragma once

#include <QString>

#include <stdexcept>

namespace guichet {

// Raised by the store layer; caught at the edges (CLI, UI) and shown as a one-line message.
class StoreError : public std::runtime_error
{
public:
    enum class Kind {
        Generic,
        NewerThanApp,   // the store was written by a newer Guichet: refuse, never touch it
        Damaged,        // integrity check failed or the file is not a database
        DiskFull,       // SQLITE_FULL
        ReadOnly,       // the file or its folder cannot be written
        Constraint,     // a unique / foreign key / check constraint refused the change
        InvalidInput,   // the caller's data was refused before any write
    };

    StoreError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
    {
    }
    explicit StoreError(const QString &message) : StoreError(Kind::Generic, message) {}

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace guichet
