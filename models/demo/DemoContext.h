#pragma once

#include "core/Clock.h"
#include "core/Ids.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace guichet {

struct DemoOptions
{
    enum class Size { Small, Large };
    quint32 seed = 2026;
    Size size = Size::Small;
    QString kbDir;          // ../shared/data/kb when present: its fiches are imported too
};

// Shared by the demo generators. Everything a generator writes must follow from the seed and the
// clock's "today" only, so that the same seed on the same day gives the same city.
struct DemoContext
{
    DemoContext(QSqlDatabase database, const Clock &c, DemoOptions o, QDate day, QString nowStamp)
        : db(std::move(database)), clock(c), options(std::move(o)), today(day), stamp(std::move(nowStamp))
    {
    }

    QSqlDatabase db;        // inside the one transaction of the whole generation
    const Clock &clock;
    DemoOptions options;
    QDate today;            // in Europe/Paris
    QString stamp;          // updated_at of every demo record (the clock's now, ms)

    // Filled by the generators that run first (sites, agents, services), read by the others.
    QStringList siteIds;                 // Hôtel de Ville first, then the nine mairies
    QHash<QString, QString> siteIdByCode; // "HDV", "M1" … "M9"
    QStringList agentIds;
    QHash<QString, QString> agentHomeSite; // agent id → site id ("" for the substitute pool)
    QStringList serviceIds;
    QHash<QString, QString> serviceIdByCode;

    // A generator of its own per part, so that adding rows to one part does not shift another.
    // (Not qHash: Qt salts it per process, which would give another city at every run.)
    QRandomGenerator rngFor(const QString &part) const
    {
        quint32 hash = 2166136261U; // FNV-1a over the part's UTF-8
        for (const char byte : part.toUtf8()) {
            hash ^= quint8(byte);
            hash *= 16777619U;
        }
        const quint32 seeds[2] = {options.seed, hash};
        return QRandomGenerator(seeds, 2);
    }
    // A reproducible UUID for a generated record.
    QString idFor(const QString &kind, const QString &key) const
    {
        return stableId(kind, QString::number(options.seed) + QLatin1Char('/') + key);
    }
    bool large() const { return options.size == DemoOptions::Size::Large; }
};

} // namespace guichet
