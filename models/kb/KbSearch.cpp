#include "kb/KbSearch.h"

#include "kb/KbText.h"
#include "store/LocalStore.h"
#include "store/Sql.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace guichet {

namespace {

// bm25 weights of articles_fts's columns: title, summary, body, tags.
const QString kRank = QStringLiteral("bm25(articles_fts, 12.0, 4.0, 1.0, 3.0)");
// Re-ranking: candidates read per list, and the weights of the features.
constexpr int kCandidates = 100;
constexpr double kAllWeight = 3.0;       // holds every word (anywhere)
constexpr double kAnyWeight = 2.0;       // holds some words in its title, summary or tags
constexpr double kCoverageWeight = 4.0;  // share of the query's words found in the title
constexpr double kPrecisionWeight = 2.0; // share of the title's words the query names

} // namespace

KbSearch::KbSearch(LocalStore &store)
    : m_store(store)
{
    m_changed = QObject::connect(&store, &LocalStore::changed, [this](const QString &entity) {
        if (entity == QLatin1String("articles") || entity == QLatin1String("*"))
            m_loaded = false;
    });
}

KbSearch::~KbSearch()
{
    QObject::disconnect(m_changed);
}

void KbSearch::reload()
{
    const QSqlDatabase db = m_store.connection();
    m_synonyms.clear();
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT term, alternative FROM kb_synonyms"));
    while (q.next())
        m_synonyms.insert(kbtext::tokenize(q.value(0).toString()).join(QLatin1Char(' ')),
                          q.value(1).toString());
    m_vocabulary.load(db);
    m_loaded = true;
}

void KbSearch::ensureLoaded()
{
    if (!m_loaded)
        reload();
}

KbQueryPlan KbSearch::plan(const QString &text)
{
    ensureLoaded();
    return KbQueryBuilder(m_synonyms, &m_vocabulary).build(text);
}

QList<KbSearch::Ranked> KbSearch::rank(const QString &expression, int limit) const
{
    QSqlQuery q =
        sql::exec(m_store.connection(),
                  QStringLiteral("SELECT rowid, %1 AS score FROM articles_fts WHERE articles_fts MATCH ? "
                                 "ORDER BY score LIMIT ?")
                      .arg(kRank),
                  {expression, limit});
    QList<Ranked> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), -q.value(1).toDouble()});
    return rows;
}

KbHit KbSearch::hitFor(const Ranked &ranked, const QString &expression) const
{
    const QSqlDatabase db = m_store.connection();
    KbHit hit;
    hit.score = ranked.score;
    QSqlQuery a = sql::exec(db,
                            QStringLiteral("SELECT id, external_id, title, summary, source, competence "
                                           "FROM articles WHERE rowid = ?"),
                            {ranked.rowid});
    if (!a.next())
        return hit;
    hit.id = a.value(0).toString();
    hit.externalId = a.value(1).toString();
    hit.title = a.value(2).toString();
    hit.summary = a.value(3).toString();
    hit.source = articleSourceFromString(a.value(4).toString());
    hit.competence = competenceFromString(a.value(5).toString());

    QSqlQuery s = sql::exec(db,
                            QStringLiteral("SELECT snippet(articles_fts, 2, char(2), char(3), '…', 18), "
                                           "snippet(articles_fts, 1, char(2), char(3), '…', 18) "
                                           "FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?"),
                            {expression, ranked.rowid});
    if (s.next()) {
        const QString body = s.value(0).toString();
        const QString summary = s.value(1).toString();
        hit.snippet = body.contains(MatchStart) || summary.isEmpty() ? body : summary;
    }
    if (hit.snippet.isEmpty())
        hit.snippet = hit.summary;
    return hit;
}

QList<KbSearch::Ranked> KbSearch::rerank(const KbQueryPlan &query, int limit) const
{
    // Candidates: the articles holding every word (anywhere), and those holding any of the words in
    // their title, summary or tags (cheap: short columns). Each list's bm25 is scaled to [0, 1].
    struct Features
    {
        double all = 0;
        double any = 0;
    };
    QHash<qint64, Features> candidates;
    const auto collect = [&](const QString &expression, double Features::*field) {
        const QList<Ranked> rows = rank(expression, std::max(kCandidates, limit));
        // Being in the list counts for half, the bm25 score relative to the list's best for the
        // other half (bm25 can be zero or negative on a small corpus: then only presence counts).
        const double top = rows.isEmpty() ? 0.0 : rows.first().score;
        for (const Ranked &r : rows)
            candidates[r.rowid].*field = 0.5 + (top > 0 ? 0.5 * std::clamp(r.score / top, 0.0, 1.0) : 0.0);
    };
    collect(query.allTerms, &Features::all);
    if (query.clauses.size() > 1)
        collect(QStringLiteral("{title summary tags} : (%1)").arg(query.anyTerm), &Features::any);
    if (candidates.isEmpty())
        return {};

    // Titles of the candidates, in one statement: titles name the procedure precisely.
    QVariantList rowids;
    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it)
        rowids << it.key();
    QStringList marks;
    marks.fill(QStringLiteral("?"), rowids.size());
    QSqlQuery titles = sql::exec(m_store.connection(),
                                 QStringLiteral("SELECT rowid, title FROM articles WHERE rowid IN (%1)")
                                     .arg(marks.join(QLatin1Char(','))),
                                 rowids);
    QList<Ranked> ranked;
    ranked.reserve(candidates.size());
    while (titles.next()) {
        const qint64 rowid = titles.value(0).toLongLong();
        const Features f = candidates.value(rowid);
        QStringList titleWords = kbtext::tokenize(titles.value(1).toString());
        titleWords.removeIf(kbtext::isStopWord);
        int clausesInTitle = 0;
        QSet<qsizetype> matchedWords;
        for (const QList<KbAlternative> &clause : query.clauses) {
            bool found = false;
            for (const KbAlternative &a : clause)
                found = a.matchIn(titleWords, &matchedWords) || found;
            clausesInTitle += found ? 1 : 0;
        }
        const double coverage = double(clausesInTitle) / double(query.clauses.size());
        const double precision =
            titleWords.isEmpty() ? 0.0 : double(matchedWords.size()) / double(titleWords.size());
        ranked.append({rowid, kAllWeight * f.all + kAnyWeight * f.any + kCoverageWeight * coverage +
                                  kPrecisionWeight * precision});
    }
    std::sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        return a.score != b.score ? a.score > b.score : a.rowid < b.rowid;
    });
    if (ranked.size() > limit)
        ranked.resize(limit);
    return ranked;
}

QList<KbHit> KbSearch::search(const QString &text, int limit)
{
    const KbQueryPlan query = plan(text);
    if (query.isEmpty() || limit <= 0)
        return {};
    QList<KbHit> hits;
    const QList<Ranked> rows = rerank(query, limit);
    hits.reserve(rows.size());
    for (const Ranked &r : rows)
        hits << hitFor(r, query.anyTerm);
    return hits;
}

QString KbSearch::snippetHtml(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(MatchStart, QLatin1String("<b>"));
    html.replace(MatchEnd, QLatin1String("</b>"));
    return html;
}

QString KbSearch::snippetText(const QString &snippet)
{
    QString text = snippet;
    text.remove(MatchStart);
    text.remove(MatchEnd);
    return text;
}

} // namespace guichet
