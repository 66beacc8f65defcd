// guichet-cli kb edit | verify | history | feedback | tasks | resolve: the life of the city's own
// articles (supervisors edit, verify and resolve; any agent gives feedback), as the agent signed in
// at this counter (login). Every change is written with its outbox mutation: `sync` sends it.
#include "CliRuntime.h"
#include "kb/ArticleEditing.h"
#include "kb/ArticleFeedback.h"
#include "kb/ArticleHistory.h"
#include "repo/ArticleRepository.h"
#include "repo/SyncStateRepository.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>

namespace guichet {

namespace {

QString signedInAgent(LocalStore &store)
{
    return SyncStateRepository(store).value(SyncStateRepository::CurrentAgent);
}

// An article by id or external id ("V-…", "F1342").
std::optional<Article> findArticle(LocalStore &store, const QString &key)
{
    ArticleRepository articles(store);
    if (auto byId = articles.get(key))
        return byId;
    return articles.getByExternalId(key);
}

QJsonObject articleJson(const Article &a, int revision)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("external_id"), a.externalId},
            {QStringLiteral("title"), a.title},
            {QStringLiteral("owner_agent_id"), a.ownerAgentId},
            {QStringLiteral("review_due"), a.reviewDue.toString(Qt::ISODate)},
            {QStringLiteral("verified_at"), a.verifiedAt.toString(Qt::ISODate)},
            {QStringLiteral("revision"), revision}};
}

QJsonObject feedbackJson(const ArticleFeedback &f)
{
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("article_id"), f.articleId},
            {QStringLiteral("article_title"), f.articleTitle},
            {QStringLiteral("owner_agent_id"), f.ownerAgentId},
            {QStringLiteral("agent_id"), f.agentId},
            {QStringLiteral("agent_name"), f.agentName},
            {QStringLiteral("kind"), ArticleFeedback::kindName(f.kind)},
            {QStringLiteral("comment"), f.comment},
            {QStringLiteral("created_at"), f.createdAt.toString(Qt::ISODate)},
            {QStringLiteral("resolved_at"),
             f.resolvedAt.isValid() ? f.resolvedAt.toString(Qt::ISODate) : QString()},
            {QStringLiteral("synced"), f.synced}};
}

int runEdit(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Creates (ID 'new') or changes a city article as the supervisor signed in: the article and a new "
        "revision, queued for the next sync. Service-Public fiches cannot be edited."));
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("The title."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption summary(QStringLiteral("summary"), QStringLiteral("The summary."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption body(QStringLiteral("body"), QStringLiteral("The Markdown body."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption bodyFile(QStringLiteral("body-file"),
                                      QStringLiteral("Read the Markdown body from FILE."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption reviewDue(QStringLiteral("review-due"),
                                       QStringLiteral("The review date (YYYY-MM-DD)."),
                                       QStringLiteral("DATE"));
    parser.addOptions({title, summary, body, bodyFile, reviewDue});
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QStringLiteral("The article (id or external id), or 'new'."));
    if (auto stop = runtime.parseArguments(parser, QStringLiteral("kb edit"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return runtime.usage(QStringLiteral("kb edit: give exactly one article ID (or 'new')"));
    LocalStore &store = runtime.store();
    const QString key = parser.positionalArguments().first();
    ArticleDraft draft;
    if (key != QLatin1String("new")) {
        const std::optional<Article> article = findArticle(store, key);
        if (!article)
            return runtime.fail(QStringLiteral("kb edit: no article '%1' in the local store").arg(key));
        draft = ArticleDraft::from(*article);
    } else if (!parser.isSet(title)) {
        return runtime.usage(QStringLiteral("kb edit new: --title is needed"));
    }
    if (parser.isSet(title))
        draft.title = parser.value(title);
    if (parser.isSet(summary))
        draft.summary = parser.value(summary);
    if (parser.isSet(body))
        draft.body = parser.value(body);
    if (parser.isSet(bodyFile)) {
        QFile file(parser.value(bodyFile));
        if (!file.open(QIODevice::ReadOnly))
            return runtime.fail(
                QStringLiteral("kb edit: cannot read %1: %2").arg(file.fileName(), file.errorString()));
        draft.body = QString::fromUtf8(file.readAll());
    }
    if (parser.isSet(reviewDue)) {
        draft.reviewDue = QDate::fromString(parser.value(reviewDue), Qt::ISODate);
        if (!draft.reviewDue.isValid())
            return runtime.usage(QStringLiteral("kb edit: --review-due takes a date YYYY-MM-DD"));
    }
    const SavedArticle saved = ArticleEditing(store).save(draft, signedInAgent(store));
    QJsonObject result = articleJson(saved.article, saved.revision);
    result.insert(QStringLiteral("changed"), saved.changed);
    return runtime.succeed(result, saved.changed
                                       ? QStringLiteral("%1: revision %2 saved, to be sent at the next sync")
                                             .arg(saved.article.title)
                                             .arg(saved.revision)
                                       : QStringLiteral("%1: nothing changed").arg(saved.article.title));
}

int runVerify(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Marks a city article verified today (supervisor): 'vérifié le' and the next review date."));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The article (id or external id)."));
    if (auto stop = runtime.parseArguments(parser, QStringLiteral("kb verify"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return runtime.usage(QStringLiteral("kb verify: give exactly one article ID"));
    LocalStore &store = runtime.store();
    const std::optional<Article> article = findArticle(store, parser.positionalArguments().first());
    if (!article)
        return runtime.fail(QStringLiteral("kb verify: no article '%1' in the local store")
                                .arg(parser.positionalArguments().first()));
    const Article verified = ArticleEditing(store).markVerified(article->id, signedInAgent(store));
    return runtime.succeed(articleJson(verified, ArticleHistory(store).latestRevision(verified.id)),
                           QStringLiteral("%1: verified, next review %2")
                               .arg(verified.title, verified.reviewDue.toString(Qt::ISODate)));
}

int runHistory(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The revisions of an article, newest first."));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The article (id or external id)."));
    if (auto stop = runtime.parseArguments(parser, QStringLiteral("kb history"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return runtime.usage(QStringLiteral("kb history: give exactly one article ID"));
    LocalStore &store = runtime.store();
    const std::optional<Article> article = findArticle(store, parser.positionalArguments().first());
    if (!article)
        return runtime.fail(QStringLiteral("kb history: no article '%1' in the local store")
                                .arg(parser.positionalArguments().first()));
    QJsonArray revisions;
    QStringList lines;
    for (const ArticleRevision &r : ArticleHistory(store).revisions(article->id)) {
        revisions.append(QJsonObject{{QStringLiteral("revision"), r.revision},
                                     {QStringLiteral("kind"), ArticleHistory::kindName(r.kind)},
                                     {QStringLiteral("title"), r.title},
                                     {QStringLiteral("edited_by"), r.editedBy},
                                     {QStringLiteral("edited_at"), r.editedAt.toString(Qt::ISODate)},
                                     {QStringLiteral("synced"), r.synced}});
        lines << QStringLiteral("%1  %2  %3  %4")
                     .arg(r.revision, 3)
                     .arg(r.editedAt.toString(Qt::ISODate), r.editedByName, r.title);
    }
    return runtime.succeed(
        {{QStringLiteral("article_id"), article->id}, {QStringLiteral("revisions"), revisions}},
        lines.isEmpty() ? QStringLiteral("No revision yet.") : lines.join(QLatin1Char('\n')));
}

int runFeedback(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Gives feedback on an article as the agent signed in: useful or obsolete, with a comment. Obsolete "
        "feedback, and any with a comment, is a review task for the article's owner. Offline too: it is "
        "sent at the next sync."));
    const QCommandLineOption useful(QStringLiteral("useful"), QStringLiteral("The article helped."));
    const QCommandLineOption obsolete(QStringLiteral("obsolete"),
                                      QStringLiteral("The article is out of date."));
    const QCommandLineOption comment(QStringLiteral("comment"), QStringLiteral("What to change."),
                                     QStringLiteral("TEXT"));
    parser.addOptions({useful, obsolete, comment});
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The article (id or external id)."));
    if (auto stop = runtime.parseArguments(parser, QStringLiteral("kb feedback"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return runtime.usage(QStringLiteral("kb feedback: give exactly one article ID"));
    if (parser.isSet(useful) == parser.isSet(obsolete))
        return runtime.usage(QStringLiteral("kb feedback: give either --useful or --obsolete"));
    LocalStore &store = runtime.store();
    const std::optional<Article> article = findArticle(store, parser.positionalArguments().first());
    if (!article)
        return runtime.fail(QStringLiteral("kb feedback: no article '%1' in the local store")
                                .arg(parser.positionalArguments().first()));
    const ArticleFeedbackService service(store);
    const QString id =
        service.give(article->id, signedInAgent(store),
                     parser.isSet(obsolete) ? ArticleFeedback::Kind::Obsolete : ArticleFeedback::Kind::Useful,
                     parser.value(comment));
    const ArticleFeedback given = *service.byId(id);
    QJsonObject result = feedbackJson(given);
    result.insert(QStringLiteral("review_task"), given.isReviewTask());
    return runtime.succeed(
        result, QStringLiteral("Feedback %1 on \"%2\"%3")
                    .arg(id, article->title,
                         given.isReviewTask() ? QStringLiteral(": a review task for its owner") : QString()));
}

int runTasks(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Open review tasks (obsolete feedback, or with a comment), oldest first."));
    const QCommandLineOption owner(QStringLiteral("owner"),
                                   QStringLiteral("Only those on articles AGENT_ID owns."),
                                   QStringLiteral("AGENT_ID"));
    const QCommandLineOption mine(QStringLiteral("mine"),
                                  QStringLiteral("Only those on the signed-in agent's articles."));
    parser.addOptions({owner, mine});
    if (auto stop = runtime.parseArguments(parser, QStringLiteral("kb tasks"), arguments))
        return *stop;
    LocalStore &store = runtime.store();
    const ArticleFeedbackService service(store);
    const QString ownerId = parser.isSet(mine) ? signedInAgent(store) : parser.value(owner);
    const QList<ArticleFeedback> tasks =
        ownerId.isEmpty() && !parser.isSet(mine) ? service.openTasks() : service.reviewTasksFor(ownerId);
    QJsonArray array;
    QStringList lines;
    for (const ArticleFeedback &task : tasks) {
        array.append(feedbackJson(task));
        lines << QStringLiteral("%1  %2  %3  %4")
                     .arg(task.id, ArticleFeedback::kindName(task.kind), task.articleTitle, task.comment);
    }
    return runtime.succeed({{QStringLiteral("tasks"), array}, {QStringLiteral("count"), int(tasks.size())}},
                           lines.isEmpty() ? QStringLiteral("No open review task.")
                                           : lines.join(QLatin1Char('\n')));
}

int runResolve(CliRuntime &runtime, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Closes a review task (supervisor), queued for the next sync."));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("What was done."),
                                  QStringLiteral("TEXT"));
    parser.addOption(note);
    parser.addPositionalArgument(QStringLiteral("TASK_ID"), QStringLiteral("The task (the feedback's id)."));
    if (auto stop = runtime.parseArguments(parser, QStringLiteral("kb resolve"), arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return runtime.usage(QStringLiteral("kb resolve: give exactly one TASK_ID"));
    LocalStore &store = runtime.store();
    const ArticleFeedbackService service(store);
    const QString id = parser.positionalArguments().first();
    service.resolve(id, signedInAgent(store), parser.value(note));
    return runtime.succeed(feedbackJson(*service.byId(id)), QStringLiteral("Review task %1 closed").arg(id));
}

} // namespace

// The article-life sub-commands of `kb`; nullopt when `sub` is not one of them.
std::optional<int> runKbArticleCommand(CliRuntime &runtime, const QString &sub, const QStringList &arguments)
{
    if (sub == QLatin1String("edit"))
        return runEdit(runtime, arguments);
    if (sub == QLatin1String("verify"))
        return runVerify(runtime, arguments);
    if (sub == QLatin1String("history"))
        return runHistory(runtime, arguments);
    if (sub == QLatin1String("feedback"))
        return runFeedback(runtime, arguments);
    if (sub == QLatin1String("tasks"))
        return runTasks(runtime, arguments);
    if (sub == QLatin1String("resolve"))
        return runResolve(runtime, arguments);
    return std::nullopt;
}

} // namespace guichet
