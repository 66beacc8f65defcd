#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace guichet {

// A change made at this counter, waiting in the outbox to be pushed to the server. It is written
// in the same local transaction as the change it carries, and is idempotent: the server applies
// `mutationId` once and answers a replay with the stored result.
struct Mutation
{
    enum class Operation { Create, Update, Delete };

    qint64 seq = 0;            // per-device sequence number (the outbox's order)
    QString mutationId;        // UUID
    QString entity;            // table name: "appointments", "requests", "request_events", …
    QString entityId;
    Operation operation = Operation::Update;
    QJsonObject payload;       // the fields that changed (create: the whole record)
    qint64 baseVersion = 0;    // the record's version this change was made on
    QDateTime createdAt;
    int attempts = 0;
    QString lastError;

    static QString operationName(Operation op);
    static Operation operationFromName(const QString &name);
};

} // namespace guichet
