#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace guichet {

class LocalStore;
class RecordWriter;

// A change made at this counter to a synced record: the local row and its outbox mutation, both
// written on `db` inside the caller's transaction (DESIGN §4: one transaction for both). The
// caller commits, then calls LocalStore::notifyChanged. Throws StoreError.
class LocalChange
{
public:
    LocalChange(LocalStore &store, const QSqlDatabase &db);
    ~LocalChange();
    LocalChange(const LocalChange &) = delete;
    LocalChange &operator=(const LocalChange &) = delete;

    // A new record: `record` holds every column the counter sets (id included, in the columns'
    // names; JSON lists and objects as their compact text). Written with version 0 and
    // updated_at = now; the "create" mutation carries the record without version and updated_at.
    void create(const QString &entity, const QJsonObject &record);

    // The columns in `changes` of record `id`, made on the version the row has now; updated_at
    // becomes now. Nothing is written when `changes` is empty. Throws when no row has `id`.
    void update(const QString &entity, const QString &id, const QJsonObject &changes);

    // Soft-deletes record `id` (deleted = 1, updated_at = now) with a "delete" mutation made on the
    // version the row has now. Throws when no row has `id`.
    void remove(const QString &entity, const QString &id);

private:
    LocalStore &m_store;
    QSqlDatabase m_db;
    std::unique_ptr<RecordWriter> m_writer;
};

} // namespace guichet
