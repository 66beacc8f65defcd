#pragma once

#include <QSqlDatabase>

namespace guichet {

class KbVocabulary;

// The words of the requests' lookup index (requests_fts), for typo tolerance in the lookup.
// Loaded once per connection from requests_fts_vocab, then kept up to date cheaply: the words of
// the requests added since (rowid above the last one seen) are added on the next call. A store
// whose requests went back (rebuilt, purged to nothing) is loaded again.
class RequestVocabulary
{
public:
    static const KbVocabulary &of(const QSqlDatabase &db);
    // Forgets every cached vocabulary of this thread (tests, a store closed).
    static void clear();
};

} // namespace guichet
