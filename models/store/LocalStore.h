#pragma once

#include "core/Clock.h"
#include "store/Migrations.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

namespace guichet {

// The counter's local SQLite store: one file, one owner. Hands every thread its own connection
// (WAL, foreign keys on, synchronous=FULL so that a committed outbox mutation survives a power
// cut), migrates the schema at open, checks integrity, and recovers a damaged file by moving it
// aside and starting afresh with the outbox (and the device identity) salvaged from it.
class LocalStore : public QObject
{
    Q_OBJECT

public:
    enum class IntegrityCheck { Full, Quick, Skip };

    struct OpenReport
    {
        bool created = false;            // the file did not exist
        int migrationsApplied = 0;
        int schemaVersion = 0;
        bool recovered = false;          // the file was damaged and rebuilt
        QString movedAsidePath;          // where the damaged file now is
        int outboxSalvaged = 0;          // mutations carried over into the new store
        bool salvageFailed = false;      // the damaged file could not be read at all
    };

    explicit LocalStore(QString path, Clock &clock = SystemClock::instance(), QObject *parent = nullptr);
    ~LocalStore() override;

    // Opens (creating the file and its folder if needed), checks integrity and migrates.
    // Throws StoreError with a message for the agent or IT (newer store, read-only, disk full…).
    OpenReport open(IntegrityCheck check = IntegrityCheck::Quick);
    OpenReport open(IntegrityCheck check, const std::vector<Migration> &migrations);

    // Runs PRAGMA quick_check / integrity_check on this thread's connection; true when "ok".
    bool checkIntegrity(IntegrityCheck check, QString *problem = nullptr) const;

    // This thread's connection (created on first use, closed when the thread finishes).
    QSqlDatabase connection() const;

    QString path() const { return m_path; }
    Clock &clock() const { return m_clock; }
    int schemaVersion() const;

    // Repositories call this after a commit; views and the status bar refresh on `changed`.
    void notifyChanged(const QString &entity);

    // The default location: QStandardPaths::AppDataLocation/guichet.sqlite.
    static QString defaultPath();

    // A check that found damage while the store was in use asks for a repair at the next open:
    // open() then runs a full integrity check (and the recovery, if needed) whatever it was asked.
    static void requestRepair(const QString &path, const QString &problem);
    static bool repairRequested(const QString &path);
    static QString repairMarkerPath(const QString &path);

signals:
    void changed(const QString &entity);

private:
    OpenReport openChecked(IntegrityCheck check, const std::vector<Migration> &migrations);
    QSqlDatabase openConnection(const QString &name) const;
    void closeAllConnections();
    void ensureWritableLocation() const;
    OpenReport recover(const QString &problem, const std::vector<Migration> &migrations);

    QString m_path;
    Clock &m_clock;
    mutable QMutex m_mutex;
    mutable QHash<Qt::HANDLE, QString> m_connections;
};

} // namespace guichet
