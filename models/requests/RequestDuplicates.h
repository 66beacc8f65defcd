#pragma once

#include "domain/Request.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace guichet {

class LocalStore;

// An open request that looks like the one being filed: the same requester, the same subject.
struct RequestDuplicate
{
    enum class SameRequester
    {
        Phone,
        Email,
        Name
    };

    Request request; // without its events
    SameRequester sameRequester = SameRequester::Name;
    bool sameCategory = false;
    QStringList sharedWords; // the subjects' significant words in common (folded, stemmed)
};

// Finds the open requests (not answered nor closed) of the same requester — the same phone
// number however it was typed (requester_phone_key), the same e-mail, or the same name, accents,
// case and word order ignored — on the same subject: the same category, or subjects sharing a
// significant word (accents folded, stop words and words such as "demande" left out, plural and
// feminine endings removed). Only indexed lookups (the phone-key, e-mail and name indexes, and
// the names of requests_fts): fast over a million requests. Runs on the calling thread's connection.
class RequestDuplicates
{
public:
    // Requests read per lookup, at most (a requester never has that many open requests).
    static constexpr int kCandidates = 300;

    explicit RequestDuplicates(LocalStore &store)
        : m_store(store)
    {}

    // Newest first, at most `limit`. Throws StoreError.
    QList<RequestDuplicate> find(const Request &draft, int limit = 3) const;

    // The words a subject is compared by: "Nid-de-poule devant chez moi" → {"nid", "poule", "devant", "chez"}.
    static QStringList significantWords(const QString &subject);
    // The words a name is compared by, sorted, titles left out: "Mme Lefèvre Hélène" and "LEFEVRE
    // Helene" → {"helene", "lefevre"}.
    static QStringList nameWords(const QString &name);

    // The lookups' statements (for a test that they only use indexes).
    static QString requesterStatement();
    static QString nameStatement();

private:
    LocalStore &m_store;
};

} // namespace guichet
