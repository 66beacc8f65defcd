#pragma once

#include <QList>

namespace guichet {

// Hand-written city articles of the demo (French, as a town hall writes them). Fields hold UTF-8;
// lists are separated by '|'. Phone numbers are in the ARCEP fiction range 04 65 71 xx xx.
struct DemoArticleSeed
{
    const char *key; // external id suffix: "V-<key>"
    const char *title;
    const char *summary;
    const char *competence; // ville, metropole, etat, ccas, autre
    const char *tags;
    const char *documents;
    const char *body;    // Markdown
    const char *service; // referral (where to send the visitor), may be ""
    const char *address;
    const char *hours;
    const char *phone;
    const char *related; // external ids ("F1342|V-cni-rdv")
};

// Local procedures handled by the city's counters (appointments, civil status, census…).
const QList<DemoArticleSeed> &demoProcedureSeeds();
// "Où orienter l'usager": who does what between Ville, Métropole, État, CCAS and others.
const QList<DemoArticleSeed> &demoReferralSeeds();

} // namespace guichet
