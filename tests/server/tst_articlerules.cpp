// The server's rules on the knowledge base's synced records (issue 5, "Article life"), black box over
// HTTP on SQLite and PostgreSQL: only a supervisor writes articles and revisions, and never a
// Service-Public fiche; a revision number is taken once per article across the city; an agent keeps
// only their own favourites and gives feedback in their own name; only a supervisor resolves
// feedback, in their own name, without changing what the agent wrote. What is accepted reaches every
// counter of the city.
#include "ServerTestKit.h"

using namespace guichet;
using namespace guichet::test;

namespace {

QString outcome(const QJsonArray &results)
{
    return results.isEmpty() ? QStringLiteral("(no result)") : str(results.first().toObject(), "outcome");
}

qint64 versionOf(const QJsonArray &results)
{
    return results.isEmpty() ? 0 : num(results.first().toObject(), "version");
}

QString reason(const QJsonArray &results)
{
    return results.isEmpty() ? QString() : str(results.first().toObject(), "reason");
}

QJsonObject article(const QString &title, const QString &source = QStringLiteral("city"))
{
    return {{QStringLiteral("source"), source},
            {QStringLiteral("title"), title},
            {QStringLiteral("body"), QStringLiteral("Texte")},
            {QStringLiteral("body_format"), source == QLatin1String("city")
                                                ? QStringLiteral("markdown")
                                                : QStringLiteral("service-public")}};
}

QJsonObject revision(const QString &articleId, int number, const QString &editedBy, const QString &key = {})
{
    return {{QStringLiteral("article_id"), articleId},
            {QStringLiteral("revision"), number},
            {QStringLiteral("revision_key"),
             key.isEmpty() ? QStringLiteral("%1:%2").arg(articleId).arg(number) : key},
            {QStringLiteral("title"), QStringLiteral("Titre")},
            {QStringLiteral("body"), QStringLiteral("Texte")},
            {QStringLiteral("kind"), QStringLiteral("edit")},
            {QStringLiteral("edited_by"), editedBy},
            {QStringLiteral("edited_at"), nowStore()}};
}

QJsonObject favourite(const QString &agentId, const QString &articleId, const QString &pairKey = {})
{
    return {
        {QStringLiteral("agent_id"), agentId},
        {QStringLiteral("article_id"), articleId},
        {QStringLiteral("pair_key"), pairKey.isEmpty() ? agentId + QLatin1Char(':') + articleId : pairKey},
        {QStringLiteral("active"), 1},
        {QStringLiteral("created_at"), nowStore()},
        {QStringLiteral("favourited_at"), nowStore()}};
}

QJsonObject feedback(const QString &agentId, const QString &articleId)
{
    return {{QStringLiteral("article_id"), articleId},
            {QStringLiteral("agent_id"), agentId},
            {QStringLiteral("kind"), QStringLiteral("obsolete")},
            {QStringLiteral("comment"), QStringLiteral("Les horaires ont changé")},
            {QStringLiteral("created_at"), nowStore()}};
}

} // namespace

class TestArticleRules : public QObject
{
    Q_OBJECT

private slots:
    void knowledgeBaseRules_data() { addBackendRows(); }

    void knowledgeBaseRules()
    {
        GUICHET_FETCH_BACKEND(backendKind);
        TestCity city(backendKind);
        QVERIFY(city.start());
        const QString sam = city.server.addAgent(QStringLiteral("sam"), QStringLiteral("supervisor"),
                                                 QStringLiteral("T1"), TestCity::kPassword);
        QVERIFY(!sam.isEmpty());
        Device alice = city.device(QStringLiteral("alice"));
        Device bruno = city.device(QStringLiteral("bruno"));
        Device supervisor = city.device(QStringLiteral("sam"));
        QVERIFY(alice.isValid() && bruno.isValid() && supervisor.isValid());

        // Articles: an agent's device is refused, a supervisor's accepted; no Service-Public fiche.
        const QString articleId = newId();
        QCOMPARE(reason(alice.pushResults({alice.create(QStringLiteral("articles"), articleId,
                                                        article(QStringLiteral("Marchés")))})),
                 QStringLiteral("forbidden"));
        QCOMPARE(outcome(supervisor.pushResults({supervisor.create(QStringLiteral("articles"), articleId,
                                                                   article(QStringLiteral("Marchés")))})),
                 QStringLiteral("applied"));
        QCOMPARE(reason(alice.pushResults(
                     {alice.mutation(QStringLiteral("articles"), articleId, QStringLiteral("update"),
                                     {{QStringLiteral("title"), QStringLiteral("Faux")}}, 1)})),
                 QStringLiteral("forbidden"));
        QCOMPARE(reason(supervisor.pushResults({supervisor.create(
                     QStringLiteral("articles"), newId(),
                     article(QStringLiteral("Fiche"), QStringLiteral("service-public")))})),
                 QStringLiteral("forbidden"));

        // Revisions: signed by the pusher, numbered once per article across the city.
        QCOMPARE(reason(alice.pushResults({alice.create(QStringLiteral("article_versions"), newId(),
                                                        revision(articleId, 1, city.alice))})),
                 QStringLiteral("forbidden"));
        QCOMPARE(reason(supervisor.pushResults({supervisor.create(QStringLiteral("article_versions"), newId(),
                                                                  revision(articleId, 1, city.root))})),
                 QStringLiteral("forbidden"));
        QCOMPARE(reason(supervisor.pushResults(
                     {supervisor.create(QStringLiteral("article_versions"), newId(),
                                        revision(articleId, 1, sam, QStringLiteral("x:1")))})),
                 QStringLiteral("invalid"));
        QCOMPARE(outcome(supervisor.pushResults({supervisor.create(QStringLiteral("article_versions"),
                                                                   newId(), revision(articleId, 1, sam))})),
                 QStringLiteral("applied"));
        Device otherOffice = city.device(QStringLiteral("sam"));
        QCOMPARE(reason(otherOffice.pushResults({otherOffice.create(QStringLiteral("article_versions"),
                                                                    newId(), revision(articleId, 1, sam))})),
                 QStringLiteral("duplicate_key"));

        // Favourites: one's own only.
        const QString favouriteId = newId();
        const QJsonArray favoured = alice.pushResults({alice.create(
            QStringLiteral("article_favourites"), favouriteId, favourite(city.alice, articleId))});
        QCOMPARE(outcome(favoured), QStringLiteral("applied"));
        const qint64 favouriteVersion = versionOf(favoured);
        QCOMPARE(reason(alice.pushResults({alice.create(QStringLiteral("article_favourites"), newId(),
                                                        favourite(city.bruno, articleId))})),
                 QStringLiteral("forbidden"));
        QCOMPARE(reason(bruno.pushResults({bruno.mutation(
                     QStringLiteral("article_favourites"), favouriteId, QStringLiteral("update"),
                     {{QStringLiteral("active"), 0}}, favouriteVersion)})),
                 QStringLiteral("forbidden"));
        QCOMPARE(
            reason(bruno.pushResults({bruno.create(QStringLiteral("article_favourites"), newId(),
                                                   favourite(city.bruno, articleId, QStringLiteral("x")))})),
            QStringLiteral("invalid"));

        // Feedback: given in one's own name; resolved by a supervisor only, without rewriting it.
        const QString feedbackId = newId();
        QCOMPARE(reason(alice.pushResults({alice.create(QStringLiteral("article_feedback"), newId(),
                                                        feedback(city.bruno, articleId))})),
                 QStringLiteral("forbidden"));
        const QJsonArray given = alice.pushResults(
            {alice.create(QStringLiteral("article_feedback"), feedbackId, feedback(city.alice, articleId))});
        QCOMPARE(outcome(given), QStringLiteral("applied"));
        const qint64 feedbackVersion = versionOf(given);
        const QJsonObject resolved{{QStringLiteral("resolved_at"), nowStore()},
                                   {QStringLiteral("resolved_by"), sam}};
        QCOMPARE(
            reason(alice.pushResults({alice.mutation(QStringLiteral("article_feedback"), feedbackId,
                                                     QStringLiteral("update"), resolved, feedbackVersion)})),
            QStringLiteral("forbidden"));
        QCOMPARE(reason(supervisor.pushResults({supervisor.mutation(
                     QStringLiteral("article_feedback"), feedbackId, QStringLiteral("update"),
                     {{QStringLiteral("comment"), QStringLiteral("Rien")}}, feedbackVersion)})),
                 QStringLiteral("invalid"));
        QCOMPARE(
            reason(supervisor.pushResults({supervisor.mutation(
                QStringLiteral("article_feedback"), feedbackId, QStringLiteral("update"),
                {{QStringLiteral("resolved_at"), nowStore()}, {QStringLiteral("resolved_by"), city.root}},
                feedbackVersion)})),
            QStringLiteral("forbidden"));
        QCOMPARE(outcome(supervisor.pushResults(
                     {supervisor.mutation(QStringLiteral("article_feedback"), feedbackId,
                                          QStringLiteral("update"), resolved, feedbackVersion)})),
                 QStringLiteral("applied"));

        // Every counter of the city receives what was accepted (City scope), and nothing refused.
        const QList<QJsonObject> changes = bruno.pullAll();
        QCOMPARE(changesOf(changes, articleId).size(), 1);
        QCOMPARE(changesOf(changes, favouriteId).size(), 1);
        const QList<QJsonObject> task = changesOf(changes, feedbackId);
        QCOMPARE(task.size(), 1);
        const QJsonObject data = task.first().value(QLatin1String("data")).toObject();
        QCOMPARE(str(data, "resolved_by"), sam);
        QCOMPARE(str(data, "comment"), QStringLiteral("Les horaires ont changé"));
        QCOMPARE(str(changesOf(changes, articleId).first().value(QLatin1String("data")).toObject(), "title"),
                 QStringLiteral("Marchés"));
        int revisions = 0;
        for (const QJsonObject &change : changes)
            revisions += str(change, "entity") == QLatin1String("article_versions") ? 1 : 0;
        QCOMPARE(revisions, 1);
    }
};

QTEST_GUILESS_MAIN(TestArticleRules)
#include "tst_articlerules.moc"
