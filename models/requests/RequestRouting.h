#pragma once

#include "kb/KbSearch.h"
#include "requests/ServiceDirectory.h"

#include <QList>
#include <QString>

namespace guichet {

class LocalStore;

// Where a request should go: a knowledge-base article about the subject, its competence (who
// handles the matter) and the service its "where to go" names.
struct RequestRoute
{
    QString articleId;
    QString articleExternalId; // "V-voirie"
    QString articleTitle;
    Competence competence = Competence::Autre; // the article's competence
    CompetentService service;                  // as the directory knows it
};

// Suggests the competent services for a request's subject from the knowledge base's competence
// data: the subject is searched as an agent would (KbSearch: typos, synonyms, word variants), and
// the hits whose "where to go" names a service of the directory give the routes, best hit first,
// one route per service. Runs on the calling thread's connection; searching again with the same
// subject is immediate (KbSearch keeps its last results).
class RequestRouting
{
public:
    // Hits read per suggestion: the Service-Public fiches (no service of their own) may come first.
    static constexpr int kHitsRead = 60;

    // Reads the directory and prepares the search. Throws StoreError.
    explicit RequestRouting(LocalStore &store);
    RequestRouting(const RequestRouting &) = delete;
    RequestRouting &operator=(const RequestRouting &) = delete;

    QList<RequestRoute> suggest(const QString &subject, int limit = 3);

    const ServiceDirectory &directory() const { return m_directory; }
    // Reads the directory and the search's lexicon again (after articles changed).
    void reload();

private:
    LocalStore &m_store;
    KbSearch m_search;
    ServiceDirectory m_directory;
};

} // namespace guichet
