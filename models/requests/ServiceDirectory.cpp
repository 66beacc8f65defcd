#include "requests/ServiceDirectory.h"

#include "domain/Article.h"
#include "kb/KbText.h"
#include "store/LocalStore.h"
#include "store/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <algorithm>

namespace guichet {

namespace {

// The value most often seen (the first seen on a tie); empty values do not count.
class Votes
{
public:
    void add(const QString &value)
    {
        if (value.isEmpty())
            return;
        if (!m_counts.contains(value))
            m_order << value;
        ++m_counts[value];
    }
    QString winner() const
    {
        QString best;
        int bestCount = 0;
        for (const QString &value : m_order)
            if (m_counts.value(value) > bestCount) {
                best = value;
                bestCount = m_counts.value(value);
            }
        return best;
    }

private:
    QHash<QString, int> m_counts;
    QStringList m_order;
};

struct Gathered
{
    Votes name; // spellings of the same service
    Votes competence;
    Votes address;
    Votes hours;
    Votes phone;
    QString articleId;
};

} // namespace

QString CompetentService::contact() const
{
    QStringList parts;
    for (const QString &part : {address, hours, phone})
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    return parts.join(QStringLiteral(" · "));
}

QString ServiceDirectory::key(const QString &name)
{
    return kbtext::tokenize(name).join(QLatin1Char(' '));
}

ServiceDirectory::ServiceDirectory(LocalStore &store)
{
    // Ordered by title so that the article kept for a service is always the same one.
    QSqlQuery query = sql::exec(
        store.connection(),
        QStringLiteral("SELECT id, competence, referral FROM articles WHERE deleted = 0 AND source = 'city' "
                       "AND referral <> '{}' AND coalesce(json_extract(referral, '$.service'), '') <> '' "
                       "ORDER BY title COLLATE NOCASE, id"));
    QMap<QString, Gathered> byKey;
    while (query.next()) {
        const Referral referral =
            Referral::fromJson(QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object());
        const QString name = referral.service.simplified();
        const QString k = key(name);
        if (k.isEmpty())
            continue;
        Gathered &g = byKey[k];
        g.name.add(name);
        g.competence.add(query.value(1).toString());
        g.address.add(referral.address.simplified());
        g.hours.add(referral.hours.simplified());
        g.phone.add(referral.phone.simplified());
        if (g.articleId.isEmpty())
            g.articleId = query.value(0).toString();
    }
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        CompetentService service;
        service.name = it->name.winner();
        service.competence = competenceFromString(it->competence.winner());
        service.address = it->address.winner();
        service.hours = it->hours.winner();
        service.phone = it->phone.winner();
        service.articleId = it->articleId;
        m_services << service;
    }
    index();
}

ServiceDirectory ServiceDirectory::fromServices(const QList<CompetentService> &services)
{
    ServiceDirectory directory;
    for (const CompetentService &service : services)
        if (!key(service.name).isEmpty() && !directory.m_byKey.contains(key(service.name))) {
            directory.m_byKey.insert(key(service.name), -1);
            directory.m_services << service;
        }
    directory.index();
    return directory;
}

void ServiceDirectory::index()
{
    std::sort(m_services.begin(), m_services.end(), [](const CompetentService &a, const CompetentService &b) {
        const QString ka = key(a.name);
        const QString kb = key(b.name);
        return ka != kb ? ka < kb : a.name < b.name;
    });
    m_byKey.clear();
    for (int i = 0; i < m_services.size(); ++i)
        m_byKey.insert(key(m_services.at(i).name), i);
}

std::optional<CompetentService> ServiceDirectory::find(const QString &name) const
{
    const auto it = m_byKey.constFind(key(name));
    if (it == m_byKey.cend() || key(name).isEmpty())
        return std::nullopt;
    return m_services.at(*it);
}

} // namespace guichet
