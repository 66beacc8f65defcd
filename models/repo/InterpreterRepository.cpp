#include "repo/InterpreterRepository.h"

#include "core/TimeFormat.h"
#include "store/LocalStore.h"
#include "store/Sql.h"

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

} // namespace guichet
