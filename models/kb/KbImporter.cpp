#include "kb/KbImporter.h"

#include "core/Ids.h"
#include "core/TimeFormat.h"
#include "kb/ServicePublicFiche.h"
#include "repo/ArticleWriter.h"
#include "store/LocalStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

namespace guichet {

namespace {

struct Known
{
    QString id;
    QString hash;
};

QHash<QString, Known> knownFiches(const QSqlDatabase &db)
{
    QHash<QString, Known> known;
    QSqlQuery q =
        sql::exec(db, QStringLiteral("SELECT external_id, id, json_extract(extra, '$.content_hash') "
                                     "FROM articles WHERE source = 'service-public'"));
    while (q.next())
        known.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
    return known;
}

} // namespace

KbImportReport KbImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::InvalidInput,
                         QCoreApplication::translate("guichet::KbImporter", "Cannot read %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));

    KbImportReport report;
    QSqlDatabase db = m_store.connection();
    const QString now = timefmt::toStoreMs(m_store.clock().nowUtc());
    {
        // One transaction for the whole file: a malformed line, a full disk or any other failure
        // rolls everything back, so the store never holds half an import.
        Transaction transaction(db);
        const QHash<QString, Known> known = knownFiches(db);
        QHash<QString, int> seenOnLine;
        ArticleWriter writer(db);
        int lineNumber = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            ++lineNumber;
            if (line.isEmpty())
                continue;
            ++report.lines;
            QString problem;
            std::optional<Article> article = ServicePublicFiche::parse(line, &problem);
            if (article && seenOnLine.contains(article->externalId))
                problem =
                    QCoreApplication::translate("guichet::KbImporter", "fiche %1 already appears on line %2")
                        .arg(article->externalId)
                        .arg(seenOnLine.value(article->externalId));
            if (!problem.isEmpty() || !article)
                throw StoreError(
                    StoreError::Kind::InvalidInput,
                    QCoreApplication::translate("guichet::KbImporter", "line %1: %2 (nothing was imported)")
                        .arg(lineNumber)
                        .arg(problem));
            seenOnLine.insert(article->externalId, lineNumber);
            article->updatedAt = now;

            const auto found = known.constFind(article->externalId);
            if (found == known.constEnd()) {
                article->id = stableId(QStringLiteral("article"),
                                       QStringLiteral("service-public/") + article->externalId);
                writer.insert(*article);
                ++report.inserted;
            } else if (found->hash != article->extra.value(ServicePublicFiche::HashKey).toString()) {
                article->id = found->id;
                writer.update(*article);
                ++report.updated;
            } else {
                ++report.unchanged;
            }
        }
        if (file.error() != QFileDevice::NoError)
            throw StoreError(
                StoreError::Kind::InvalidInput,
                QCoreApplication::translate("guichet::KbImporter", "Reading %1 failed after line %2: %3")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(lineNumber)
                    .arg(file.errorString()));
        transaction.commit();
    }
    if (report.inserted + report.updated > 0)
        m_store.notifyChanged(QStringLiteral("articles"));
    return report;
}

} // namespace guichet
