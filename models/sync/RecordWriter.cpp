#include "sync/RecordWriter.h"

#include "store/Sql.h"
#include "store/SqliteStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <bit>
#include <cmath>
#include <utility>

namespace guichet {

namespace {

const QLatin1String kId("id");
const QLatin1String kVersion("version");
const QLatin1String kDeleted("deleted");
constexpr int kSqliteConstraintUnique = 2067; // SQLITE_CONSTRAINT_UNIQUE
constexpr int kMaxColumns = 64;               // a column set is a 64-bit mask
constexpr int kMaxBoundValues = 2000;         // per multi-row statement (SQLite allows 32766)

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QVariant nullValue()
{
    return QVariant(QMetaType(QMetaType::QString));
}

// The columns' names in Latin-1, made once per entity (EntitySchema's entries live as long as the app).
QList<QByteArray> latin1Names(const EntityInfo &info)
{
    thread_local QHash<const EntityInfo *, QList<QByteArray>> cache;
    auto it = cache.constFind(&info);
    if (it == cache.constEnd()) {
        QList<QByteArray> names;
        for (const EntityColumn &column : info.columns)
            names << column.name.toLatin1();
        it = cache.insert(&info, names);
    }
    return *it;
}

void checkWidth(const EntityInfo &info)
{
    if (info.columns.size() > kMaxColumns)
        throw StoreError(
            QCoreApplication::translate("guichet::RecordWriter", "The table %1 has more than %2 columns")
                .arg(info.name)
                .arg(kMaxColumns));
}

} // namespace

RecordWriter::RecordWriter(QSqlDatabase db)
    : m_db(std::move(db))
{}

RecordWriter::~RecordWriter() = default;

QVariant RecordWriter::toSql(const EntityColumn &column, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return nullValue();
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // A whole number stays an integer: a text column would otherwise receive "12.0".
        if (column.type != EntityColumn::Type::Real && std::isfinite(number) &&
            number == std::trunc(number) && std::abs(number) < 9.0e15)
            return static_cast<qint64>(number);
        return number;
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return nullValue();
}

SqliteStatement &RecordWriter::statement(const QString &key, const QString &text)
{
    auto it = m_statements.find(key);
    if (it == m_statements.end())
        it = m_statements.emplace(key, std::make_unique<SqliteStatement>(m_db, text)).first;
    return *it->second;
}

SqliteStatement &RecordWriter::upsertStatement(const EntityInfo &info, quint64 mask, int rows)
{
    if (m_last.statement != nullptr && m_last.info == &info && m_last.mask == mask && m_last.rows == rows)
        return *m_last.statement;
    QStringList names;
    QStringList sets;
    for (int i = 0; i < info.columns.size(); ++i) {
        if ((mask & (quint64(1) << i)) == 0)
            continue;
        const QString &name = info.columns.at(i).name;
        names << quoted(name);
        if (name != kId)
            sets << quoted(name) + QStringLiteral(" = excluded.") + quoted(name);
    }
    const QString row = QLatin1Char('(') +
                        QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                        QLatin1Char(')');
    const QString text =
        QStringLiteral("INSERT INTO %1 (%2) VALUES %3 ON CONFLICT (id) DO %4")
            .arg(quoted(info.name), names.join(QLatin1Char(',')),
                 QStringList(rows, row).join(QLatin1Char(',')),
                 sets.isEmpty() ? QStringLiteral("NOTHING")
                                : QStringLiteral("UPDATE SET ") + sets.join(QLatin1Char(',')));
    m_last.statement =
        &statement(QStringLiteral("upsert:%1:%2:%3").arg(info.name).arg(mask, 0, 16).arg(rows), text);
    m_last.info = &info;
    m_last.mask = mask;
    m_last.rows = rows;
    return *m_last.statement;
}

quint64 RecordWriter::collect(const EntityInfo &info, const QString &id, const QJsonObject &data,
                              std::optional<qint64> version, std::optional<bool> deleted, Values &values)
{
    checkWidth(info);
    // Column names are ASCII: looking them up as Latin-1 compares them with the JSON keys (kept
    // as ASCII too) without converting either.
    const QList<QByteArray> names = latin1Names(info);
    quint64 mask = 0;
    for (int i = 0; i < info.columns.size(); ++i) {
        const EntityColumn &column = info.columns.at(i);
        if (column.name == kId)
            values.append(id);
        else if (version && column.name == kVersion)
            values.append(*version);
        else if (deleted && column.name == kDeleted)
            values.append(*deleted ? 1 : 0);
        else if (const auto found = data.constFind(QLatin1String(names.at(i))); found != data.constEnd())
            values.append(toSql(column, *found));
        else
            continue;
        mask |= quint64(1) << i;
    }
    return mask;
}

void RecordWriter::writeRows(const EntityInfo &info, quint64 mask, const Values &values, int rows)
{
    SqliteStatement &statement = upsertStatement(info, mask, rows);
    statement.reset();
    for (int i = 0; i < values.size(); ++i)
        statement.bind(i, values.at(i));
    statement.step(
        QCoreApplication::translate("guichet::RecordWriter", "The records of %1 could not be written")
            .arg(info.name));
}

void RecordWriter::writeRow(const EntityInfo &info, quint64 mask, const Values &values, int first,
                            const QString &id, NaturalKeyClash clash)
{
    const int width = std::popcount(mask);
    SqliteStatement &statement = upsertStatement(info, mask, 1);
    const QString what =
        QCoreApplication::translate("guichet::RecordWriter", "The record %1 of %2 could not be written")
            .arg(id, info.name);
    const auto run = [&] {
        statement.reset();
        for (int i = 0; i < width; ++i)
            statement.bind(i, values.at(first + i));
        statement.step(what);
    };
    try {
        run();
    } catch (const StoreError &) {
        // A failed statement undoes only itself (SQLite's default ABORT): the transaction goes on.
        if (clash != NaturalKeyClash::MakeWay || statement.lastErrorCode() != kSqliteConstraintUnique ||
            !makeWay(info, mask, values, first, id))
            throw;
        run();
    }
}

void RecordWriter::upsert(const EntityInfo &info, const QString &id, const QJsonObject &data,
                          std::optional<qint64> version, std::optional<bool> deleted, NaturalKeyClash clash)
{
    flush();
    Values values;
    const quint64 mask = collect(info, id, data, version, deleted, values);
    writeRow(info, mask, values, 0, id, clash);
}

void RecordWriter::queueUpsert(const EntityInfo &info, const QString &id, const QJsonObject &data,
                               qint64 version, bool deleted, NaturalKeyClash clash)
{
    // Collected straight into the batch (the shape is known once collected): no copy per record.
    const qsizetype start = m_batch.values.size();
    const quint64 mask = collect(info, id, data, version, deleted, m_batch.values);
    if (m_batch.info != &info || m_batch.mask != mask || m_batch.clash != clash) {
        if (start > 0) { // the queued records of another shape go first
            Values row(m_batch.values.cbegin() + start, m_batch.values.cend());
            m_batch.values.resize(start);
            flush();
            m_batch.values = std::move(row);
        }
        m_batch.info = &info;
        m_batch.mask = mask;
        m_batch.clash = clash;
    }
    m_batch.ids.append(id);
    if (m_batch.values.size() + std::popcount(mask) > kMaxBoundValues)
        flush();
}

void RecordWriter::flush()
{
    if (m_batch.ids.isEmpty())
        return;
    Batch batch = std::exchange(m_batch, Batch{});
    const int rows = int(batch.ids.size());
    if (rows > 1) {
        try {
            writeRows(*batch.info, batch.mask, batch.values, rows);
            return;
        } catch (const StoreError &) {
            // A record of the batch was refused and the statement undid itself: the records are
            // written again one by one, so that the refused one is named (or its key clash resolved).
        }
    }
    const int width = std::popcount(batch.mask);
    for (int row = 0; row < rows; ++row)
        writeRow(*batch.info, batch.mask, batch.values, row * width, batch.ids.at(row), batch.clash);
}

// The server's record holds a natural key (a reference, a code) that another local row still has:
// that row is either a server record whose own key changed later (its change comes further on)
// or a record of this counter the server has not accepted (it will be refused as a duplicate, and
// the refusal keeps what was typed). Either way the server's record wins: the other row's key is
// moved aside, visibly ("~" and its id), instead of blocking every later pull.
bool RecordWriter::makeWay(const EntityInfo &info, quint64 mask, const Values &values, int first,
                           const QString &id)
{
    const int keyIndex = info.naturalKey.isEmpty() ? -1 : int(info.columnNames().indexOf(info.naturalKey));
    if (keyIndex < 0 || (mask & (quint64(1) << keyIndex)) == 0)
        return false;
    const QVariant key = values.at(first + std::popcount(mask & ((quint64(1) << keyIndex) - 1)));
    if (key.isNull())
        return false;
    const QString table = quoted(info.name);
    const QString keyColumn = quoted(info.naturalKey);
    const QVariant other = sql::scalar(
        m_db, QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND id <> ?").arg(table, keyColumn), {key, id});
    if (!other.isValid())
        return false;
    qWarning("guichet: %s %s of %s is now taken by %s; moved aside", qPrintable(info.naturalKey),
             qPrintable(key.toString()), qPrintable(other.toString()), qPrintable(id));
    sql::exec(
        m_db,
        QStringLiteral("UPDATE %1 SET %2 = %2 || '~' || substr(id, 1, 8) WHERE id = ?").arg(table, keyColumn),
        {other});
    return true;
}

bool RecordWriter::update(const EntityInfo &info, const QString &id, const QJsonObject &data)
{
    flush();
    checkWidth(info);
    Values values;
    quint64 mask = 0;
    QStringList sets;
    for (int i = 0; i < info.columns.size(); ++i) {
        const EntityColumn &column = info.columns.at(i);
        if (column.name == kId || column.name == kVersion)
            continue;
        const auto found = data.constFind(column.name);
        if (found == data.constEnd())
            continue;
        values.append(toSql(column, *found));
        mask |= quint64(1) << i;
        sets << quoted(column.name) + QStringLiteral(" = ?");
    }
    if (values.isEmpty())
        return version(info, id).has_value();
    SqliteStatement &statement = this->statement(
        QStringLiteral("update:%1:%2").arg(info.name).arg(mask, 0, 16),
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(quoted(info.name), sets.join(QLatin1Char(','))));
    statement.reset();
    for (int i = 0; i < values.size(); ++i)
        statement.bind(i, values.at(i));
    statement.bindText(int(values.size()), id);
    statement.step(
        QCoreApplication::translate("guichet::RecordWriter", "The record %1 of %2 could not be changed")
            .arg(id, info.name));
    return statement.changes() > 0;
}

void RecordWriter::markDeleted(const EntityInfo &info, const QString &id)
{
    flush();
    SqliteStatement &statement =
        this->statement(QStringLiteral("delete:") + info.name,
                        QStringLiteral("UPDATE %1 SET deleted = 1 WHERE id = ?").arg(quoted(info.name)));
    statement.reset();
    statement.bindText(0, id);
    statement.step(QCoreApplication::translate("guichet::RecordWriter",
                                               "The record %1 of %2 could not be marked deleted")
                       .arg(id, info.name));
}

std::optional<qint64> RecordWriter::version(const EntityInfo &info, const QString &id)
{
    flush();
    SqliteStatement &statement =
        this->statement(QStringLiteral("version:") + info.name,
                        QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(quoted(info.name)));
    statement.reset();
    statement.bindText(0, id);
    std::optional<qint64> result;
    if (statement.step(
            QCoreApplication::translate("guichet::RecordWriter", "The version of %1 could not be read")
                .arg(id)))
        result = statement.columnInt(0);
    statement.reset(); // no read left open in the transaction
    return result;
}

void RecordWriter::applyLocal(const EntityInfo &info, const QString &id, Mutation::Operation operation,
                              const QJsonObject &payload)
{
    switch (operation) {
    case Mutation::Operation::Create:
        upsert(info, id, payload, std::nullopt, false);
        return;
    case Mutation::Operation::Update:
        update(info, id, payload);
        return;
    case Mutation::Operation::Delete:
        markDeleted(info, id);
        return;
    }
}

} // namespace guichet
