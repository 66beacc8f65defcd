#include "requests/RequestRouting.h"

#include "store/LocalStore.h"
#include "store/Sql.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace guichet {

RequestRouting::RequestRouting(LocalStore &store)
    : m_store(store)
    , m_search(store)
    , m_directory(store)
{
}

void RequestRouting::reload()
{
    m_directory = ServiceDirectory(m_store);
    m_search.reload();
}

QList<RequestRoute> RequestRouting::suggest(const QString &subject, int limit)
{
    if (limit <= 0 || m_directory.isEmpty() || subject.trimmed().isEmpty())
        return {};
    const QList<KbHit> hits = m_search.search(subject, kHitsRead);
    if (hits.isEmpty())
        return {};

    // The hits' "where to go", in one statement.
    QStringList marks;
    QVariantList ids;
    for (const KbHit &hit : hits) {
        marks << QStringLiteral("?");
        ids << hit.id;
    }
    QSqlQuery query = sql::exec(
        m_store.connection(),
        QStringLiteral("SELECT id, json_extract(referral, '$.service') FROM articles WHERE id IN (%1) "
                       "AND source = 'city' AND referral <> '{}'")
            .arg(marks.join(QLatin1Char(','))),
        ids);
    QHash<QString, QString> serviceOf;
    while (query.next())
        serviceOf.insert(query.value(0).toString(), query.value(1).toString());

    QList<RequestRoute> routes;
    QSet<QString> seen;
    for (const KbHit &hit : hits) {
        const std::optional<CompetentService> service = m_directory.find(serviceOf.value(hit.id));
        if (!service || seen.contains(ServiceDirectory::key(service->name)))
            continue;
        seen.insert(ServiceDirectory::key(service->name));
        routes.append({hit.id, hit.externalId, hit.title, hit.competence, *service});
        if (routes.size() >= limit)
            break;
    }
    return routes;
}

} // namespace guichet
