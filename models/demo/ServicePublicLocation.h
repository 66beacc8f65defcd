#pragma once

#include <QString>

namespace guichet {

// Where the Service-Public fiches are (the folder holding service-public-fiches.jsonl), or an
// empty string: $GUICHET_KB_DIR, then ../shared/data/kb from the working folder, then the same
// beside each folder above the executable (a build tree inside the repository).
QString findServicePublicDir();

} // namespace guichet
