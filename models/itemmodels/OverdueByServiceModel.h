#pragma once

#include "domain/Request.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QList>
#include <QString>

namespace guichet {

class Clock;
class LocalStore;

// The supervisors' view of overdue requests: one row per competent service (the service, its
// competence, how many of its requests are overdue, the oldest due date, the longest delay in
// working days), the service's overdue requests as its children (reference, requester, subject,
// due date, working days late, status). Services with the most overdue requests first (then the
// longest delay, then by name); a service's requests most late first.
//
// Open means new, acknowledged or in progress; overdue means a due date before today in the
// city's time zone (the injected clock). Read through the requests_status_due index: only the
// overdue rows are visited, whatever the size of the store. Reloads when requests change.
//
// Columns are shared by both levels: a service row fills what it has (count in OverdueColumn,
// oldest due date in DueColumn, longest delay in LateColumn), a request row what it has.
class OverdueByServiceModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,       // service / reference
        DetailColumn,     // competence / requester
        OverdueColumn,    // number overdue / subject
        DueColumn,        // oldest due date / due date
        LateColumn,       // longest delay / working days late (working days)
        StatusColumn,     // — / status
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // a request's id (empty on a service row)
        ReferenceRole,
        IsServiceRole,     // bool
        ServiceRole,       // the competent service as stored ("" when none)
        CountRole,         // int: overdue requests of the service (1 on a request row)
        DueDateRole,       // QDate: the request's due date / the service's oldest
        WorkingDaysLateRole, // int: the request's / the service's longest
        StatusRole,        // the stored status name ("in_progress"); empty on a service row
    };

    struct OverdueRequest
    {
        QString id;
        QString reference;
        QString requesterName;
        QString subject;
        Request::Status status = Request::Status::New;
        QDate dueDate;
        int workingDaysLate = 0;
    };
    struct Service
    {
        QString name; // competent_service as stored; empty when none was given
        Request::Competence competence = Request::Competence::Ville;
        QList<OverdueRequest> requests; // most late first
        QDate oldestDue;
        int longestDelay = 0; // working days
    };

    // `clock` gives today; by default the store's.
    explicit OverdueByServiceModel(LocalStore &store, QObject *parent = nullptr);
    OverdueByServiceModel(LocalStore &store, const Clock &clock, QObject *parent = nullptr);

    void reload();

    QDate today() const { return m_today; }
    const QList<Service> &services() const { return m_services; }
    int totalOverdue() const { return m_total; }
    int longestDelay() const; // working days, over every service
    qint64 lastLoadMs() const { return m_loadMs; }

    // The request on `index` (a child row); empty when it is a service row.
    QString requestIdAt(const QModelIndex &index) const;
    // The service row of `service` (as stored), invalid when it has nothing overdue.
    QModelIndex serviceIndex(const QString &service) const;
    QModelIndex requestIndex(const QString &requestId) const;

    // Working days after `due` up to and including `today` (Saturdays, Sundays and French public
    // holidays do not count): a request due on Friday is 1 working day late on Monday.
    static int workingDaysLate(const QDate &due, const QDate &today);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void onStoreChanged(const QString &entity);
    QList<Service> load() const;
    QVariant serviceData(const Service &service, int column, int role) const;
    QVariant requestData(const OverdueRequest &request, int column, int role) const;

    LocalStore &m_store;
    const Clock &m_clock;
    QDate m_today;
    QList<Service> m_services;
    int m_total = 0;
    qint64 m_loadMs = 0;
};

} // namespace guichet
