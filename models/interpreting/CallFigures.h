#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace guichet {

class LocalStore;

// The supervisors' figures on interpreter calls (call_logs): over a range of days — each call
// counted on its day at its site, in the site's time zone (Europe/Paris unless the site says
// otherwise) — and at one site or all of them, how many calls, how many minutes in all, the
// median length of the calls that reached someone, and the share of calls that reached someone
// (outcome "done"), grouped by language, mode, site, provider or outcome.
class CallFigures
{
public:
    enum class Grouping
    {
        Language,
        Mode,
        Site,
        Provider,
        Outcome
    };

    struct Query
    {
        QDate from;     // first day, included (invalid: no lower bound)
        QDate to;       // last day, included (invalid: no upper bound)
        QString siteId; // empty: every site
        Grouping grouping = Grouping::Language;
    };

    struct Group
    {
        QString key;  // language code, mode / outcome name, site / provider id ("" when none)
        QString name; // the site's or the provider's name as stored ("" otherwise, or when unknown)
        int calls = 0;
        int reached = 0; // outcome "done"
        qint64 totalSeconds = 0;
        double medianSeconds = 0; // of the calls that reached someone (0 when none did)

        double totalMinutes() const { return double(totalSeconds) / 60.0; }
        double medianMinutes() const { return medianSeconds / 60.0; }
        double reachedShare() const { return calls > 0 ? double(reached) / double(calls) : 0.0; }
    };

    struct Result
    {
        Query query;
        QList<Group> groups; // most calls first, then by key
        Group total;         // every call of the range (key and name empty)
    };

    explicit CallFigures(LocalStore &store)
        : m_store(store)
    {}

    Result compute(const Query &query) const;

    static QString groupingName(Grouping grouping); // "language", "mode", "site", "provider", "outcome"
    static Grouping groupingFromName(const QString &name, bool *ok = nullptr);
    static QList<Grouping> groupings();

private:
    LocalStore &m_store;
};

} // namespace guichet
