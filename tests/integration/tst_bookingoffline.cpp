// Two counters book the same slot while neither has synced (issue 4), through guichet-cli against
// a real demo server (SQLite and PostgreSQL): after both sync, exactly one booking is confirmed
// ("booked" at both counters), the other is refused "slot_full" and waits in the second counter's
// "À traiter" with what the agent typed; the slot then shows as full at both counters, and the
// server holds one booking in it. The "done when" end to end: a counter that lost the
// server books the earliest slot across all sites, hands over the slip ("to be confirmed"), and
// once the server is back the visitor gets exactly one confirmation SMS (fake gateway) and the
// counter sees it sent. Bad input at the command line changes nothing.
#include "ExternalTool.h"
#include "FakeSmsGateway.h"
#include "IntegrationFixture.h"
#include "ProcessRun.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace guichet::test;

namespace {

// The store's sync_conflicts rows: entity_id → reason.
QMap<QString, QString> conflictsOf(const QString &storePath)
{
    QMap<QString, QString> conflicts;
    const QString name = QStringLiteral("conflicts-%1").arg(qHash(storePath));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(storePath);
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT entity_id, reason FROM sync_conflicts WHERE resolved_at IS NULL"));
            while (query.next())
                conflicts.insert(query.value(0).toString(), query.value(1).toString());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return conflicts;
}

QJsonObject appointmentIn(const CliClient &counter, const QString &date, const QString &id)
{
    const CliClient::Run day = counter.run({QStringLiteral("appointments"), QStringLiteral("list"),
                                            QStringLiteral("--site"), QStringLiteral("M2"), QStringLiteral("--date"), date});
    for (const QJsonValue &value : day.json().value(QLatin1String("appointments")).toArray())
        if (value.toObject().value(QLatin1String("id")).toString() == id)
            return value.toObject();
    return {};
}

} // namespace

class TestBookingOffline : public QObject
{
    Q_OBJECT

private slots:
    void sameSlotOnTwoCounters_data() { addBackendRows(); }

    void sameSlotOnTwoCounters()
    {
        GUICHET_REQUIRE_KEYRING();
        QFETCH(int, backend);
        if (static_cast<Backend>(backend) == Backend::Postgres)
            GUICHET_REQUIRE_PG();
        auto server = startDemoServer(backend);
        QVERIFY2(server, "the demo server did not start");
        QVERIFY(!server->addAgent(QStringLiteral("lea.m2"), QStringLiteral("agent"), QStringLiteral("M2"), kPassword).isEmpty());
        QVERIFY(!server->addAgent(QStringLiteral("marc.m2"), QStringLiteral("agent"), QStringLiteral("M2"), kPassword).isEmpty());
        QTemporaryDir dir;
        const CliClient a(dir.filePath(QStringLiteral("a.sqlite")));
        const CliClient b(dir.filePath(QStringLiteral("b.sqlite")));
        for (const auto &[counter, login] : {std::pair{&a, QStringLiteral("lea.m2")}, std::pair{&b, QStringLiteral("marc.m2")}}) {
            QVERIFY(counter->init());
            QVERIFY(counter->login(server->url(), login, kPassword));
            const CliClient::Run first = counter->sync();
            QVERIFY2(first.exitCode == 0, first.err.constData());
        }

        // The earliest free slot of M2 for an identity card (one counter there: capacity 1),
        // as both counters see it before either books.
        const QStringList slotsArgs{QStringLiteral("slots"), QStringLiteral("--site"), QStringLiteral("M2"),
                                    QStringLiteral("--service"), QStringLiteral("CNI-PASSEPORT"), QStringLiteral("--limit"),
                                    QStringLiteral("1")};
        const QJsonObject seenByA = a.run(slotsArgs).json().value(QLatin1String("slots")).toArray().first().toObject();
        const QJsonObject seenByB = b.run(slotsArgs).json().value(QLatin1String("slots")).toArray().first().toObject();
        QVERIFY(!seenByA.isEmpty());
        QCOMPARE(seenByA, seenByB);
        QCOMPARE(seenByA.value(QLatin1String("capacity")).toInt(), 1);
        const QString start = seenByA.value(QLatin1String("local_start")).toString();
        const QString date = start.left(10);

        auto book = [&](const CliClient &counter, const QString &name, const QString &phone) {
            return counter.run({QStringLiteral("book"), QStringLiteral("--site"), QStringLiteral("M2"), QStringLiteral("--service"),
                                QStringLiteral("CNI-PASSEPORT"), QStringLiteral("--start"), start, QStringLiteral("--name"), name,
                                QStringLiteral("--phone"), phone});
        };
        const CliClient::Run first = book(a, QStringLiteral("Amina Benali"), QStringLiteral("06 12 34 56 78"));
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const CliClient::Run second = book(b, QStringLiteral("Jean Petit"), QStringLiteral("07 98 76 54 32"));
        QVERIFY2(second.exitCode == 0, second.err.constData());
        const QString firstId = first.json().value(QLatin1String("id")).toString();
        const QString secondId = second.json().value(QLatin1String("id")).toString();
        QCOMPARE(first.json().value(QLatin1String("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(second.json().value(QLatin1String("status")).toString(), QStringLiteral("pending"));
        // Locally the slot is now full at A: the engine counts the unsent booking.
        const QJsonArray afterA = a.run(slotsArgs).json().value(QLatin1String("slots")).toArray();
        QVERIFY(afterA.isEmpty() || afterA.first().toObject().value(QLatin1String("local_start")).toString() != start);

        QCOMPARE(a.sync().exitCode, 0);
        const CliClient::Run bSync = b.sync();
        QCOMPARE(bSync.exitCode, 0);
        QCOMPARE(bSync.json().value(QLatin1String("rejected")).toInt(), 1);
        QCOMPARE(a.sync().exitCode, 0);

        // A's booking confirmed at both counters; B's refused, kept in "À traiter" at B.
        QCOMPARE(appointmentIn(a, date, firstId).value(QLatin1String("status")).toString(), QStringLiteral("booked"));
        QCOMPARE(appointmentIn(b, date, firstId).value(QLatin1String("status")).toString(), QStringLiteral("booked"));
        QVERIFY(appointmentIn(a, date, secondId).isEmpty());
        QVERIFY(appointmentIn(b, date, secondId).isEmpty()); // marked deleted, kept for "À traiter"
        const QMap<QString, QString> conflicts = conflictsOf(b.storePath());
        QCOMPARE(conflicts.value(secondId), QStringLiteral("slot_full"));
        QVERIFY(conflictsOf(a.storePath()).isEmpty());
        // The slot is full for both now.
        for (const CliClient *counter : {&a, &b}) {
            const QJsonArray now = counter->run(slotsArgs).json().value(QLatin1String("slots")).toArray();
            QVERIFY(now.isEmpty() || now.first().toObject().value(QLatin1String("local_start")).toString() != start);
        }
        // Same digests of the synced appointments at both counters (they serve the same site).
        QCOMPARE(digests(a).value(QLatin1String("appointments")), digests(b).value(QLatin1String("appointments")));
    }

    void offlineBookingGetsItsConfirmationSms_data() { addBackendRows(); }

    void offlineBookingGetsItsConfirmationSms()
    {
        GUICHET_REQUIRE_KEYRING();
        QFETCH(int, backend);
        if (static_cast<Backend>(backend) == Backend::Postgres)
            GUICHET_REQUIRE_PG();
        FakeSmsGateway gateway;
        QVERIFY(gateway.start());
        qputenv("GUICHET_SMS_TOKEN", "integration-token");
        const QStringList sms{QStringLiteral("--sms-gateway"), gateway.url().toString(),
                              QStringLiteral("--sms-interval"), QStringLiteral("1")};
        ServerProcess server(static_cast<Backend>(backend));
        QVERIFY(server.start(QStringList{QStringLiteral("--demo"), QStringLiteral("--kb-dir"),
                                         QStringLiteral("/nonexistent")} +
                             sms));
        QVERIFY(!server.addAgent(QStringLiteral("sub.agent"), QStringLiteral("agent"), QStringLiteral("M3"), kPassword)
                     .isEmpty());
        QTemporaryDir dir;
        const CliClient laptop(dir.filePath(QStringLiteral("laptop.sqlite")));
        QVERIFY(laptop.init());
        QVERIFY(laptop.login(server.url(), QStringLiteral("sub.agent"), kPassword));
        QCOMPARE(laptop.sync().exitCode, 0);

        // The network goes: the counter books the earliest slot of any site.
        server.stop();
        QVERIFY(laptop.sync().exitCode != 0);
        const CliClient::Run found = laptop.run({QStringLiteral("slots"), QStringLiteral("--service"),
                                                 QStringLiteral("CNI-PASSEPORT"), QStringLiteral("--limit"),
                                                 QStringLiteral("3")});
        QCOMPARE(found.exitCode, 0);
        const QJsonArray earliest = found.json().value(QLatin1String("slots")).toArray();
        QVERIFY(!earliest.isEmpty());
        const QJsonObject slot = earliest.first().toObject();
        for (const QJsonValue &other : earliest) // earliest first, whatever the site
            QVERIFY(other.toObject().value(QLatin1String("starts_at")).toString() >=
                    slot.value(QLatin1String("starts_at")).toString());
        const CliClient::Run booked = laptop.run(
            {QStringLiteral("book"), QStringLiteral("--site"), slot.value(QLatin1String("site_code")).toString(),
             QStringLiteral("--service"), QStringLiteral("CNI-PASSEPORT"), QStringLiteral("--start"),
             slot.value(QLatin1String("local_start")).toString(), QStringLiteral("--name"),
             QStringLiteral("Awa Diallo"), QStringLiteral("--phone"), QStringLiteral("06 71 23 45 67")});
        QVERIFY2(booked.exitCode == 0, booked.err.constData());
        const QString id = booked.json().value(QLatin1String("id")).toString();
        const QString reference = booked.json().value(QLatin1String("reference")).toString();
        QCOMPARE(booked.json().value(QLatin1String("status")).toString(), QStringLiteral("pending"));

        // The slip handed over says it is still to be confirmed, with the reference.
        const QString pdf = dir.filePath(QStringLiteral("slip.pdf"));
        const CliClient::Run slip =
            laptop.run({QStringLiteral("appointments"), QStringLiteral("slip"), id, QStringLiteral("--pdf"), pdf});
        QVERIFY2(slip.exitCode == 0, slip.err.constData());
        if (guichet::test::missingProgram(QStringLiteral("/usr/bin/pdftotext"), QStringLiteral("poppler-utils")).isEmpty()) {
            const guichet::testing::ProcessRun text = guichet::testing::runProcess(QStringLiteral("/usr/bin/pdftotext"),
                                                                 {pdf, QStringLiteral("-")});
            const QString words = QString::fromUtf8(text.out).normalized(QString::NormalizationForm_KC).simplified();
            QVERIFY2(words.contains(reference) && words.contains(QStringLiteral("À confirmer")), qPrintable(words));
        }
        QCOMPARE(gateway.count(), 0);

        // The server comes back: the booking is confirmed and the visitor gets one SMS.
        QVERIFY(restartOnSamePort(server, sms));
        const CliClient::Run back = laptop.sync();
        QVERIFY2(back.exitCode == 0, back.err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(gateway.count() >= 1, 30000);
        QTest::qWait(2500); // a few more runs of the scheduler add nothing
        // One confirmation, to the normalised number, with the reference and nothing about the
        // visitor; a reminder too only when the slot is within the reminder window (48 hours).
        QStringList texts;
        for (const FakeSmsGateway::Request &request : gateway.requests()) {
            QCOMPARE(request.to, QStringLiteral("+33671234567"));
            QVERIFY2(request.text.contains(reference), qPrintable(request.text));
            QVERIFY(!request.text.contains(QStringLiteral("Diallo")));
            texts << request.text;
        }
        const bool soon = QDateTime::fromString(slot.value(QLatin1String("starts_at")).toString(), Qt::ISODate) <
                          QDateTime::currentDateTimeUtc().addSecs(48 * 3600);
        QCOMPARE(texts.size(), soon ? 2 : 1);
        QCOMPARE(texts.filter(QStringLiteral("RDV confirmé")).size(), 1);
        QCOMPARE(texts.filter(QStringLiteral("Rappel RDV")).size(), soon ? 1 : 0);

        // The counter sees it confirmed; the counters of the booked site see the SMS sent (a
        // booking for another site is that site's: later changes reach its counters).
        QCOMPARE(laptop.sync().exitCode, 0);
        const QString siteCode = slot.value(QLatin1String("site_code")).toString();
        const QString date = slot.value(QLatin1String("local_start")).toString().left(10);
        const auto mineAt = [&](const CliClient &counter) {
            const CliClient::Run day =
                counter.run({QStringLiteral("appointments"), QStringLiteral("list"), QStringLiteral("--site"),
                             siteCode, QStringLiteral("--date"), date});
            for (const QJsonValue &value : day.json().value(QLatin1String("appointments")).toArray())
                if (value.toObject().value(QLatin1String("id")).toString() == id)
                    return value.toObject();
            return QJsonObject();
        };
        QCOMPARE(mineAt(laptop).value(QLatin1String("status")).toString(), QStringLiteral("booked"));
        QVERIFY(!server.addAgent(QStringLiteral("site.agent"), QStringLiteral("agent"), siteCode, kPassword).isEmpty());
        const CliClient counter(dir.filePath(QStringLiteral("counter.sqlite")));
        QVERIFY(counter.init());
        QVERIFY(counter.login(server.url(), QStringLiteral("site.agent"), kPassword));
        QCOMPARE(counter.sync().exitCode, 0);
        const QJsonObject there = mineAt(counter);
        QCOMPARE(there.value(QLatin1String("status")).toString(), QStringLiteral("booked"));
        QCOMPARE(there.value(QLatin1String("confirmation_sms")).toString(), QStringLiteral("sent"));
        QCOMPARE(there.value(QLatin1String("reference")).toString(), reference);
        qunsetenv("GUICHET_SMS_TOKEN");
    }

    void badInputChangesNothing()
    {
        QTemporaryDir dir;
        const CliClient counter(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(counter.run({QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--no-kb")}).exitCode == 0);
        const int outbox = counter.outboxLength();
        const QJsonObject before = digests(counter);
        const QList<QPair<QStringList, int>> attempts = {
            {{QStringLiteral("book"), QStringLiteral("--site"), QStringLiteral("M2"), QStringLiteral("--service"), QStringLiteral("CNI-PASSEPORT"),
              QStringLiteral("--start"), QStringLiteral("2020-01-07T09:00"), QStringLiteral("--name"), QStringLiteral("X")}, 1},
            {{QStringLiteral("book"), QStringLiteral("--site"), QStringLiteral("M99"), QStringLiteral("--service"), QStringLiteral("CNI-PASSEPORT"),
              QStringLiteral("--start"), QStringLiteral("2030-01-08T09:00"), QStringLiteral("--name"), QStringLiteral("X")}, 1},
            {{QStringLiteral("book"), QStringLiteral("--site"), QStringLiteral("M2"), QStringLiteral("--service"), QStringLiteral("NOPE"),
              QStringLiteral("--start"), QStringLiteral("2030-01-08T09:00"), QStringLiteral("--name"), QStringLiteral("X")}, 1},
            {{QStringLiteral("book"), QStringLiteral("--site"), QStringLiteral("M2"), QStringLiteral("--service"), QStringLiteral("CNI-PASSEPORT"),
              QStringLiteral("--start"), QStringLiteral("demain 9h"), QStringLiteral("--name"), QStringLiteral("X")}, 1},
            {{QStringLiteral("book"), QStringLiteral("--site"), QStringLiteral("M2"), QStringLiteral("--service"), QStringLiteral("CNI-PASSEPORT"),
              QStringLiteral("--start"), QStringLiteral("2030-01-08T09:00"), QStringLiteral("--name"), QStringLiteral("X"),
              QStringLiteral("--phone"), QStringLiteral("06 12")}, 1},
            {{QStringLiteral("book"), QStringLiteral("--site"), QStringLiteral("M2")}, 2},
            {{QStringLiteral("slots"), QStringLiteral("--service"), QStringLiteral("CNI-PASSEPORT"), QStringLiteral("--from"), QStringLiteral("31/12")}, 2},
            {{QStringLiteral("appointments"), QStringLiteral("cancel"), QStringLiteral("RDV-NOTHERE")}, 1},
        };
        for (const auto &[arguments, expected] : attempts) {
            const CliClient::Run run = counter.run(arguments);
            QVERIFY2(run.exitCode == expected, qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(" → ") +
                                                          QString::number(run.exitCode)));
            QVERIFY2(!run.err.trimmed().isEmpty(), qPrintable(arguments.join(QLatin1Char(' '))));
            QVERIFY2(!run.err.trimmed().contains('\n') || expected == 2, run.err.constData());
        }
        QCOMPARE(counter.outboxLength(), outbox);
        QCOMPARE(digests(counter), before);
    }
};

QTEST_GUILESS_MAIN(TestBookingOffline)
#include "tst_bookingoffline.moc"
