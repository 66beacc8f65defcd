#pragma once

#include "domain/Competence.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace guichet {

class LocalStore;

// A service a request can be sent to, as the knowledge base's "where to go" describes it.
struct CompetentService
{
    QString name;                             // "Métropole – service Voirie (signalements)"
    Competence competence = Competence::Autre; // who it answers to (Ville, Métropole, État, CCAS, other)
    QString address;
    QString hours;
    QString phone;
    QString articleId; // an article that sends visitors there (the first by title)

    bool isValid() const { return !name.isEmpty(); }
    // How to reach it, for the receipt and the request: "address · hours · phone" (empty parts
    // left out; empty when nothing is known).
    QString contact() const;
};

// The competent services this counter knows: the distinct services named by the "where to go"
// (referral) of the city's own non-deleted articles, with their competence, address, hours and
// phone. (The Service-Public fiches name national kinds of services — "Mairie ; Préfecture" —
// with no address: they are not services a request can be sent to.) When several articles name
// the same service, the most frequent competence and details win. Read once: a snapshot.
class ServiceDirectory
{
public:
    ServiceDirectory() = default; // empty: knows no service
    // Reads the store's articles (one statement). Throws StoreError.
    explicit ServiceDirectory(LocalStore &store);
    // A directory of the given services (tests, a server-side check).
    static ServiceDirectory fromServices(const QList<CompetentService> &services);

    // Sorted by name (accents and case ignored).
    QList<CompetentService> all() const { return m_services; }
    int size() const { return int(m_services.size()); }
    bool isEmpty() const { return m_services.isEmpty(); }

    // The service of that name, accents, case, spacing and punctuation ignored
    // ("ccas - accueil social" finds "CCAS – accueil social"); nullopt when unknown.
    std::optional<CompetentService> find(const QString &name) const;

    // The form names are compared in: folded words joined by one space.
    static QString key(const QString &name);

private:
    void index();

    QList<CompetentService> m_services;
    QHash<QString, int> m_byKey;
};

} // namespace guichet
