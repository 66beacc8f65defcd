#pragma once

#include "domain/Request.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace guichet {

class ServiceDirectory;

// Checks a request before anything is written: every field that is wrong, each with what to do
// about it in the agent's words (translated), and the draft as it will be stored — name and
// subject on one line, e-mail in lower case, phone in its display form ("06 12 34 56 78",
// "+44 20 7946 0958", see storedPhone), the service spelled as the directory spells it, its contact filled in
// when the draft has none.
class RequestDraftCheck
{
    Q_DECLARE_TR_FUNCTIONS(guichet::RequestDraftCheck)

public:
    enum class Field
    {
        Channel,
        Name,
        Phone,
        Email,
        Address,
        Subject,
        Category,
        Description,
        Service,
        Attachments
    };

    struct Error
    {
        Field field;
        QString message;
    };

    struct Result
    {
        Request draft; // normalised
        QList<Error> errors;

        bool ok() const { return errors.isEmpty(); }
        // Every error, in field order, on one line.
        QString message() const;
        // The first error about `field` (empty when it is right).
        QString errorFor(Field field) const;
        bool hasError(Field field) const { return !errorFor(field).isEmpty(); }
    };

    static constexpr int kMaxName = 200;
    static constexpr int kMaxSubject = 300;
    static constexpr int kMaxCategory = 100;
    static constexpr int kMaxDescription = 4000;
    static constexpr int kMaxAddress = 300;
    static constexpr int kMaxEmail = 254;
    static constexpr int kMaxService = 200;
    static constexpr int kMaxAttachments = 20;
    static constexpr int kMaxAttachmentLength = 200;

    // `directory`: the services the counter knows (a named service must be one of them).
    static Result check(const Request &draft, const ServiceDirectory &directory);

    // The field's machine name ("name", "subject", "email"…), for JSON and tests.
    static QString fieldName(Field field);
    // The phone as it is stored: libphonenumber's display form ("06 12 34 56 78", "+44 20 7946
    // 0958"), or for a French number of a range reserved for fiction (the demo city's "06 39 98 …")
    // its national form. Empty, with `error` saying why, when it is not a phone number.
    static QString storedPhone(const QString &typed, QString *error = nullptr);
    // Whether `email` (trimmed) looks like an e-mail address: one '@', a dot in the domain, no space.
    static bool isWellFormedEmail(const QString &email);
};

} // namespace guichet
