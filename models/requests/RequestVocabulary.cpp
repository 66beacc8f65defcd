#include "requests/RequestVocabulary.h"

#include "kb/KbText.h"
#include "kb/KbVocabulary.h"
#include "store/Sql.h"

#include <QHash>
#include <QSqlQuery>

#include <memory>

namespace guichet {

namespace {

struct CachedVocabulary
{
    KbVocabulary words;
    qint64 lastRowid = 0;
};

// One connection per thread (DESIGN §4): the cache is the thread's own.
QHash<QString, std::shared_ptr<CachedVocabulary>> &cache()
{
    thread_local QHash<QString, std::shared_ptr<CachedVocabulary>> vocabularies;
    return vocabularies;
}

} // namespace

const KbVocabulary &RequestVocabulary::of(const QSqlDatabase &db)
{
    const QString key = db.connectionName() + QLatin1Char('\n') + db.databaseName();
    const qint64 lastRowid =
        sql::scalar(db, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM requests")).toLongLong();
    std::shared_ptr<CachedVocabulary> &entry = cache()[key];
    if (!entry || lastRowid < entry->lastRowid) {
        entry = std::make_shared<CachedVocabulary>();
        entry->words.load(db, QStringLiteral("requests_fts_vocab"));
        entry->lastRowid = lastRowid;
    } else if (lastRowid > entry->lastRowid) {
        QSqlQuery added = sql::exec(db,
                                    QStringLiteral("SELECT requester_name, subject, requester_address FROM requests "
                                                   "WHERE rowid > ? AND deleted = 0"),
                                    {entry->lastRowid});
        QStringList words;
        while (added.next())
            for (int column = 0; column < 3; ++column)
                words << kbtext::tokenize(added.value(column).toString());
        entry->words.add(words);
        entry->lastRowid = lastRowid;
    }
    return entry->words;
}

void RequestVocabulary::clear()
{
    cache().clear();
}

} // namespace guichet
