#pragma once

#include <QString>

namespace guichet {

// Who handles what a visitor asks about: the visitor is sent there (DESIGN §3).
enum class Competence
{
    Ville,
    Metropole,
    Etat,
    Ccas,
    Autre
};

QString competenceToString(Competence competence);     // "ville", "metropole", … (the stored value)
// Unknown text gives Autre; `ok` (when given) tells whether the text was a known value.
Competence competenceFromString(const QString &text, bool *ok = nullptr);

} // namespace guichet
