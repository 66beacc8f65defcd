// The written conversation (models/visitor/ConversationTranscript): turns in memory, time-stamped
// by the injected clock and written in the site's zone; blank turns are refused; the plain text
// attached to a request; clear() forgets everything.
#include "core/Clock.h"
#include "visitor/ConversationTranscript.h"

#include <QSignalSpy>
#include <QTest>

using namespace guichet;
using Speaker = ConversationTranscript::Speaker;

class TestConversationTranscript : public QObject
{
    Q_OBJECT

private slots:
    void turnsAreKeptInOrderWithTheirTime()
    {
        FixedClock clock(QDateTime(QDate(2026, 6, 2), QTime(8, 32), QTimeZone::utc()));
        ConversationTranscript transcript(clock);
        QSignalSpy added(&transcript, &ConversationTranscript::turnAdded);
        QVERIFY(transcript.isEmpty());

        QVERIFY(transcript.add(Speaker::Agent, QStringLiteral("Bonjour, que puis-je faire pour vous ?")));
        clock.advanceSecs(75);
        QVERIFY(transcript.add(Speaker::Visitor, QStringLiteral("  I lost my ID card \n")));
        QVERIFY(!transcript.add(Speaker::Agent, QStringLiteral(" \t ")));

        QCOMPARE(added.size(), 2);
        QCOMPARE(added.at(1).at(0).value<qsizetype>(), qsizetype(1));
        QCOMPARE(transcript.size(), 2);
        QCOMPARE(transcript.turns().at(1).speaker, Speaker::Visitor);
        QCOMPARE(transcript.turns().at(1).text, QStringLiteral("I lost my ID card"));
        QCOMPARE(transcript.turns().at(1).atUtc, QDateTime(QDate(2026, 6, 2), QTime(8, 33, 15), QTimeZone::utc()));
        // Paris is UTC+2 in June: the agent reads the counter's time.
        QCOMPARE(transcript.toPlainText(),
                 QStringLiteral("10:32 Agent: Bonjour, que puis-je faire pour vous ?\n10:33 Visitor: I lost my ID card"));
    }

    void notesAreCutBetweenTurns()
    {
        FixedClock clock(QDateTime(QDate(2026, 6, 2), QTime(8, 32), QTimeZone::utc()));
        ConversationTranscript transcript(clock);
        QVERIFY(transcript.toNotes(100).isEmpty());
        transcript.add(Speaker::Agent, QString(30, QLatin1Char('a')));   // "10:32 Agent: " + 30 = 43
        transcript.add(Speaker::Visitor, QString(30, QLatin1Char('b'))); // "10:32 Visitor: " + 30 = 45
        transcript.add(Speaker::Agent, QString(150, QLatin1Char('c')));  // longer than a note
        const QStringList notes = transcript.toNotes(100);
        // The first two turns fit together (43 + 1 + 45); the long one is cut in two.
        QCOMPARE(notes.size(), 3);
        QCOMPARE(notes.at(0), transcript.toPlainText().section(QLatin1Char('\n'), 0, 1));
        for (const QString &note : notes)
            QVERIFY(note.size() <= 100);
        // Nothing is lost: put back together, the notes are the conversation.
        QCOMPARE(notes.at(0) + QLatin1Char('\n') + notes.at(1) + notes.at(2), transcript.toPlainText());
    }

    void anotherZone()
    {
        FixedClock clock(QDateTime(QDate(2026, 1, 15), QTime(13, 5), QTimeZone::utc()));
        ConversationTranscript transcript(clock, QTimeZone("America/Cayenne"));
        transcript.add(Speaker::Visitor, QStringLiteral("Bonjour"));
        QCOMPARE(transcript.toPlainText(), QStringLiteral("10:05 Visitor: Bonjour"));
    }

    void clearForgetsEverything()
    {
        FixedClock clock(QDateTime(QDate(2026, 6, 2), QTime(8, 0), QTimeZone::utc()));
        ConversationTranscript transcript(clock);
        transcript.add(Speaker::Agent, QStringLiteral("Bonjour"));
        QSignalSpy cleared(&transcript, &ConversationTranscript::cleared);
        transcript.clear();
        QCOMPARE(cleared.size(), 1);
        QVERIFY(transcript.isEmpty());
        QCOMPARE(transcript.toPlainText(), QString());
    }
};

QTEST_GUILESS_MAIN(TestConversationTranscript)
#include "tst_conversationtranscript.moc"
