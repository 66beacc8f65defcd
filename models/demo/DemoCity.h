#pragma once

#include "demo/DemoContext.h"

#include <QMap>
#include <QString>

namespace guichet {

class LocalStore;

// Fills an empty store with the demo city (a Lyon-like city: Hôtel de Ville and nine
// arrondissement mairies), then imports the Service-Public fiches when options.kbDir has them.
class DemoCity
{
public:
    struct Report
    {
        QMap<QString, qint64> rows;      // rows written per table
        int fichesImported = 0;
        QString fichesSkippedReason;     // why no fiche was imported, when none was
    };

    explicit DemoCity(LocalStore &store) : m_store(store) {}

    // Throws StoreError when the store already has sites (a demo goes into an empty store only).
    Report generate(const DemoOptions &options);

private:
    LocalStore &m_store;
};

// The parts, in the order DemoCity runs them. Each lives in its own file under models/demo/.
void generateSitesAgentsServices(DemoContext &context);   // sites, closures, agents, devices, services, schedules
void generateAppointments(DemoContext &context);          // three months around today (200,000 when large)
void generateCityArticles(DemoContext &context);          // ~100 of the city's own (50,000 in all when large)
void generateRequests(DemoContext &context);              // ~2,000 with their events (1,000,000 when large)
void generateInterpreterProviders(DemoContext &context);  // demo entries, marked as examples

} // namespace guichet
