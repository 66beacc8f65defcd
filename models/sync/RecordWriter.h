#pragma once

#include "domain/Mutation.h"
#include "sync/EntitySchema.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <map>
#include <memory>
#include <optional>

namespace guichet {

class SqliteStatement;

// Writes records into the synced entity tables: whole records as the server sends them, and the
// payloads of this counter's own mutations replayed on top. Only columns the local table has are
// written (unknown keys are ignored), by id, with bound values. It has to be fast: an initial sync
// writes 100,000 records through here. So statements are prepared once per (entity, set of
// columns) and reused, and a pull page's records are written many rows per statement (queueUpsert):
// SQLite builds the lists of the tables' CHECK (… IN (…)) constraints once per statement run, which
// costs more than the row itself when rows go one by one.
// Used inside the caller's transaction; holds prepared statements, so it lives no longer than it.
class RecordWriter
{
public:
    // Whether a server record may push aside a local row holding the same natural key (see upsert).
    enum class NaturalKeyClash
    {
        MakeWay,
        Fail
    };

    explicit RecordWriter(QSqlDatabase db);
    ~RecordWriter();
    RecordWriter(const RecordWriter &) = delete;
    RecordWriter &operator=(const RecordWriter &) = delete;

    // INSERT … ON CONFLICT(id) DO UPDATE with every column of `info` present in `data`; `version`
    // and `deleted`, when given, win over whatever `data` says. Never INSERT OR REPLACE: that
    // deletes the row first, which fires the delete triggers (the articles' full-text index) and
    // changes its rowid. Throws StoreError when a constraint refuses the record.
    void upsert(const EntityInfo &info, const QString &id, const QJsonObject &data,
                std::optional<qint64> version, std::optional<bool> deleted,
                NaturalKeyClash clash = NaturalKeyClash::Fail);

    // The same, written with the next records of the same shape in one statement: at the latest by
    // flush(), which every other call of this writer makes first (the order of writes is kept).
    // A refused record is then reported as upsert() would, by its id. Records still queued when
    // the writer ends are dropped: flush() before the commit.
    void queueUpsert(const EntityInfo &info, const QString &id, const QJsonObject &data, qint64 version,
                     bool deleted, NaturalKeyClash clash);
    void flush();

    // UPDATE of the columns present in `data` (never id nor version); false when no row has `id`.
    bool update(const EntityInfo &info, const QString &id, const QJsonObject &data);

    void markDeleted(const EntityInfo &info, const QString &id);

    // The row's version; nullopt when this store has no row with `id`.
    std::optional<qint64> version(const EntityInfo &info, const QString &id);

    // Replays one of this counter's mutations on the local record: create → upsert the payload
    // (deleted back to 0), update → update, delete → deleted = 1. The version is left as it is:
    // it stays the server version the change was made on.
    void applyLocal(const EntityInfo &info, const QString &id, Mutation::Operation operation,
                    const QJsonObject &payload);

    // A JSON value as SQLite should store it in `column`: bool → 0/1, null → NULL, whole numbers
    // as integers, arrays and objects as compact JSON text.
    static QVariant toSql(const EntityColumn &column, const QJsonValue &value);

private:
    using Values = QList<QVariant>;
    // The values of `info`'s columns in `data`, in column order; returns the set of columns.
    static quint64 collect(const EntityInfo &info, const QString &id, const QJsonObject &data,
                           std::optional<qint64> version, std::optional<bool> deleted, Values &values);
    SqliteStatement &statement(const QString &key, const QString &text);
    SqliteStatement &upsertStatement(const EntityInfo &info, quint64 mask, int rows);
    void writeRows(const EntityInfo &info, quint64 mask, const Values &values, int rows);
    void writeRow(const EntityInfo &info, quint64 mask, const Values &values, int first, const QString &id,
                  NaturalKeyClash clash);
    bool makeWay(const EntityInfo &info, quint64 mask, const Values &values, int first, const QString &id);

    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<SqliteStatement>> m_statements;
    // The last statement used for a shape: a page's changes mostly come in runs of one shape.
    struct LastUpsert
    {
        const EntityInfo *info = nullptr;
        quint64 mask = 0;
        int rows = 0;
        SqliteStatement *statement = nullptr;
    } m_last;
    // Records queued for one multi-row statement.
    struct Batch
    {
        const EntityInfo *info = nullptr;
        quint64 mask = 0;
        NaturalKeyClash clash = NaturalKeyClash::Fail;
        Values values;
        QStringList ids;
    } m_batch;
};

} // namespace guichet
