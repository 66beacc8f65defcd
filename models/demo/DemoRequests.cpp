#include "demo/DemoCity.h"

namespace guichet {

// STUB: replaced by the real generator.
void generateRequests(DemoContext &) {}

} // namespace guichet
