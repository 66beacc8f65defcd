#include "demo/DemoCity.h"

namespace guichet {

// STUB: replaced by the real generator.
void generateSitesAgentsServices(DemoContext &) {}

} // namespace guichet
