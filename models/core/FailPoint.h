#pragma once

namespace guichet::failpoint {

// Crash-test hooks. When the environment variable GUICHET_FAILPOINT names this point ("name", or
// "name:N" for its N-th passage), the process kills itself with SIGKILL right there — exactly what
// a `kill -9` or a power cut at that step does. The failure tests use it to prove that nothing is
// lost or applied twice whichever step a sync dies at. Without the variable it costs one cached
// check.
void hit(const char *name);

} // namespace guichet::failpoint
