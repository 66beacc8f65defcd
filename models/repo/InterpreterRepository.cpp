#include "repo/InterpreterRepository.h"

#include "core/Ids.h"
#include "core/TimeFormat.h"
#include "domain/Mutation.h"
#include "repo/OutboxRepository.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace guichet {

namespace {

// A null QString binds as SQL NULL: NOT NULL text columns get '' instead.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

QJsonArray arrayOf(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).array();
}

QStringList stringsOf(const QVariant &value)
{
    QStringList result;
    for (const QJsonValue &item : arrayOf(value))
        if (!item.toString().isEmpty())
            result << item.toString();
    return result;
}

const QString kColumns = QStringLiteral("id, name, kind, modes, languages, address, hours, site_ids, "
                                        "is_example, notes, version, updated_at, deleted");

} // namespace

InterpreterProvider InterpreterRepository::fromQuery(const QSqlQuery &q)
{
    InterpreterProvider p;
    p.id = q.value(0).toString();
    p.name = q.value(1).toString();
    p.kind = InterpreterProvider::kindFromName(q.value(2).toString());
    p.modes = InterpreterProvider::modesFromJson(arrayOf(q.value(3)));
    p.languages = stringsOf(q.value(4));
    p.address = q.value(5).toString();
    p.hours = InterpreterProvider::hoursFromJson(arrayOf(q.value(6)));
    p.siteIds = stringsOf(q.value(7));
    p.isExample = q.value(8).toBool();
    p.notes = q.value(9).toString();
    p.version = q.value(10).toLongLong();
    p.updatedAt = timefmt::fromStore(q.value(11).toString());
    p.deleted = q.value(12).toBool();
    return p;
}

QList<InterpreterProvider> InterpreterRepository::all() const
{
    QSqlQuery q =
        sql::exec(m_store.connection(),
                  QStringLiteral("SELECT %1 FROM interpreter_providers WHERE deleted = 0").arg(kColumns));
    QList<InterpreterProvider> result;
    while (q.next())
        result << fromQuery(q);
    QCollator collator;
    std::sort(result.begin(), result.end(), [&collator](const auto &a, const auto &b) {
        if (a.isExample != b.isExample)
            return !a.isExample;
        return collator.compare(a.name, b.name) < 0;
    });
    return result;
}

std::optional<InterpreterProvider> InterpreterRepository::get(const QString &id) const
{
    QSqlQuery q = sql::exec(
        m_store.connection(),
        QStringLiteral("SELECT %1 FROM interpreter_providers WHERE id = ? AND deleted = 0").arg(kColumns),
        {id});
    if (!q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<InterpreterProvider> InterpreterRepository::providers(InterpretingMode::Value mode,
                                                            const QString &language,
                                                            const QString &siteId) const
{
    const bool byLanguage = InterpretingMode::needsLanguage(mode) && !language.isEmpty();
    QList<InterpreterProvider> result;
    for (const InterpreterProvider &provider : all()) {
        if (!provider.offers(mode))
            continue;
        if (byLanguage && !provider.speaks(language))
            continue;
        if (!siteId.isEmpty() && !provider.servesSite(siteId))
            continue;
        result << provider;
    }
    return result;
}

QStringList InterpreterRepository::languages(InterpretingMode::Value mode, const QString &siteId) const
{
    if (!InterpretingMode::needsLanguage(mode))
        return {};
    QSet<QString> codes;
    for (const InterpreterProvider &provider : providers(mode, {}, siteId))
        for (const QString &code : provider.languages)
            codes.insert(code);
    QStringList result(codes.begin(), codes.end());
    result.sort();
    return result;
}

QHash<QString, int> InterpreterRepository::callsByLanguage(const QString &siteId) const
{
    QString statement =
        QStringLiteral("SELECT language, count(*) FROM call_logs WHERE deleted = 0 AND language <> ''");
    QVariantList values;
    if (!siteId.isEmpty()) {
        statement += QStringLiteral(" AND site_id = ?");
        values << siteId;
    }
    QSqlQuery q = sql::exec(m_store.connection(), statement + QStringLiteral(" GROUP BY language"), values);
    QHash<QString, int> result;
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toInt());
    return result;
}

int InterpreterRepository::callCount() const
{
    return sql::scalar(m_store.connection(),
                       QStringLiteral("SELECT count(*) FROM call_logs WHERE deleted = 0"))
        .toInt();
}

CallLog InterpreterRepository::logCall(CallLog call)
{
    if (InterpretingMode::needsLanguage(call.mode) && call.language.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::InvalidInput,
                         tr("Choose the visitor's language before calling a foreign-language interpreter."));
    if (call.durationS < 0)
        throw StoreError(StoreError::Kind::InvalidInput, tr("A call cannot last a negative time."));

    QSqlDatabase db = m_store.connection();
    Transaction transaction(db);
    if (!call.providerId.isEmpty() &&
        !sql::scalar(db, QStringLiteral("SELECT 1 FROM interpreter_providers WHERE id = ? AND deleted = 0"),
                     {call.providerId})
             .isValid())
        throw StoreError(StoreError::Kind::InvalidInput,
                         tr("This interpreter service is no longer in the list: the call was not logged."));

    const QDateTime now = m_store.clock().nowUtc();
    call.id = newId();
    if (!call.startedAt.isValid())
        call.startedAt = now;
    call.language = call.language.trimmed().toLower();
    call.version = 0;
    call.updatedAt = now;
    call.deleted = false;
    sql::exec(db,
              QStringLiteral(
                  "INSERT INTO call_logs (id, agent_id, site_id, provider_id, mode, language, started_at, "
                  "duration_s, outcome, version, updated_at, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                  "0, ?, 0)"),
              {call.id, sql::nullIfEmpty(call.agentId), sql::nullIfEmpty(call.siteId),
               sql::nullIfEmpty(call.providerId), InterpretingMode::name(call.mode), text(call.language),
               timefmt::toStore(call.startedAt), call.durationS, CallLog::outcomeName(call.outcome),
               timefmt::toStoreMs(now)});

    Mutation mutation;
    mutation.entity = QStringLiteral("call_logs");
    mutation.entityId = call.id;
    mutation.operation = Mutation::Operation::Create;
    mutation.payload = call.toJson();
    OutboxRepository(m_store).enqueue(db, mutation);
    transaction.commit();

    m_store.notifyChanged(QStringLiteral("call_logs"));
    m_store.notifyChanged(QStringLiteral("outbox"));
    return call;
}

} // namespace guichet
