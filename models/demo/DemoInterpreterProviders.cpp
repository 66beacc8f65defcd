#include "demo/DemoCity.h"

namespace guichet {

// STUB: replaced by the real generator.
void generateInterpreterProviders(DemoContext &) {}

} // namespace guichet
