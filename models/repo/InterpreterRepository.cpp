#include "repo/InterpreterRepository.h"

#include "core/Ids.h"
#include "core/TimeFormat.h"
#include "interpreting/ProviderCheck.h"
#include "repo/AgentRepository.h"
#include "repo/LocalChange.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace guichet {

namespace {

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

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

const QString kEntity = QStringLiteral("interpreter_providers");

// The columns a counter writes, as LocalChange takes them (JSON lists as their compact text).
QJsonObject recordOf(const InterpreterProvider &p)
{
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("kind"), InterpreterProvider::kindName(p.kind)},
        {QStringLiteral("modes"), compact(InterpreterProvider::modesToJson(p.modes))},
        {QStringLiteral("languages"), compact(QJsonArray::fromStringList(p.languages))},
        {QStringLiteral("address"), p.address},
        {QStringLiteral("hours"), compact(InterpreterProvider::hoursToJson(p.hours))},
        {QStringLiteral("site_ids"), compact(QJsonArray::fromStringList(p.siteIds))},
        {QStringLiteral("is_example"), p.isExample ? 1 : 0},
        {QStringLiteral("notes"), p.notes},
    };
}

template<typename T> QList<T> unique(const QList<T> &items)
{
    QList<T> result;
    for (const T &item : items)
        if (!result.contains(item))
            result << item;
    return result;
}

// Trimmed, lower-case codes, no duplicates; weekdays in order.
InterpreterProvider tidied(InterpreterProvider p)
{
    p.name = p.name.trimmed();
    p.address = p.address.trimmed();
    p.notes = p.notes.trimmed();
    p.modes = unique(p.modes);
    QStringList languages;
    for (const QString &code : std::as_const(p.languages))
        languages << code.trimmed().toLower();
    p.languages = unique(languages);
    QStringList sites;
    for (const QString &site : std::as_const(p.siteIds))
        sites << site.trimmed();
    p.siteIds = unique(sites);
    for (InterpreterProvider::Hours &span : p.hours) {
        span.days = unique(span.days);
        std::sort(span.days.begin(), span.days.end());
    }
    return p;
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

bool InterpreterRepository::mayEdit(const QString &agentId) const
{
    if (agentId.isEmpty())
        return false;
    const Agent agent = AgentRepository(m_store).byId(agentId);
    return agent.isValid() && (agent.role == Agent::Role::Supervisor || agent.role == Agent::Role::Admin);
}

void InterpreterRepository::requireEditor(const QString &agentId) const
{
    const Agent agent = agentId.isEmpty() ? Agent() : AgentRepository(m_store).byId(agentId);
    if (!agent.isValid())
        throw StoreError(
            StoreError::Kind::InvalidInput,
            tr("The agent signed in at this counter is unknown to the local store: sign in again."));
    if (agent.role != Agent::Role::Supervisor && agent.role != Agent::Role::Admin)
        throw StoreError(StoreError::Kind::InvalidInput,
                         tr("Only a supervisor can add, change or remove interpreting services."));
}

InterpreterProvider InterpreterRepository::saveProvider(InterpreterProvider provider, const QString &agentId)
{
    requireEditor(agentId);
    provider = tidied(std::move(provider));

    QSqlDatabase db = m_store.connection();
    QSet<QString> sites;
    {
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id FROM sites WHERE deleted = 0"));
        while (q.next())
            sites.insert(q.value(0).toString());
    }
    const QList<ProviderCheck::Problem> problems = ProviderCheck::check(provider, sites);
    if (!problems.isEmpty())
        throw StoreError(StoreError::Kind::InvalidInput, ProviderCheck::message(problems));
    provider.address = ProviderCheck::normalizedAddress(provider.kind, provider.address);

    Transaction transaction(db);
    LocalChange change(m_store, db);
    if (provider.id.isEmpty()) {
        provider.id = newId();
        change.create(kEntity, recordOf(provider));
    } else {
        const std::optional<InterpreterProvider> current = get(provider.id);
        if (!current)
            throw StoreError(
                StoreError::Kind::InvalidInput,
                tr("This interpreting service is no longer in the list: it may have been removed "
                   "at another counter."));
        if (current->version != provider.version)
            throw StoreError(StoreError::Kind::InvalidInput,
                             tr("This interpreting service was changed meanwhile at another counter: open it "
                                "again and make your change on what it is now."));
        const QJsonObject before = recordOf(*current);
        const QJsonObject after = recordOf(provider);
        QJsonObject changes;
        for (auto it = after.constBegin(); it != after.constEnd(); ++it)
            if (before.value(it.key()) != it.value())
                changes.insert(it.key(), it.value());
        if (changes.isEmpty())
            return *current;
        change.update(kEntity, provider.id, changes);
    }
    transaction.commit();
    m_store.notifyChanged(kEntity);
    m_store.notifyChanged(QStringLiteral("outbox"));
    return get(provider.id).value_or(provider);
}

void InterpreterRepository::removeProvider(const QString &id, const QString &agentId)
{
    requireEditor(agentId);
    QSqlDatabase db = m_store.connection();
    Transaction transaction(db);
    if (id.isEmpty() || !get(id))
        throw StoreError(StoreError::Kind::InvalidInput,
                         tr("This interpreting service is no longer in the list: it may have been removed "
                            "at another counter."));
    LocalChange(m_store, db).remove(kEntity, id);
    transaction.commit();
    m_store.notifyChanged(kEntity);
    m_store.notifyChanged(QStringLiteral("outbox"));
}

} // namespace guichet
