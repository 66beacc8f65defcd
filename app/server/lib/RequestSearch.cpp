#include "RequestSearch.h"

#include "PullService.h"
#include "ServerDatabase.h"
#include "core/PhoneNumber.h"
#include "core/TimeFormat.h"
#include "domain/RequestReference.h"
#include "kb/KbText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>
#include <functional>
#include <limits>

namespace guichet::server {

namespace {

// Sorts after every character a reference can hold (code-point order: SQLite's binary collation,
// PostgreSQL's C.UTF-8).
const QChar kHigh(0xFFFF);
// Requests read per page of a scan: memory stays bounded whatever the size of the city.
constexpr int kScanPage = 200;
// Words this long or longer may hold one typo.
constexpr int kMinTypoLength = 5;

QJsonObject parse(const QString &data)
{
    return QJsonDocument::fromJson(data.toUtf8()).object();
}

QString text(const QJsonObject &record, const char *key)
{
    return record.value(QLatin1String(key)).toString();
}

// The same reading of what is typed as the counter's own lookup (RequestSearchQuery).
bool looksLikeReference(const QString &typed)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9]{0,5}-([0-9]|$)"));
    return RequestReference::looksLikePrefix(typed) &&
           pattern.match(RequestReference::normalized(typed)).hasMatch();
}

bool isPhoneLike(const QString &typed)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9][0-9 .()/-]*$"));
    return pattern.match(typed).hasMatch();
}

int digitCount(const QString &typed)
{
    return static_cast<int>(std::count_if(typed.cbegin(), typed.cend(), [](QChar c) { return c.isDigit(); }));
}

// `word` (folded) starts `token`, or would with one typo when it is long enough.
bool startsWord(const QString &token, const QString &word)
{
    if (token.startsWith(word))
        return true;
    if (word.size() < kMinTypoLength)
        return false;
    for (qsizetype length = word.size() - 1; length <= word.size() + 1; ++length) {
        if (length > token.size())
            break;
        if (kbtext::editDistance(token.left(length), word, 1) <= 1)
            return true;
    }
    return false;
}

QStringList queryWords(const QString &typed)
{
    QStringList words = kbtext::tokenize(typed);
    QStringList meaningful;
    for (const QString &word : std::as_const(words))
        if (!kbtext::isStopWord(word) && word.size() > 1)
            meaningful << word;
    return meaningful.isEmpty() ? words : meaningful;
}

} // namespace

RequestSearch::Found RequestSearch::find(const QString &query, int limit)
{
    Found found;
    const QString typed = query.simplified();
    if (typed.isEmpty() || limit < 1)
        return found;

    const bool phone = !looksLikeReference(typed) && isPhoneLike(typed) && digitCount(typed) >= 2;
    if (!phone && (looksLikeReference(typed) || isPhoneLike(typed))) {
        // A reference or its start: a range on the natural key (records_natural_key).
        const QString prefix = RequestReference::normalized(typed);
        QSqlQuery &rows = m_db.exec(
            QStringLiteral("SELECT natural_key, data FROM records WHERE entity = 'requests' AND natural_key >= ? "
                           "AND natural_key < ? AND deleted = 0 ORDER BY natural_key DESC LIMIT ?"),
            {prefix, QString(prefix + kHigh), limit + 1});
        while (rows.next()) {
            if (!rows.value(0).toString().startsWith(prefix))
                continue;
            if (found.requests.size() == limit) {
                found.truncated = true;
                break;
            }
            found.requests << parse(rows.value(1).toString());
        }
        rows.finish();
        return found;
    }

    std::function<bool(const QJsonObject &)> matches;
    if (phone) {
        const QString key = PhoneNumber::searchKey(typed);
        matches = [key](const QJsonObject &request) {
            QString stored = text(request, "requester_phone_key");
            if (stored.isEmpty())
                stored = PhoneNumber::searchKey(text(request, "requester_phone"));
            return !stored.isEmpty() && stored.startsWith(key);
        };
    } else if (typed.contains(QLatin1Char('@'))) {
        const QString start = typed.toLower();
        matches = [start](const QJsonObject &request) {
            return text(request, "requester_email").toLower().startsWith(start);
        };
    } else {
        const QStringList words = queryWords(typed);
        if (words.isEmpty())
            return found;
        matches = [words](const QJsonObject &request) {
            const QStringList tokens = kbtext::tokenize(text(request, "requester_name") + QLatin1Char(' ') +
                                                        text(request, "subject") + QLatin1Char(' ') +
                                                        text(request, "requester_address"));
            return std::all_of(words.cbegin(), words.cend(), [&tokens](const QString &word) {
                return std::any_of(tokens.cbegin(), tokens.cend(),
                                   [&word](const QString &token) { return startsWord(token, word); });
            });
        };
    }

    // The rare "beyond retention" case: a scan of the requests, page by page, most recently
    // changed first, until limit + 1 matches (the one more says "truncated").
    qint64 below = std::numeric_limits<qint64>::max();
    for (;;) {
        QSqlQuery &rows = m_db.exec(
            QStringLiteral("SELECT version, data FROM records WHERE entity = 'requests' AND deleted = 0 "
                           "AND version < ? ORDER BY version DESC LIMIT ?"),
            {below, kScanPage});
        int read = 0;
        while (rows.next()) {
            ++read;
            below = rows.value(0).toLongLong();
            const QJsonObject request = parse(rows.value(1).toString());
            if (!matches(request))
                continue;
            if (found.requests.size() == limit) {
                found.truncated = true;
                break;
            }
            found.requests << request;
        }
        rows.finish();
        if (found.truncated || read < kScanPage)
            break;
    }
    return found;
}

void RequestSearch::attachEvents(QList<QJsonObject> &requests)
{
    if (requests.isEmpty())
        return;
    QStringList placeholders;
    QVariantList ids;
    for (const QJsonObject &request : std::as_const(requests)) {
        placeholders << QStringLiteral("?");
        ids << text(request, "id");
    }
    const QString requestId = m_db.isPostgres() ? QStringLiteral("(data::json ->> 'request_id')")
                                                : QStringLiteral("json_extract(data, '$.request_id')");
    QSqlQuery &rows = m_db.exec(QStringLiteral("SELECT data FROM records WHERE entity = 'request_events' AND "
                                               "deleted = 0 AND %1 IN (%2)")
                                    .arg(requestId, placeholders.join(QLatin1Char(','))),
                                ids);
    QHash<QString, QList<QJsonObject>> byRequest;
    while (rows.next()) {
        const QJsonObject event = parse(rows.value(0).toString());
        byRequest[text(event, "request_id")] << event;
    }
    rows.finish();
    for (QJsonObject &request : requests) {
        QList<QJsonObject> history = byRequest.value(text(request, "id"));
        std::stable_sort(history.begin(), history.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return text(a, "at") < text(b, "at");
        });
        QJsonArray array;
        for (const QJsonObject &event : std::as_const(history))
            array.append(event);
        request.insert(QStringLiteral("events"), array);
    }
}

RequestSearch::Answer RequestSearch::search(const Session &session, const QString &query, int limit)
{
    const QString typed = query.simplified();
    if (typed.isEmpty())
        return {400, errorBody(QStringLiteral("invalid"), QStringLiteral("'q' (what to look for) is needed"))};
    if (query.size() > kMaxQueryLength)
        return {400, errorBody(QStringLiteral("invalid"),
                               QStringLiteral("'q' is at most %1 characters").arg(kMaxQueryLength))};
    if (limit < 1 || limit > kMaxLimit)
        return {400, errorBody(QStringLiteral("invalid"),
                               QStringLiteral("'limit' must be between 1 and %1").arg(kMaxLimit))};

    Found found;
    {
        ServerTransaction snapshot(m_db, ServerTransaction::Mode::Read);
        found = find(typed, limit);
        attachEvents(found.requests);
        snapshot.commit();
    }

    if (!found.requests.isEmpty()) {
        // DESIGN §7: every record shown is an opening of a citizen's record.
        const QString now = timefmt::toStore(QDateTime::currentDateTimeUtc());
        ServerTransaction transaction(m_db, ServerTransaction::Mode::Write);
        for (const QJsonObject &request : std::as_const(found.requests))
            m_db.exec(QStringLiteral("INSERT INTO audit_log (at, agent_id, device_id, action, entity, entity_id, "
                                     "detail) VALUES (?, ?, ?, 'online_search', 'requests', ?, ?)"),
                      {now, session.agentId, session.deviceId, text(request, "id"), text(request, "reference")});
        transaction.commit();
    }

    QJsonArray results;
    for (const QJsonObject &request : std::as_const(found.requests))
        results.append(request);
    return {200, QJsonDocument(QJsonObject{{QStringLiteral("results"), results},
                                           {QStringLiteral("truncated"), found.truncated}})
                     .toJson(QJsonDocument::Compact)};
}

} // namespace guichet::server
