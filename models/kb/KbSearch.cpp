#include "kb/KbSearch.h"

#include "kb/KbText.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/SqliteStatement.h"

#include <sqlite3.h>

#include <QHash>
#include <QSet>
#include <QtDebug>
#include <algorithm>
#include <limits>

namespace guichet {

namespace {

// bm25 weights of articles_fts's columns: title, summary, body, tags.
const QString kRank = QStringLiteral("bm25(articles_fts, 12.0, 4.0, 1.0, 3.0)");
// bm25 reads every matching article: it never ranks more than this many (about a millisecond). A query
// matching more is narrowed to the short columns, then to the titles, then to the first matches.
constexpr int kBudget = 250;
const QString kTiers[] = {QString(), QStringLiteral("{title summary tags}"), QStringLiteral("{title}")};
constexpr int kTierCount = 3;
constexpr qint64 kProbeFactor = 2; // a query the vocabulary says may match this many budgets is counted first
constexpr int kShortColumnsTier = 1;
// Re-ranking: candidates read per list, and the weights of the features.
constexpr int kCandidates = 100;
constexpr double kAllWeight = 3.0;       // holds every word (anywhere)
constexpr double kAnyWeight = 2.0;       // holds some words in its title, summary or tags
constexpr double kCoverageWeight = 4.0;  // share of the query's words found in the title
constexpr double kPrecisionWeight = 2.0; // share of the title's words the query names
constexpr double kLeadWeight = 1.0;      // the title starts with one of the words (its subject)
constexpr double kAdjacentWeight = 1.0;  // share of the query's neighbouring words side by side in the title
constexpr double kQuestionPenalty = 0.75; // the title is a question
constexpr int kCacheSize = 32;
constexpr int kBodySnippets = 5; // hits that get a passage of their body when their summary has no match

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QLatin1Char(','));
}

// The title positions where each clause matches (title words folded, stop words left out).
struct TitleMatch
{
    QList<QSet<qsizetype>> positions; // per clause
    qsizetype words = 0;
};

// The clauses' alternatives as title words hold them: without their stop words.
QList<QList<KbAlternative>> titleClauses(const KbQueryPlan &query)
{
    QList<QList<KbAlternative>> clauses;
    for (const QList<KbAlternative> &clause : query.clauses) {
        QList<KbAlternative> alternatives;
        for (const KbAlternative &a : clause)
            alternatives.append({a.meaningfulWords(), a.prefix});
        clauses << alternatives;
    }
    return clauses;
}

TitleMatch matchTitle(const QList<QList<KbAlternative>> &clauses, const QStringList &words)
{
    TitleMatch match;
    match.words = words.size();
    for (const QList<KbAlternative> &clause : clauses) {
        QSet<qsizetype> positions;
        for (const KbAlternative &a : clause)
            a.matchIn(words, &positions);
        match.positions << positions;
    }
    return match;
}

double titleScore(const TitleMatch &m)
{
    const qsizetype clauses = m.positions.size();
    int covered = 0;
    QSet<qsizetype> matched;
    bool lead = false;
    int adjacent = 0;
    for (qsizetype c = 0; c < clauses; ++c) {
        const QSet<qsizetype> &here = m.positions.at(c);
        covered += here.isEmpty() ? 0 : 1;
        matched.unite(here);
        lead = lead || here.contains(0);
        if (c + 1 < clauses) {
            const QSet<qsizetype> &next = m.positions.at(c + 1);
            adjacent += std::any_of(here.cbegin(), here.cend(), [&](qsizetype p) { return next.contains(p + 1); })
                            ? 1
                            : 0;
        }
    }
    const double coverage = clauses > 0 ? double(covered) / double(clauses) : 0.0;
    const double precision = m.words > 0 ? double(matched.size()) / double(m.words) : 0.0;
    const double pairs = clauses > 1 ? double(adjacent) / double(clauses - 1) : 0.0;
    return kCoverageWeight * coverage + kPrecisionWeight * precision + (lead ? kLeadWeight : 0.0) +
           kAdjacentWeight * pairs;
}

} // namespace

KbSearch::KbSearch(LocalStore &store)
    : m_store(store)
{
    m_changed = QObject::connect(&store, &LocalStore::changed, [this](const QString &entity) {
        if (entity == QLatin1String("articles") || entity == QLatin1String("kb_synonyms") ||
            entity == QLatin1String("*")) {
            m_loaded = false;
            m_cache.clear();
            m_titleWords.clear();
        }
    });
}

KbSearch::~KbSearch()
{
    QObject::disconnect(m_changed);
}

void KbSearch::reload()
{
    const QSqlDatabase db = m_store.connection();
    m_lexicon.clear();
    QString error;
    if (!m_lexicon.loadFile(KbLexicon::defaultResource(), &error))
        qWarning("KbSearch: cannot read the search lexicon %s: %s", qPrintable(KbLexicon::defaultResource()),
                 qPrintable(error));
    m_lexicon.loadTable(db);
    m_vocabulary.load(db);
    m_cache.clear();
    m_titleWords.clear();
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
    return KbQueryBuilder(m_lexicon.synonyms(), &m_vocabulary, m_lexicon.variantSuffixes()).build(text);
}

qint64 KbSearch::estimate(const QList<KbAlternative> &clause) const
{
    // At most the sum over the alternatives; a phrase at most its rarest word.
    qint64 total = 0;
    for (const KbAlternative &a : clause) {
        qint64 rarest = std::numeric_limits<qint64>::max();
        for (qsizetype w = 0; w < a.words.size(); ++w) {
            const bool prefix = a.prefix && w == a.words.size() - 1;
            rarest = std::min(rarest, prefix ? m_vocabulary.prefixDocumentsSum(a.words.at(w))
                                             : qint64(m_vocabulary.documents(a.words.at(w))));
        }
        total += a.words.isEmpty() ? 0 : rarest;
    }
    return total;
}

QList<KbSearch::Ranked> KbSearch::rank(const QString &expression, int limit, bool firstMatches) const
{
    // firstMatches: bm25 for the first `limit` matches only (FTS5 reads them in rowid order), to be
    // sorted here; else the best `limit` of every match.
    const QString statement =
        firstMatches ? QStringLiteral("SELECT rowid, %1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?")
                     : QStringLiteral("SELECT rowid, %1 AS score FROM articles_fts WHERE articles_fts MATCH ? "
                                      "ORDER BY score LIMIT ?");
    QSqlQuery q = sql::exec(m_store.connection(), statement.arg(kRank), {expression, limit});
    QList<Ranked> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), -q.value(1).toDouble()});
    if (firstMatches)
        std::sort(rows.begin(), rows.end(), [](const Ranked &x, const Ranked &y) { return x.score > y.score; });
    return rows;
}

qint64 KbSearch::probe(const QString &expression, int offset) const
{
    QSqlQuery q = sql::exec(m_store.connection(),
                            QStringLiteral("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? "
                                           "ORDER BY rowid LIMIT 1 OFFSET ?"),
                            {expression, offset});
    return q.next() ? q.value(0).toLongLong() : -1;
}

QList<KbSearch::Ranked> KbSearch::rankWithinBudget(const QString &expression, qint64 estimated, int limit,
                                                   int firstTier) const
{
    // Each tier narrows the columns: all, then title, summary and tags, then the title alone.
    QList<Ranked> wider;  // the first matches of the previous tier, when there were too many
    QString widerFiltered; // that tier's expression, when only counted
    const auto done = [&](QList<Ranked> rows) {
        if (rows.size() > limit)
            rows.resize(limit);
        if (rows.size() < limit && wider.isEmpty() && !widerFiltered.isEmpty())
            wider = rank(widerFiltered, kBudget, true);
        if (rows.size() < limit && !wider.isEmpty()) {
            // Too few in the narrower columns: add the best of the first in the wider ones.
            QSet<qint64> seen;
            for (const Ranked &r : std::as_const(rows))
                seen.insert(r.rowid);
            for (const Ranked &r : std::as_const(wider))
                if (rows.size() < limit && !seen.contains(r.rowid))
                    rows.append({r.rowid, 0.0});
        }
        return rows;
    };
    for (int tier = firstTier; tier < kTierCount; ++tier) {
        const QString filtered =
            kTiers[tier].isEmpty() ? expression : kTiers[tier] + QStringLiteral(" : (") + expression + u')';
        if (estimated <= kBudget)
            return done(rank(filtered, limit, false)); // the vocabulary says it is selective enough
        // Likely too many: counting the first matches costs less than ranking them.
        if (estimated > kProbeFactor * kBudget && tier < kTierCount - 1 && probe(filtered, kBudget - 1) >= 0) {
            wider.clear();
            widerFiltered = filtered;
            continue;
        }
        // bm25 for the first matches: all of them when they are fewer than the budget.
        QList<Ranked> first = rank(filtered, kBudget, true);
        if (first.size() < kBudget || tier == kTierCount - 1)
            return done(first);
        wider = first;
        widerFiltered.clear();
    }
    return done({});
}

QList<KbHit> KbSearch::rerank(const KbQueryPlan &query, int limit) const
{
    // Candidates: the articles holding every word, and those holding any of the words in their
    // title, summary or tags (a word still being typed and too short to select left out). Each
    // list's bm25 is scaled to [0, 1].
    struct Features
    {
        double all = 0;
        double any = 0;
    };
    QHash<qint64, Features> candidates;
    const int candidateCount = std::max(kCandidates, limit);
    const auto collect = [&](const QList<Ranked> &rows, double Features::*field) {
        // Being in the list counts for half, the bm25 score relative to the list's best for the
        // other half (bm25 can be zero or negative on a small corpus: then only presence counts).
        const double top = rows.isEmpty() ? 0.0 : rows.first().score;
        for (const Ranked &r : rows)
            candidates[r.rowid].*field = 0.5 + (top > 0 ? 0.5 * std::clamp(r.score / top, 0.0, 1.0) : 0.0);
    };
    qint64 allEstimate = std::numeric_limits<qint64>::max();
    qint64 anyEstimate = 0;
    for (qsizetype c = 0; c < query.clauses.size(); ++c) {
        const qint64 e = estimate(query.clauses.at(c));
        if (!query.shortPrefix.at(c) || query.allStrong.isEmpty())
            allEstimate = std::min(allEstimate, e);
        anyEstimate += query.shortPrefix.at(c) ? 0 : e;
    }
    // A word still being typed and too short to select is only looked for in the titles of what
    // the other words find.
    const bool shortOnly = query.allStrong.isEmpty();
    const QList<Ranked> all =
        rankWithinBudget(shortOnly ? query.allTerms : query.allStrong, allEstimate, candidateCount, 0);
    collect(all, &Features::all);
    // Enough articles hold every word: those missing one rarely answer better, and finding them
    // would cost as much again.
    if (query.clauses.size() > 1 && !query.anyStrong.isEmpty() && all.size() < candidateCount)
        collect(rankWithinBudget(query.anyStrong, anyEstimate, candidateCount, kShortColumnsTier), &Features::any);
    if (candidates.isEmpty())
        return {};

    // The candidates' titles (titles name the procedure precisely): the words of those not seen
    // yet, in one statement that reads only columns stored before the body (reading past a long
    // body costs more than the rest of the search).
    QVariantList unseen;
    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it)
        if (!m_titleWords.contains(it.key()))
            unseen << it.key();
    if (!unseen.isEmpty()) {
        QSqlQuery t = sql::exec(m_store.connection(),
                                QStringLiteral("SELECT rowid, title FROM articles WHERE rowid IN (%1)")
                                    .arg(placeholders(unseen.size())),
                                unseen);
        while (t.next()) {
            const QString title = t.value(1).toString();
            TitleWords entry{kbtext::tokenize(title), title.trimmed().endsWith(u'?')};
            entry.words.removeIf(kbtext::isStopWord);
            m_titleWords.insert(t.value(0).toLongLong(), entry);
        }
    }
    const QList<QList<KbAlternative>> clauses = titleClauses(query);
    QList<Ranked> ranked;
    ranked.reserve(candidates.size());
    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it) {
        const auto words = m_titleWords.constFind(it.key());
        if (words == m_titleWords.constEnd())
            continue; // deleted meanwhile
        // A question names a narrow case ("Peut-on … ?"); the fiche that presents the procedure
        // does not ask one.
        ranked.append({it.key(), kAllWeight * it->all + kAnyWeight * it->any +
                                     titleScore(matchTitle(clauses, words->words)) -
                                     (words->question ? kQuestionPenalty : 0.0)});
    }
    const auto better = [](const Ranked &x, const Ranked &y) {
        return x.score != y.score ? x.score > y.score : x.rowid < y.rowid;
    };
    const qsizetype kept = std::min<qsizetype>(limit, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + kept, ranked.end(), better);
    ranked.resize(kept);

    // The hits' articles.
    QVariantList keptValues;
    QList<qint64> keptRowids;
    for (const Ranked &r : std::as_const(ranked)) {
        keptValues << r.rowid;
        keptRowids << r.rowid;
    }
    QSqlQuery a = sql::exec(m_store.connection(),
                            QStringLiteral("SELECT rowid, id, external_id, title, summary, source, competence "
                                           "FROM articles WHERE rowid IN (%1)")
                                .arg(placeholders(keptValues.size())),
                            keptValues);
    QHash<qint64, KbHit> byRowid;
    while (a.next()) {
        KbHit hit;
        hit.id = a.value(1).toString();
        hit.externalId = a.value(2).toString();
        hit.title = a.value(3).toString();
        hit.summary = a.value(4).toString();
        hit.source = articleSourceFromString(a.value(5).toString());
        hit.competence = competenceFromString(a.value(6).toString());
        byRowid.insert(a.value(0).toLongLong(), hit);
    }
    QList<KbHit> hits;
    keptRowids.clear();
    for (const Ranked &r : std::as_const(ranked)) {
        const auto found = byRowid.constFind(r.rowid);
        if (found == byRowid.constEnd())
            continue;
        hits << *found;
        hits.last().score = r.score;
        keptRowids << r.rowid;
    }
    addSnippets(hits, keptRowids, query.anyStrong.isEmpty() ? query.anyTerm : query.anyStrong);
    return hits;
}

void KbSearch::addSnippets(QList<KbHit> &hits, const QList<qint64> &rowids, const QString &expression) const
{
    if (rowids.isEmpty())
        return;
    // The summary when it holds a match (a paragraph written to present the article, short to
    // read through), else a passage of the body for the first hits (those on screen: a passage
    // costs a read through the whole body), else the summary as it is. One statement for every
    // hit: the rowid range lets FTS5 skip to the hits, "+rowid IN" keeps SQLite from running the
    // full-text query once per hit, CASE makes the body's passage only where it is needed.
    const auto [low, high] = std::minmax_element(rowids.cbegin(), rowids.cend());
    const QList<qint64> first = rowids.mid(0, kBodySnippets);
    QVariantList values; // in the order of the statement's placeholders
    for (const qint64 rowid : first)
        values << rowid;
    values << expression << *low << *high;
    for (const qint64 rowid : rowids)
        values << rowid;
    const QString summary = QStringLiteral("snippet(articles_fts, 1, char(2), char(3), '…', 18)");
    QSqlQuery s = sql::exec(
        m_store.connection(),
        QStringLiteral("SELECT rowid, %1, CASE WHEN +rowid IN (%2) AND instr(%1, char(2)) = 0 "
                       "THEN snippet(articles_fts, 2, char(2), char(3), '…', 18) END "
                       "FROM articles_fts WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (%3)")
            .arg(summary, placeholders(first.size()), placeholders(rowids.size())),
        values);
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < rowids.size(); ++i)
        at.insert(rowids.at(i), i);
    while (s.next()) {
        KbHit &hit = hits[at.value(s.value(0).toLongLong())];
        const QString summarySnippet = s.value(1).toString();
        const QString body = s.value(2).toString();
        if (summarySnippet.contains(MatchStart))
            hit.snippet = summarySnippet;
        else if (body.contains(MatchStart) || hit.summary.isEmpty())
            hit.snippet = body;
    }
    for (KbHit &hit : hits)
        if (hit.snippet.isEmpty())
            hit.snippet = hit.summary;
}

QList<KbHit> KbSearch::search(const QString &text, int limit)
{
    const KbQueryPlan query = plan(text);
    if (query.isEmpty() || limit <= 0)
        return {};
    // Typing often gives the same query again ("pacs e", "pacs en"), and so does going back.
    const QString key = QString::number(limit) + u'\n' + query.allTerms + u'\n' + query.anyTerm;
    for (qsizetype i = 0; i < m_cache.size(); ++i) {
        if (m_cache.at(i).key == key) {
            m_cache.move(i, 0);
            return m_cache.first().hits;
        }
    }
    // One read transaction for the search's statements: one snapshot, one lock.
    struct ReadSnapshot
    {
        QSqlDatabase db;
        bool open = false;
        explicit ReadSnapshot(QSqlDatabase connection) : db(std::move(connection))
        {
            if (sqlite3_get_autocommit(SqliteStatement::handleOf(db)))
                open = QSqlQuery(db).exec(QStringLiteral("BEGIN"));
        }
        ~ReadSnapshot()
        {
            if (open)
                QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        }
    } snapshot(m_store.connection());
    QList<KbHit> hits = rerank(query, limit);
    m_cache.prepend({key, hits});
    if (m_cache.size() > kCacheSize)
        m_cache.removeLast();
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
