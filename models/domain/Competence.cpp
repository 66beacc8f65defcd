#include "domain/Competence.h"

namespace guichet {

QString competenceToString(Competence competence)
{
    switch (competence) {
    case Competence::Ville:
        return QStringLiteral("ville");
    case Competence::Metropole:
        return QStringLiteral("metropole");
    case Competence::Etat:
        return QStringLiteral("etat");
    case Competence::Ccas:
        return QStringLiteral("ccas");
    case Competence::Autre:
        break;
    }
    return QStringLiteral("autre");
}

Competence competenceFromString(const QString &text, bool *ok)
{
    if (ok)
        *ok = true;
    if (text == QLatin1String("ville"))
        return Competence::Ville;
    if (text == QLatin1String("metropole"))
        return Competence::Metropole;
    if (text == QLatin1String("etat"))
        return Competence::Etat;
    if (text == QLatin1String("ccas"))
        return Competence::Ccas;
    if (ok)
        *ok = text == QLatin1String("autre");
    return Competence::Autre;
}

} // namespace guichet
