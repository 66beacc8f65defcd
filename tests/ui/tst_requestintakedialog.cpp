// "New request" offscreen, keyboard only, on the demo city's knowledge base: the subject typed
// brings the competent service (the best suggestion, with its competence; another suggestion
// taken with Enter), the requester, consent and documents, Enter files → one request, its event
// and two outbox mutations, `filed` with its id; an invalid e-mail shows the error banner and
// writes nothing; the same requester on the same subject is a warning and "File anyway" files;
// every control is on the Tab path with an accessible name and distinct mnemonics.
#include "DemoTestContext.h"
#include "TestStore.h"
#include "appointments/TypeAheadComboBox.h"
#include "demo/DemoCity.h"
#include "repo/RequestRepository.h"
#include "requests/RequestCategoryList.h"
#include "requests/RequestIntakeDialog.h"
#include "requests/RequestIntakeForm.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace guichet;
using namespace guichet::testing;

namespace {

const QString kLighting = QStringLiteral("Service de l'éclairage public");

QWidget *focused()
{
    return QApplication::focusWidget();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

// ASCII only (QTest::keyClicks asserts on other characters): accented text goes through setText.
void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

// The mnemonic letter of a label or button text ("Ca&tegory" → 't'), or a null QChar.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

} // namespace

class TestRequestIntakeDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    QString m_site;
    QString m_agent;

    LocalStore &store() { return m_test->store(); }
    UiContext context() { return UiContext{store(), m_test->clock(), m_site, m_agent}; }
    qint64 count(const QString &table)
    {
        return sql::scalar(store().connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
    }
    static bool open(RequestIntakeDialog &dialog)
    {
        dialog.show();
        return QTest::qWaitForWindowActive(&dialog);
    }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<TestStore>();
        DemoContext demo = demoContextFor(*m_test);
        {
            Transaction transaction(store().connection());
            generateSitesAgentsServices(demo);
            generateCityArticles(demo);
            generateRequests(demo);
            transaction.commit();
        }
        store().notifyChanged(QStringLiteral("*"));
        m_site = demo.siteIds.first();
        m_agent = demo.agentIds.first();
        QVERIFY(!RequestCategoryList::builtIn().isEmpty()); // the data file is compiled in
    }

    void fillsFromTheKeyboardAndFiles()
    {
        RequestIntakeDialog dialog(context());
        QSignalSpy filed(&dialog, &RequestIntakeDialog::filed);
        QVERIFY(open(dialog));
        RequestIntakeForm *form = dialog.form();
        QCOMPARE(focused(), form->subjectField());
        QVERIFY(dialog.printReceiptRequested()); // checked by default

        type(QStringLiteral("Lampadaire en panne"));
        // The suggestions follow the subject as it is typed (after a short pause).
        QTRY_COMPARE(form->chosenService(), kLighting);
        QVERIFY(form->suggestionList()->count() >= 1);
        QVERIFY(form->suggestionList()->item(0)->text().startsWith(kLighting));
        QVERIFY2(form->serviceDetails()->text().contains(QLatin1String("City")), qPrintable(form->serviceDetails()->text()));
        QVERIFY(form->serviceDetails()->text().contains(QLatin1String("04 65 71 11 80")));

        press(Qt::Key_Tab);
        QVERIFY(focused() == form->categoryField() || focused() == form->categoryField()->lineEdit());
        form->categoryField()->setEditText(QStringLiteral("Éclairage public"));
        press(Qt::Key_Tab);
        QCOMPARE(focused(), form->descriptionField());
        type(QStringLiteral("Depuis trois jours, devant le 4."));
        press(Qt::Key_Return); // a new line in the description, not filing
        type(QStringLiteral("Rue dans le noir."));
        QCOMPARE(filed.count(), 0);

        press(Qt::Key_N, Qt::AltModifier); // the name's mnemonic
        QCOMPARE(focused(), form->nameField());
        type(QStringLiteral("VERNIER Odile"));
        press(Qt::Key_Tab);
        QCOMPARE(focused(), form->phoneField());
        type(QStringLiteral("0612345678"));
        QCOMPARE(form->phoneStatus()->text(), QStringLiteral("✓ 06 12 34 56 78"));
        press(Qt::Key_Tab);
        QCOMPARE(focused(), form->emailField());
        type(QStringLiteral("odile.vernier@example.org"));
        press(Qt::Key_Tab);
        QCOMPARE(focused(), form->addressField());
        type(QStringLiteral("4 rue Ney, 69006 Lyon"));
        press(Qt::Key_Tab);
        QCOMPARE(focused(), form->consentBox());
        press(Qt::Key_Space);
        QVERIFY(form->consentBox()->isChecked());
        press(Qt::Key_Tab);
        QCOMPARE(focused(), form->attachmentField());
        type(QStringLiteral("Photo du lampadaire, courriel du 12/11"));
        press(Qt::Key_Return); // adds the document, does not file
        type(QStringLiteral("COUR-2026-118"));
        press(Qt::Key_Return);
        QCOMPARE(form->attachmentList()->count(), 2);
        QCOMPARE(filed.count(), 0);
        type(QStringLiteral("to be removed"));
        press(Qt::Key_Return);
        form->attachmentList()->setFocus();
        form->attachmentList()->setCurrentRow(2);
        press(Qt::Key_Delete);
        QCOMPARE(form->attachmentList()->count(), 2);

        const qint64 requests = count(QStringLiteral("requests"));
        const qint64 outbox = count(QStringLiteral("outbox"));
        form->nameField()->setFocus();
        press(Qt::Key_Return); // Enter files
        QCOMPARE(filed.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(count(QStringLiteral("requests")), requests + 1);
        QCOMPARE(count(QStringLiteral("outbox")), outbox + 2);
        const QString id = filed.first().first().toString();
        QCOMPARE(id, dialog.filedRequestId());
        const std::optional<Request> stored = RequestRepository(store()).get(id);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->subject, QStringLiteral("Lampadaire en panne"));
        QCOMPARE(stored->category, QStringLiteral("Éclairage public"));
        QCOMPARE(stored->description, QStringLiteral("Depuis trois jours, devant le 4.\nRue dans le noir."));
        QCOMPARE(stored->channel, Request::Channel::Counter);
        QCOMPARE(stored->requesterName, QStringLiteral("VERNIER Odile"));
        QCOMPARE(stored->requesterPhone, QStringLiteral("06 12 34 56 78"));
        QCOMPARE(stored->requesterEmail, QStringLiteral("odile.vernier@example.org"));
        QCOMPARE(stored->requesterAddress, QStringLiteral("4 rue Ney, 69006 Lyon"));
        QVERIFY(stored->consent);
        QCOMPARE(stored->attachments, (QStringList{QStringLiteral("Photo du lampadaire, courriel du 12/11"),
                                                   QStringLiteral("COUR-2026-118")}));
        QCOMPARE(stored->competentService, kLighting);
        QCOMPARE(stored->competence, Competence::Ville);
        QVERIFY(stored->serviceContact.contains(QLatin1String("04 65 71 11 80")));
        QVERIFY(!stored->articleId.isEmpty());
        QCOMPARE(stored->siteId, m_site);
        QCOMPARE(stored->createdBy, m_agent);
        QCOMPARE(stored->events.size(), 1);
    }

    void anotherSuggestionIsTakenWithEnter()
    {
        RequestIntakeDialog dialog(context());
        QSignalSpy filed(&dialog, &RequestIntakeDialog::filed);
        QVERIFY(open(dialog));
        RequestIntakeForm *form = dialog.form();
        type(QStringLiteral("aide alimentaire RSA"));
        dialog.updateRouting();
        QVERIFY(form->routes().size() >= 2);
        const QString best = form->routes().first().service.name;
        const QString second = form->routes().at(1).service.name;
        QCOMPARE(form->chosenService(), best);
        QVERIFY(!form->serviceChosenByAgent());
        press(Qt::Key_G, Qt::AltModifier); // the suggestions' mnemonic
        QCOMPARE(focused(), form->suggestionList());
        press(Qt::Key_Down);
        press(Qt::Key_Return);
        QCOMPARE(form->chosenService(), second);
        QVERIFY(form->serviceChosenByAgent());
        QCOMPARE(filed.count(), 0); // Enter on a suggestion does not file
        // The agent's choice stays while the subject changes.
        form->subjectField()->setText(QStringLiteral("aide alimentaire d'urgence"));
        dialog.updateRouting();
        QCOMPARE(form->chosenService(), second);
        // The service by a few letters of its name.
        form->serviceField()->setFocus();
        type(QStringLiteral("voirie"));
        QCOMPARE(form->chosenService(), QStringLiteral("Métropole – service Voirie (signalements)"));
        QVERIFY(form->serviceDetails()->text().contains(QLatin1String("Metropolis")));
    }

    void anInvalidEmailIsShownAndNothingIsWritten()
    {
        RequestIntakeDialog dialog(context());
        QSignalSpy filed(&dialog, &RequestIntakeDialog::filed);
        QVERIFY(open(dialog));
        RequestIntakeForm *form = dialog.form();
        type(QStringLiteral("Tags sur la facade"));
        form->nameField()->setFocus();
        type(QStringLiteral("DELACROIX Paul"));
        form->emailField()->setFocus();
        type(QStringLiteral("paul.delacroix@"));
        const qint64 requests = count(QStringLiteral("requests"));
        const qint64 events = count(QStringLiteral("request_events"));
        const qint64 outbox = count(QStringLiteral("outbox"));
        press(Qt::Key_Return);
        QCOMPARE(filed.count(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("e-mail address “paul.delacroix@” is not valid")),
                 qPrintable(dialog.errorText()));
        QVERIFY(dialog.errorText().contains(QLatin1String("nothing was written")));
        QCOMPARE(focused(), form->emailField());
        QCOMPARE(count(QStringLiteral("requests")), requests);
        QCOMPARE(count(QStringLiteral("request_events")), events);
        QCOMPARE(count(QStringLiteral("outbox")), outbox);
        // Every error at once: no name, no subject either.
        form->nameField()->clear();
        form->subjectField()->clear();
        press(Qt::Key_Return);
        QVERIFY(dialog.errorText().contains(QLatin1String("name is missing")));
        QVERIFY(dialog.errorText().contains(QLatin1String("subject is missing")));
        QCOMPARE(focused(), form->nameField());
        // Corrected: filed, the banner gone.
        type(QStringLiteral("DELACROIX Paul"));
        form->subjectField()->setText(QStringLiteral("Tags sur la façade du 3 rue Mercière"));
        form->emailField()->setText(QStringLiteral("paul.delacroix@example.org"));
        form->emailField()->setFocus();
        press(Qt::Key_Return);
        QCOMPARE(filed.count(), 1);
        QCOMPARE(dialog.errorText(), QString());
        QCOMPARE(count(QStringLiteral("requests")), requests + 1);
    }

    void theSameRequesterOnTheSameSubjectIsAWarning()
    {
        Request first;
        first.channel = Request::Channel::Phone;
        first.requesterName = QStringLiteral("PELLEGRINI Aïcha");
        first.requesterPhone = QStringLiteral("07 62 34 56 78");
        first.subject = QStringLiteral("Nid-de-poule devant le 8 rue Duguesclin");
        const Request open1 = RequestRepository(store()).create(first, m_agent);

        // Typed quickly: the warning comes with the first Enter, the second files.
        {
            RequestIntakeDialog dialog(context());
            QSignalSpy filed(&dialog, &RequestIntakeDialog::filed);
            QVERIFY(open(dialog));
            RequestIntakeForm *form = dialog.form();
            type(QStringLiteral("Nid de poule rue Duguesclin"));
            form->nameField()->setFocus();
            form->nameField()->setText(QStringLiteral("Aïcha Pellegrini"));
            form->phoneField()->setFocus();
            type(QStringLiteral("+33 7 62 34 56 78")); // the same number, typed otherwise
            const qint64 requests = count(QStringLiteral("requests"));
            press(Qt::Key_Return);
            QCOMPARE(filed.count(), 0);
            QCOMPARE(count(QStringLiteral("requests")), requests);
            QVERIFY2(dialog.duplicateText().startsWith(
                         QStringLiteral("PELLEGRINI Aïcha already has an open request on this subject: %1 (due ")
                             .arg(open1.reference)),
                     qPrintable(dialog.duplicateText()));
            QCOMPARE(dialog.duplicates().size(), 1);
            QCOMPARE(dialog.fileButton()->text(), QStringLiteral("File any&way"));
            QCOMPARE(focused(), dialog.fileButton());
            press(Qt::Key_Return); // File anyway
            QCOMPARE(filed.count(), 1);
            QCOMPARE(count(QStringLiteral("requests")), requests + 1);
        }
        // Shown as it is typed: the agent sees it before filing; another subject clears it.
        {
            RequestIntakeDialog dialog(context());
            QVERIFY(open(dialog));
            RequestIntakeForm *form = dialog.form();
            form->subjectField()->setText(QStringLiteral("Poule"));
            form->subjectField()->setText(QStringLiteral("Trou : nid de poule, Duguesclin"));
            form->phoneField()->setText(QStringLiteral("0762345678"));
            form->nameField()->setText(QStringLiteral("A. Pellegrini"));
            QTRY_VERIFY(!dialog.duplicateText().isEmpty());
            QVERIFY(dialog.duplicateText().contains(QLatin1String("open requests on this subject"))); // two now
            form->subjectField()->setText(QStringLiteral("Inscription sur les listes électorales"));
            QTRY_COMPARE(dialog.duplicateText(), QString());
            QCOMPARE(dialog.fileButton()->text(), QStringLiteral("&File the request"));
        }
    }

    void escapeClosesWithoutFiling()
    {
        RequestIntakeDialog dialog(context());
        QSignalSpy filed(&dialog, &RequestIntakeDialog::filed);
        QVERIFY(open(dialog));
        type(QStringLiteral("Objet perdu"));
        const qint64 requests = count(QStringLiteral("requests"));
        press(Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(filed.count(), 0);
        QCOMPARE(count(QStringLiteral("requests")), requests);
        dialog.setPrintReceiptRequested(false);
        QVERIFY(!dialog.printReceiptRequested());
    }

    void everyControlIsOnTheTabPathWithANameAndAMnemonic()
    {
        RequestIntakeDialog dialog(UiContext{store(), m_test->clock(), m_site, m_agent});
        QVERIFY(open(dialog));
        dialog.form()->attachmentField()->setText(QStringLiteral("COUR-1"));
        dialog.form()->addAttachment(); // the Remove button is on the path with a document
        dialog.form()->subjectField()->setFocus();
        QSet<QString> reached;
        for (int i = 0; i < 40; ++i) {
            reached << focused()->objectName() << focused()->parentWidget()->objectName();
            press(Qt::Key_Tab);
        }
        for (const char *name : {"IntakeChannel", "IntakeSubject", "IntakeCategory", "IntakeDescription",
                                 "IntakeService", "IntakeSuggestions", "IntakeName", "IntakePhone", "IntakeEmail",
                                 "IntakeAddress", "IntakeConsent", "IntakeAttachment", "IntakeAddAttachment",
                                 "IntakeAttachments", "IntakeRemoveAttachment", "IntakePrintReceipt", "IntakeFile",
                                 "IntakeCancel"})
            QVERIFY2(reached.contains(QLatin1String(name)), name);
        QSet<QChar> mnemonics;
        for (QWidget *widget : dialog.findChildren<QWidget *>()) {
            const bool ownPart = widget->objectName().startsWith(QLatin1String("qt_"));
            if ((widget->focusPolicy() & Qt::TabFocus) != 0 && widget->isVisible() && !ownPart &&
                qobject_cast<QLineEdit *>(widget->parentWidget()) == nullptr &&
                qobject_cast<QComboBox *>(widget->parentWidget()) == nullptr)
                QVERIFY2(!widget->accessibleName().isEmpty(),
                         qPrintable(widget->objectName() + QLatin1Char(' ') +
                                    QLatin1String(widget->metaObject()->className())));
            QString text;
            if (auto *label = qobject_cast<QLabel *>(widget)) {
                text = label->text();
                if (!mnemonic(text).isNull())
                    QVERIFY2(label->buddy() != nullptr, qPrintable(text));
            } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                text = button->text();
            }
            const QChar letter = mnemonic(text);
            if (!letter.isNull()) {
                QVERIFY2(!mnemonics.contains(letter), qPrintable(text)); // each letter once
                mnemonics << letter;
            }
        }
        QVERIFY(mnemonics.size() >= 14);
        // The phone is checked as it is typed.
        dialog.form()->phoneField()->setText(QStringLiteral("06 12"));
        QVERIFY(dialog.form()->phoneStatus()->text().startsWith(QStringLiteral("✗ ")));
    }

    // A store without the knowledge base: no suggestion, no service to choose, filing still works.
    void filesWithoutAKnowledgeBase()
    {
        TestStore bare;
        RequestIntakeDialog dialog(bare.store(), bare.clock(), QString(), QString());
        QSignalSpy filed(&dialog, &RequestIntakeDialog::filed);
        QVERIFY(open(dialog));
        type(QStringLiteral("Nid de poule"));
        dialog.updateRouting();
        QVERIFY(dialog.form()->routes().isEmpty());
        QCOMPARE(dialog.form()->serviceField()->count(), 1); // "Not decided yet"
        dialog.form()->nameField()->setText(QStringLiteral("VERNIER Odile"));
        press(Qt::Key_Return);
        QCOMPARE(filed.count(), 1);
        QCOMPARE(RequestRepository(bare.store()).get(dialog.filedRequestId())->competentService, QString());
    }
};

QTEST_MAIN(TestRequestIntakeDialog)
#include "tst_requestintakedialog.moc"
