#include "KbFixtures.h"

#include "core/Ids.h"
#include "repo/ArticleWriter.h"
#include "store/LocalStore.h"
#include "store/Transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet::testing {

Article makeArticle(const QString &externalId, const QString &title, const QString &body,
                    const QString &summary, Article::Source source)
{
    Article a;
    a.id = stableId(QStringLiteral("test-article"), externalId);
    a.source = source;
    a.externalId = externalId;
    a.title = title;
    a.summary = summary;
    a.body = body;
    a.bodyFormat = source == Article::Source::ServicePublic ? Article::BodyFormat::ServicePublic
                                                            : Article::BodyFormat::Markdown;
    a.competence = source == Article::Source::ServicePublic ? Competence::Etat : Competence::Ville;
    a.updatedAt = QStringLiteral("2026-11-23T08:00:00.000Z");
    if (source == Article::Source::ServicePublic) {
        a.sourceModified = QDate(2020, 11, 5);
        a.sourceUrl = QStringLiteral("https://www.service-public.fr/particuliers/vosdroits/") + externalId;
    }
    return a;
}

void insertArticles(LocalStore &store, const QList<Article> &articles)
{
    {
        Transaction transaction(store.connection());
        ArticleWriter writer(store.connection());
        for (const Article &a : articles)
            writer.insert(a);
        transaction.commit();
    }
    store.notifyChanged(QStringLiteral("articles"));
}

bool writeLines(const QString &path, const QList<QByteArray> &lines)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    for (const QByteArray &line : lines)
        file.write(line + '\n');
    return true;
}

QByteArray ficheLine(const QString &id, const QString &title, const QString &body, const QString &modified,
                     const QString &warning)
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), title},
        {QStringLiteral("description"), QStringLiteral("Résumé de ") + title},
        {QStringLiteral("fiche_type"), QStringLiteral("Fiche d'information")},
        {QStringLiteral("audience"), QStringLiteral("Particuliers")},
        {QStringLiteral("theme"), QStringLiteral("Papiers - Citoyenneté")},
        {QStringLiteral("breadcrumb"), QJsonArray{QStringLiteral("Accueil particuliers"), title}},
        {QStringLiteral("modified"), modified},
        {QStringLiteral("url"), QStringLiteral("https://www.service-public.fr/particuliers/vosdroits/") + id},
        {QStringLiteral("body"), body},
        {QStringLiteral("where"), QJsonArray{QStringLiteral("Mairie")}},
        {QStringLiteral("collection"), QStringLiteral("particuliers")}};
    if (!warning.isEmpty())
        o.insert(QStringLiteral("warnings"),
                 QJsonArray{QJsonObject{{QStringLiteral("date"), QStringLiteral("2020-10-30")},
                                        {QStringLiteral("text"), warning}}});
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace guichet::testing
