#pragma once

#include "demo/DemoContext.h"

namespace guichet {

// Part of generateSitesAgentsServices: the services (motifs) with their documents to bring, and
// the schedules on which each site offers them. Needs context.siteIds / siteIdByCode filled.
void generateDemoServicesAndSchedules(DemoContext &context);

} // namespace guichet
