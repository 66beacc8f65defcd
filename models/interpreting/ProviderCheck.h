#pragma once

#include "domain/InterpreterProvider.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace guichet {

// What is wrong with an interpreter service a supervisor is about to save, one clear sentence per
// problem, each tied to the field it is about (so that a form can show it next to that field).
// Checked before anything is written (InterpreterRepository::saveProvider) and by the editor as
// the supervisor types. Nothing here reads the store: the caller passes the sites it knows.
class ProviderCheck
{
    Q_DECLARE_TR_FUNCTIONS(guichet::ProviderCheck)

public:
    enum class Field
    {
        Name,
        Kind,
        Address,
        Modes,
        Languages,
        Hours,
        Sites
    };

    struct Problem
    {
        Field field;
        QString message; // one sentence, for the supervisor (translated)
    };

    // The problems of `provider`, in the order of the form's fields; empty when it can be saved.
    // `knownSiteIds`: the sites of the city (a site id outside them is refused).
    static QList<Problem> check(const InterpreterProvider &provider, const QSet<QString> &knownSiteIds);

    // The problems as one message: their sentences, one after the other.
    static QString message(const QList<Problem> &problems);

    // The address as it will be stored: a phone number in its national (or international) written
    // form, anything else trimmed. Only meaningful when check() found no address problem.
    static QString normalizedAddress(InterpreterProvider::Kind kind, const QString &address);

    // One problem with the address for its kind, or an empty string when it fits.
    static QString addressProblem(InterpreterProvider::Kind kind, const QString &address);
    // What an address of this kind looks like, for a placeholder ("04 65 71 00 12", "https://…").
    static QString addressExample(InterpreterProvider::Kind kind);
};

} // namespace guichet
