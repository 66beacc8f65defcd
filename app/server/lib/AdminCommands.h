#pragma once

#include <QStringList>

namespace guichet::server {

// `guichet-server admin COMMAND …`: what a city's IT scripts (DESIGN §11). Each prints JSON with
// --json, exits 0 / 1 (one-line reason on stderr) / 2 (usage).
int runAdmin(const QStringList &arguments);

} // namespace guichet::server
