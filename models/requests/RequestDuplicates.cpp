#include "requests/RequestDuplicates.h"

#include "core/TimeFormat.h"
#include "kb/KbText.h"
#include "repo/RequestRepository.h"
#include "store/LocalStore.h"
#include "store/Sql.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace guichet {

namespace {

const QString kOpen = QStringLiteral("deleted = 0 AND status NOT IN ('answered', 'closed')");

// Words of a request's subject that say nothing about what it is about.
bool isGenericWord(const QString &word)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *w : {"demande", "demander", "probleme", "question", "questions", "suivi", "information",
                              "informations", "renseignement", "renseignements", "besoin", "aide", "signalement",
                              "signaler", "chez", "moi", "nous", "devant", "depuis", "plus", "tres", "bien",
                              "mal", "jour", "jours", "fait", "avoir", "etre", "cette", "sans", "apres", "avant",
                              "encore", "toujours", "rue"})
            set.insert(QLatin1String(w));
        return set;
    }();
    return words.contains(word);
}

struct Candidate
{
    Request request;
    QString phoneKey;
};

// A row of RequestRepository::columns(), whose last column is requester_phone_key.
Candidate fromQuery(const QSqlQuery &q)
{
    return {RequestRepository::fromQuery(q), q.value(RequestRepository::kPhoneKeyColumn).toString()};
}

// "requester_name : "lefevre" AND requester_name : "helene"" (each word a quoted FTS5 string).
QString nameMatch(const QStringList &words)
{
    QStringList terms;
    for (const QString &word : words)
        terms << QStringLiteral("requester_name : \"%1\"").arg(QString(word).remove(QLatin1Char('"')));
    return terms.join(QStringLiteral(" AND "));
}

} // namespace

QStringList RequestDuplicates::significantWords(const QString &subject)
{
    QStringList words;
    for (const QString &word : kbtext::tokenize(subject)) {
        if (word.size() < 3 || kbtext::isStopWord(word) || isGenericWord(word))
            continue;
        bool digits = true;
        for (const QChar c : word)
            digits = digits && c.isDigit();
        if (digits)
            continue;
        const QString stem = kbtext::lightStem(word);
        if (!words.contains(stem))
            words << stem;
    }
    return words;
}

QStringList RequestDuplicates::nameWords(const QString &name)
{
    // "Mme Roux" is "ROUX": titles are not part of the name.
    static const QSet<QString> titles = {QStringLiteral("m"),        QStringLiteral("mme"),
                                         QStringLiteral("mlle"),     QStringLiteral("mr"),
                                         QStringLiteral("monsieur"), QStringLiteral("madame"),
                                         QStringLiteral("mademoiselle")};
    QStringList words;
    for (const QString &word : kbtext::tokenize(name))
        if (!titles.contains(word))
            words << word;
    std::sort(words.begin(), words.end());
    return words;
}

QString RequestDuplicates::requesterStatement()
{
    return QStringLiteral("SELECT %1 FROM requests WHERE %2 AND (requester_phone_key = ? OR requester_email = ? "
                          "OR requester_name = ? COLLATE NOCASE) LIMIT %3")
        .arg(RequestRepository::columns(), kOpen)
        .arg(kCandidates);
}

QString RequestDuplicates::nameStatement()
{
    return QStringLiteral("SELECT %1 FROM requests WHERE rowid IN (SELECT rowid FROM requests_fts WHERE "
                          "requests_fts MATCH ? LIMIT %3) AND %2")
        .arg(RequestRepository::columns(), kOpen)
        .arg(kCandidates * 4);
}

QList<RequestDuplicate> RequestDuplicates::find(const Request &draft, int limit) const
{
    if (limit <= 0)
        return {};
    const QString phoneKey = draft.requesterPhone.trimmed().isEmpty() ? QString() : draft.phoneKey();
    const QString email = draft.requesterEmail.trimmed().toLower();
    const QString name = draft.requesterName.simplified();
    const QStringList names = nameWords(name);
    const QStringList subjectWords = significantWords(draft.subject);
    const QString category = kbtext::fold(draft.category.simplified());
    if ((phoneKey.isEmpty() && email.isEmpty() && names.isEmpty()) || (subjectWords.isEmpty() && category.isEmpty()))
        return {};

    QSqlDatabase db = m_store.connection();
    QHash<QString, Candidate> candidates;
    if (!phoneKey.isEmpty() || !email.isEmpty() || !name.isEmpty()) {
        QSqlQuery q = sql::exec(db, requesterStatement(),
                                {sql::nullIfEmpty(phoneKey), sql::nullIfEmpty(email), sql::nullIfEmpty(name)});
        while (q.next()) {
            Candidate c = fromQuery(q);
            candidates.insert(c.request.id, c);
        }
    }
    // The same name with other accents, case or word order: the names' full-text index.
    if (!names.isEmpty()) {
        QSqlQuery q = sql::exec(db, nameStatement(), {nameMatch(names)});
        while (q.next()) {
            Candidate c = fromQuery(q);
            candidates.insert(c.request.id, c);
        }
    }

    QList<RequestDuplicate> found;
    for (const Candidate &c : std::as_const(candidates)) {
        RequestDuplicate d;
        if (!phoneKey.isEmpty() && c.phoneKey == phoneKey)
            d.sameRequester = RequestDuplicate::SameRequester::Phone;
        else if (!email.isEmpty() && c.request.requesterEmail.compare(email, Qt::CaseInsensitive) == 0)
            d.sameRequester = RequestDuplicate::SameRequester::Email;
        else if (!names.isEmpty() && nameWords(c.request.requesterName) == names)
            d.sameRequester = RequestDuplicate::SameRequester::Name;
        else
            continue;
        d.sameCategory = !category.isEmpty() && kbtext::fold(c.request.category.simplified()) == category;
        const QStringList theirs = significantWords(c.request.subject);
        for (const QString &word : subjectWords)
            if (theirs.contains(word))
                d.sharedWords << word;
        if (!d.sameCategory && d.sharedWords.isEmpty())
            continue;
        d.request = c.request;
        found << d;
    }
    std::sort(found.begin(), found.end(), [](const RequestDuplicate &a, const RequestDuplicate &b) {
        return a.request.createdAt != b.request.createdAt ? a.request.createdAt > b.request.createdAt
                                                          : a.request.id < b.request.id;
    });
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

} // namespace guichet
