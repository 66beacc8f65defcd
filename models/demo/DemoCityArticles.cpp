// Demo city, knowledge base: the city's own articles — one sheet per site, local procedures, where
// to send the visitor (Ville, Métropole, État, CCAS…), permanences — about 100, and, for the large
// size, synthetic variations up to 50,000 articles in all (with the Service-Public fiches).
#include "demo/DemoArticleSeeds.h"
#include "demo/DemoCity.h"
#include "demo/DemoSiteSheet.h"
#include "demo/DemoSyntheticArticles.h"
#include "repo/ArticleWriter.h"
#include "store/Sql.h"

#include <QDir>
#include <QFile>

namespace guichet {

namespace {

QStringList split(const char *list)
{
    return QString::fromUtf8(list).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

Article fromSeed(const DemoArticleSeed &seed)
{
    Article a;
    a.source = Article::Source::City;
    a.externalId = QStringLiteral("V-") + QLatin1String(seed.key);
    a.title = QString::fromUtf8(seed.title);
    a.summary = QString::fromUtf8(seed.summary);
    a.body = QString::fromUtf8(seed.body);
    a.bodyFormat = Article::BodyFormat::Markdown;
    a.tags = split(seed.tags);
    a.audience = QStringLiteral("agents");
    a.competence = competenceFromString(QLatin1String(seed.competence));
    a.referral = {QString::fromUtf8(seed.service), QString::fromUtf8(seed.address),
                  QString::fromUtf8(seed.hours), QString::fromUtf8(seed.phone)};
    a.documents = split(seed.documents);
    for (const QString &id : split(seed.related))
        a.related.append({id, QString()});
    return a;
}

// Fills what every demo article shares: id, owner, review dates, stamps.
void stamp(Article &a, DemoContext &context, QRandomGenerator &rng)
{
    a.id = context.idFor(QStringLiteral("article"), a.externalId);
    if (a.ownerAgentId.isEmpty() && !context.agentIds.isEmpty())
        a.ownerAgentId = context.agentIds.at(int(rng.bounded(quint32(context.agentIds.size()))));
    // About one article in eight is overdue for review.
    const int dueIn = int(rng.bounded(420U)) - 50;
    a.reviewDue = context.today.addDays(dueIn);
    a.verifiedAt = QDateTime(context.today.addDays(dueIn - 365), QTime(10, 0), Qt::UTC);
    if (a.verifiedAt > QDateTime(context.today, QTime(0, 0), Qt::UTC))
        a.verifiedAt = QDateTime(context.today.addDays(-1), QTime(10, 0), Qt::UTC);
    a.updatedAt = context.stamp;
    a.version = 1;
}

// Titles of related articles, filled from the articles written (city ones) when known.
void resolveRelatedTitles(QList<Article> &articles)
{
    QHash<QString, QString> titles;
    for (const Article &a : std::as_const(articles))
        titles.insert(a.externalId, a.title);
    for (Article &a : articles)
        for (RelatedArticle &link : a.related)
            if (link.title.isEmpty())
                link.title = titles.value(link.externalId);
}

int servicePublicFicheCount(const DemoContext &context)
{
    if (context.options.kbDir.isEmpty())
        return 0;
    QFile file(QDir(context.options.kbDir).filePath(QStringLiteral("service-public-fiches.jsonl")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    int lines = 0;
    while (!file.atEnd())
        lines += file.readLine().trimmed().isEmpty() ? 0 : 1;
    return lines;
}

} // namespace

void generateCityArticles(DemoContext &context)
{
    QRandomGenerator rng = context.rngFor(QStringLiteral("articles"));
    QList<Article> articles;
    for (const DemoArticleSeed &seed : demoProcedureSeeds())
        articles << fromSeed(seed);
    for (const DemoArticleSeed &seed : demoReferralSeeds())
        articles << fromSeed(seed);
    for (const DemoSiteRow &site : loadDemoSites(context.db))
        articles << siteArticles(site, context, rng);
    resolveRelatedTitles(articles);

    ArticleWriter writer(context.db);
    for (Article &a : articles) {
        stamp(a, context, rng);
        writer.insert(a);
    }

    if (context.large()) {
        constexpr int kLargeTotal = 50000;
        const int synthetic = kLargeTotal - int(articles.size()) - servicePublicFicheCount(context);
        QRandomGenerator variations = context.rngFor(QStringLiteral("articles/synthetic"));
        DemoSyntheticArticles generator(articles);
        for (int i = 0; i < synthetic; ++i) {
            Article a = generator.make(i, variations);
            stamp(a, context, variations);
            writer.insert(a);
        }
    }
}

} // namespace guichet
