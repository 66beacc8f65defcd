// The supervisors' editor of interpreter services, offscreen: the list (examples marked), a new
// service typed in the form and saved (with its outbox mutation), problems shown under their
// fields with nothing written and nothing typed lost, another service refused while changes are
// unsaved, deletion, every control named for screen readers, and an agent refused.
#include "DemoTestContext.h"
#include "TestStore.h"
#include "demo/DemoCity.h"
#include "interpreting/HoursEditor.h"
#include "interpreting/LanguageChecklist.h"
#include "interpreting/ProviderEditorDialog.h"
#include "interpreting/ProviderForm.h"
#include "repo/InterpreterRepository.h"
#include "repo/OutboxRepository.h"
#include "shell/ErrorBanner.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QApplication>
#include <QTest>
#include <QTimeEdit>

using namespace guichet;
using guichet::testing::TestStore;

class TestProviderEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    QHash<QString, QString> m_sites;
    LocalStore &store() { return m_test->store(); }
    int outbox() { return OutboxRepository(store()).count(); }

private slots:
    void initTestCase()
    {
        m_test = std::make_unique<TestStore>();
        DemoContext context = testing::demoContextFor(*m_test);
        Transaction transaction(store().connection());
        testing::insertBareSites(context,
                                 {QStringLiteral("HDV"), QStringLiteral("M1"), QStringLiteral("M2")});
        m_sites = context.siteIdByCode;
        sql::exec(store().connection(),
                  QStringLiteral(
                      "INSERT INTO agents (id, login, display_name, role, updated_at) VALUES "
                      "('sup', 'sup', 'Superviseure', 'supervisor', ?), ('ag', 'ag', 'Agent', 'agent', ?)"),
                  {context.stamp, context.stamp});
        generateInterpreterProviders(context);
        transaction.commit();
    }

    void agentIsRefused()
    {
        ProviderEditorDialog dialog(store(), QStringLiteral("ag"), nullptr);
        QVERIFY(!dialog.isAllowed());
        QVERIFY(dialog.refusal());
        QCOMPARE(dialog.refusal()->text(), ProviderEditorDialog::refusalText());
        QVERIFY(!dialog.form());
    }

    void listsServicesWithExamplesMarked()
    {
        ProviderEditorDialog dialog(store(), QStringLiteral("sup"), nullptr);
        QVERIFY(dialog.isAllowed());
        QVERIFY(!dialog.isModal());
        QCOMPARE(dialog.providerList()->count(), int(InterpreterRepository(store()).all().size()));
        for (int row = 0; row < dialog.providerList()->count(); ++row)
            QVERIFY(dialog.providerList()->item(row)->text().endsWith(QLatin1String("[Example]")));
        // The first service is in the form.
        QCOMPARE(dialog.currentId(), InterpreterRepository(store()).all().first().id);
        QCOMPARE(dialog.form()->nameEdit()->text(), InterpreterRepository(store()).all().first().name);
        QVERIFY(dialog.form()->exampleBox()->isChecked());
    }

    void everyControlHasAnAccessibleName()
    {
        ProviderEditorDialog dialog(store(), QStringLiteral("sup"), nullptr);
        dialog.form()->hoursEditor()->addRow();
        const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *w : widgets) {
            const bool control =
                qobject_cast<QPushButton *>(w) || qobject_cast<QCheckBox *>(w) ||
                qobject_cast<QComboBox *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
                qobject_cast<QTimeEdit *>(w) || qobject_cast<QListView *>(w) ||
                (qobject_cast<QLineEdit *>(w) && !qobject_cast<QAbstractSpinBox *>(w->parent()) &&
                 !qobject_cast<QComboBox *>(w->parent()));
            if (!control)
                continue;
            ++checked;
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(w->metaObject()->className()),
                                                            w->objectName())));
        }
        QVERIFY(checked > 20);
    }

    // The keyboard walks the whole form: Tab from the name reaches every field before Save.
    void tabWalksTheForm()
    {
        ProviderEditorDialog dialog(store(), QStringLiteral("sup"), nullptr);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.form()->nameEdit()->setFocus();
        QList<QWidget *> reached;
        for (int i = 0; i < 40 && !reached.contains(QApplication::focusWidget()); ++i) {
            reached << QApplication::focusWidget();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        for (QWidget *field : QList<QWidget *>{dialog.form()->kindBox(), dialog.form()->addressEdit(),
                                                dialog.form()->modeBox(InterpretingMode::Foreign),
                                                dialog.form()->modeBox(InterpretingMode::Transcription)})
            QVERIFY2(reached.contains(field), qPrintable(field->accessibleName()));
        const auto indexOf = [&reached](QWidget *w) { return reached.indexOf(w); };
        QVERIFY(indexOf(dialog.form()->kindBox()) < indexOf(dialog.form()->addressEdit()));
    }

    void typesAndSavesANewService()
    {
        ProviderEditorDialog dialog(store(), QStringLiteral("sup"), nullptr);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSignalSpy saved(&dialog, &ProviderEditorDialog::saved);
        const int queued = outbox();
        QTest::keyClick(&dialog, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(dialog.currentId().isEmpty());
        ProviderForm *form = dialog.form();
        QVERIFY(form->nameEdit()->hasFocus());
        QTest::keyClicks(form->nameEdit(), QStringLiteral("Inter Service Migrants"));
        form->kindBox()->setCurrentIndex(form->kindBox()->findData(int(InterpreterProvider::Kind::Phone)));
        QTest::keyClicks(form->addressEdit(), QStringLiteral("04 72 00 11 22"));
        QVERIFY(form->modeBox(InterpretingMode::Foreign)->isChecked()); // the default for a new service
        form->languages()->setFilterText(QStringLiteral("ukr"));
        QCOMPARE(form->languages()->list()->model()->rowCount(), 1);
        form->languages()->list()->setFocus();
        form->languages()->list()->setCurrentIndex(form->languages()->list()->model()->index(0, 0));
        QTest::keyClick(form->languages()->list(), Qt::Key_Space);
        form->languages()->setFilterText(QStringLiteral("arabe"));
        form->languages()->setCodeChecked(QStringLiteral("ar"), true);
        QCOMPARE(form->languages()->checked().size(), 2);
        const HoursEditor::Row hours = form->hoursEditor()->addRow(1, 5, QTime(9, 0), QTime(17, 30));
        Q_UNUSED(hours)
        form->sitesList()->item(1)->setCheckState(Qt::Checked);
        QVERIFY(form->isModified());

        QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(saved.count(), 1);
        const QString id = saved.first().first().toString();
        QCOMPARE(dialog.currentId(), id);
        QCOMPARE(outbox(), queued + 1);
        const InterpreterProvider stored = *InterpreterRepository(store()).get(id);
        QCOMPARE(stored.name, QStringLiteral("Inter Service Migrants"));
        QCOMPARE(QSet<QString>(stored.languages.cbegin(), stored.languages.cend()),
                 (QSet<QString>{QStringLiteral("uk"), QStringLiteral("ar")}));
        QCOMPARE(stored.hours.size(), 1);
        QCOMPARE(stored.hours.first().days, (QList<int>{1, 2, 3, 4, 5}));
        QCOMPARE(stored.hours.first().to, QTime(17, 30));
        QCOMPARE(stored.siteIds.size(), 1);
        QVERIFY(!stored.isExample);
        QVERIFY(!form->isModified());
        // A real service: listed first, without the example mark.
        QCOMPARE(dialog.providerList()->item(0)->text(), QStringLiteral("Inter Service Migrants"));
        QVERIFY(dialog.statusLabel()->text().contains(QLatin1String("next sync")));
    }

    void showsProblemsUnderTheirFieldsAndKeepsWhatWasTyped()
    {
        ProviderEditorDialog dialog(store(), QStringLiteral("sup"), nullptr);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(dialog.startNew());
        ProviderForm *form = dialog.form();
        form->kindBox()->setCurrentIndex(form->kindBox()->findData(int(InterpreterProvider::Kind::Video)));
        QTest::keyClicks(form->addressEdit(), QStringLiteral("http://visio.example.org"));
        const int queued = outbox();
        const qint64 providers = InterpreterRepository(store()).all().size();
        QVERIFY(!dialog.save());
        QCOMPARE(outbox(), queued);
        QCOMPARE(InterpreterRepository(store()).all().size(), providers);
        QVERIFY(dialog.errorBanner()->isVisible());
        QCOMPARE(form->problemText(ProviderCheck::Field::Name), QStringLiteral("Give the service a name."));
        QVERIFY(form->problemText(ProviderCheck::Field::Address).contains(QLatin1String("https://")));
        QVERIFY(form->problemText(ProviderCheck::Field::Languages).contains(QLatin1String("languages")));
        QVERIFY(form->problemText(ProviderCheck::Field::Modes).isEmpty());
        QVERIFY(form->nameEdit()->hasFocus()); // the first field with a problem
        QCOMPARE(form->addressEdit()->text(), QStringLiteral("http://visio.example.org"));

        // Unsaved changes: another service is not shown over them.
        const QString other = InterpreterRepository(store()).all().last().id;
        QVERIFY(!dialog.selectProvider(other));
        QVERIFY(dialog.currentId().isEmpty());
        QCOMPARE(form->addressEdit()->text(), QStringLiteral("http://visio.example.org"));
        // Escape warns once, and does not close.
        dialog.reject();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.errorBanner()->text().contains(QLatin1String("Escape again")));

        // Corrected: saved.
        QTest::keyClicks(form->nameEdit(), QStringLiteral("Visio LSF de la Ville"));
        form->addressEdit()->setText(QStringLiteral("https://visio.example.org/ville"));
        form->modeBox(InterpretingMode::Foreign)->setChecked(false);
        form->modeBox(InterpretingMode::Lsf)->setChecked(true);
        QVERIFY(dialog.save());
        QCOMPARE(outbox(), queued + 1);
        QVERIFY(form->problemText(ProviderCheck::Field::Name).isEmpty());
        QVERIFY(dialog.selectProvider(other));
        QCOMPARE(dialog.currentId(), other);
    }

    void editsAndDeletes()
    {
        ProviderEditorDialog dialog(store(), QStringLiteral("sup"), nullptr);
        dialog.setConfirmRemoval(false);
        const InterpreterProvider first = InterpreterRepository(store()).all().first();
        QVERIFY(dialog.selectProvider(first.id));
        dialog.form()->notesEdit()->setPlainText(QStringLiteral("Demander Mme Garcia"));
        QVERIFY(dialog.revertButton()->isEnabled());
        int queued = outbox();
        QVERIFY(dialog.save());
        QCOMPARE(outbox(), queued + 1);
        QCOMPARE(OutboxRepository(store()).pending(1000).last().operation, Mutation::Operation::Update);
        QCOMPARE(InterpreterRepository(store()).get(first.id)->notes, QStringLiteral("Demander Mme Garcia"));

        // Revert drops what was typed.
        dialog.form()->nameEdit()->setText(QStringLiteral("Typo"));
        dialog.form()->setModified(true);
        dialog.revert();
        QCOMPARE(dialog.form()->nameEdit()->text(), first.name);

        QSignalSpy removed(&dialog, &ProviderEditorDialog::removed);
        queued = outbox();
        const int listed = dialog.providerList()->count();
        QVERIFY(dialog.removeCurrent());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(outbox(), queued + 1);
        QCOMPARE(OutboxRepository(store()).pending(1000).last().operation, Mutation::Operation::Delete);
        QVERIFY(!InterpreterRepository(store()).get(first.id));
        QCOMPARE(dialog.providerList()->count(), listed - 1);
        QVERIFY(dialog.currentId() != first.id);
    }

    void followsTheStore()
    {
        ProviderEditorDialog dialog(store(), QStringLiteral("sup"), nullptr);
        const int listed = dialog.providerList()->count();
        InterpreterProvider p;
        p.name = QStringLiteral("Service ajouté ailleurs");
        p.kind = InterpreterProvider::Kind::Sip;
        p.address = QStringLiteral("sip:accueil@sip.example.org");
        p.modes = {InterpretingMode::Lsf};
        InterpreterRepository(store()).saveProvider(p, QStringLiteral("sup"));
        QCOMPARE(dialog.providerList()->count(), listed + 1);
    }

    void hoursComeBackAsRunsOfDays()
    {
        HoursEditor editor;
        editor.setHours({{{1, 3, 4, 6, 7}, QTime(9, 0), QTime(12, 0)}});
        // Wednesday–Thursday, and Saturday–Monday (over the week end): nothing lost.
        QCOMPARE(editor.rows().size(), 2);
        const QList<InterpreterProvider::Hours> hours = editor.hours();
        QCOMPARE(hours.size(), 2);
        QCOMPARE(hours.at(0).days, (QList<int>{3, 4}));
        QCOMPARE(hours.at(1).days, (QList<int>{1, 6, 7}));
        QCOMPARE(hours.at(1).from, QTime(9, 0));
        QCOMPARE(hours.at(1).to, QTime(12, 0));
        editor.setHours({});
        QVERIFY(editor.hours().isEmpty());
    }
};

QTEST_MAIN(TestProviderEditor)
#include "tst_providereditor.moc"
