// The booking dialog offscreen, driven with the keyboard only (QTest key clicks, no mouse): the
// reason by a few letters, the earliest slot across sites, the visitor, Enter from field to field
// and Book → one appointment "to be confirmed" and one outbox mutation, the slip as PDF and the
// .ics; an invalid phone keeps the dialog open with the error and writes nothing; the same visitor
// nearby is a warning and a second Enter books; a refusal is shown in the dialog and keeps what
// was typed; a slot taken meanwhile leaves the list; Escape closes; every field is on the Tab path
// with an accessible name; moving an appointment. With GUICHET_UI_SCREENSHOTS=DIR, the filled
// dialog is also saved as DIR/booking-dialog.png (and booked: booking-dialog-booked.png).
#include "BookingFixture.h"
#include "TestStore.h"
#include "appointments/BookingDialog.h"
#include "appointments/VisitorForm.h"
#include "booking/BookingService.h"
#include "domain/AppointmentStatusLabel.h"
#include "itemmodels/FreeSlotListModel.h"
#include "repo/AppointmentRepository.h"
#include "repo/OutboxRepository.h"
#include "sms/SmsSegments.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;
using guichet::testing::BookingFixture;
using guichet::testing::TestStore;

namespace {

const QDate kMonday(2026, 11, 23); // the TestStore's clock: Monday 23 November 2026, 09:00 Paris
const QDate kTuesday(2026, 11, 24);

template<typename T>
T *child(const QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

void saveShot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("GUICHET_UI_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name);
    if (!widget.grab().save(path))
        qWarning("could not save %s", qPrintable(path));
}

} // namespace

class TestBookingDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    std::unique_ptr<BookingFixture> m_city;

    LocalStore &store() { return m_test->store(); }
    UiContext context() { return UiContext{store(), m_test->clock(), m_city->site1, m_city->agent}; }
    int outboxCount() { return OutboxRepository(store()).count(); }
    int appointmentCount() { return m_city->count(QStringLiteral("appointments")); }
    Appointment bookDirectly(const QTime &time, const QString &name, const QString &phone = {})
    {
        BookingRequest request;
        request.siteId = m_city->site1;
        request.serviceId = m_city->service;
        request.startsAt = BookingFixture::paris(kTuesday, time);
        request.visitorName = name;
        request.visitorPhone = phone;
        return BookingService(store(), m_test->clock()).book(request, m_city->agent);
    }

    bool open(BookingDialog &dialog)
    {
        dialog.show();
        return QTest::qWaitForWindowActive(&dialog);
    }
    // The reason by three letters, Enter: the slot list, its first slot current.
    void chooseReasonAndFirstSlot(BookingDialog &dialog)
    {
        QCOMPARE(focused(), child<QComboBox>(dialog, "BookingReason"));
        type(QStringLiteral("pas"));
        QCOMPARE(child<QComboBox>(dialog, "BookingReason")->currentData().toString(), m_city->service);
        press(Qt::Key_Return);
        QCOMPARE(focused(), dialog.slotList());
        QCOMPARE(dialog.chosenSlot().siteId, m_city->site1);
        QCOMPARE(dialog.chosenSlot().startsAt, BookingFixture::paris(kMonday, QTime(11, 0)));
    }
    // Enter on the slot: the visitor's name; the name, Enter: the phone.
    void typeVisitor(BookingDialog &dialog, const QString &name, const QString &phone)
    {
        press(Qt::Key_Return);
        QCOMPARE(focused(), dialog.visitorForm()->nameField());
        type(name);
        press(Qt::Key_Return);
        QCOMPARE(focused(), dialog.visitorForm()->phoneField());
        type(phone);
    }

private slots:
    void init()
    {
        m_test = std::make_unique<TestStore>();
        m_city = std::make_unique<BookingFixture>(store());
        m_city->addDefaultSchedules();
    }
    void cleanup()
    {
        m_city.reset();
        m_test.reset();
    }

    void booksTheEarliestSlotWithTheKeyboard()
    {
        BookingDialog dialog(context());
        QVERIFY(open(dialog));
        auto *preview = child<QLabel>(dialog, "BookingSmsPreview");
        QVERIFY(dialog.visitorForm()->smsText().isEmpty()); // no slot yet
        chooseReasonAndFirstSlot(dialog);
        QVERIFY(child<QLabel>(dialog, "BookingChosenSlot")->text().contains(QStringLiteral("11:00–11:15")));
        QCOMPARE(child<QComboBox>(dialog, "BookingSiteFilter")->currentData().toString(), QString()); // all sites
        typeVisitor(dialog, QStringLiteral("Amina Benali"), QStringLiteral("06 12 34 56 78"));

        // The phone as it will be stored, fit for the SMS; the SMS exactly as it will go.
        QVERIFY2(child<QLabel>(dialog, "VisitorPhoneStatus")->text().contains(QStringLiteral("06 12 34 56 78")),
                 qPrintable(child<QLabel>(dialog, "VisitorPhoneStatus")->text()));
        auto *sms = child<QCheckBox>(dialog, "BookingSmsOptIn");
        QVERIFY(sms->isEnabled() && sms->isChecked());
        const QString draft = preview->text();
        QVERIFY2(draft.contains(QStringLiteral("RDV-XXXXXXXX")) && draft.contains(QStringLiteral("11h00")) &&
                     draft.contains(QStringLiteral("Mairie du 1er")) && draft.contains(QStringLiteral("23/11/2026")),
                 qPrintable(draft));
        const SmsSegments segments = SmsSegments::measure(draft);
        const QString count = child<QLabel>(dialog, "BookingSmsCount")->text();
        QVERIFY2(count.startsWith(QStringLiteral("%1 character(s), %2 SMS").arg(segments.characters).arg(segments.segments)),
                 qPrintable(count));

        press(Qt::Key_Return); // e-mail: none
        QCOMPARE(focused(), dialog.visitorForm()->emailField());
        press(Qt::Key_Return); // the language, by its French name
        QCOMPARE(focused()->objectName(), QStringLiteral("VisitorLanguage"));
        type(QStringLiteral("arabe"));
        QCOMPARE(dialog.visitorForm()->languageCode(), QStringLiteral("ar"));
        press(Qt::Key_Return);
        QCOMPARE(focused()->objectName(), QStringLiteral("VisitorInterpreter"));
        press(Qt::Key_Space);
        QVERIFY(child<QCheckBox>(dialog, "VisitorInterpreter")->isChecked());
        press(Qt::Key_Return);
        press(Qt::Key_Return);
        press(Qt::Key_Return);
        QCOMPARE(focused(), sms);
        saveShot(dialog, QStringLiteral("booking-dialog.png"));
        QCOMPARE(appointmentCount(), 0);
        press(Qt::Key_Return); // the last field: Book

        const Appointment booked = dialog.appointment();
        QVERIFY2(booked.isValid(), qPrintable(dialog.messageText()));
        QCOMPARE(booked.status, Appointment::Status::Pending);
        QCOMPARE(booked.visitorName, QStringLiteral("Amina Benali"));
        QCOMPARE(booked.visitorPhone, QStringLiteral("+33612345678"));
        QCOMPARE(booked.visitorLanguage, QStringLiteral("ar"));
        QVERIFY(booked.needs.interpreter && !booked.needs.signLanguage && !booked.needs.wheelchair);
        QVERIFY(booked.smsOptIn);
        QCOMPARE(booked.startsAt, BookingFixture::paris(kMonday, QTime(11, 0)));
        QCOMPARE(booked.bookedBy, m_city->agent);
        QCOMPARE(appointmentCount(), 1);
        QCOMPARE(outboxCount(), 1);
        QCOMPARE(OutboxRepository(store()).pending(10).first().entityId, booked.id);
        QCOMPARE(AppointmentRepository(store()).byId(booked.id).status, Appointment::Status::Pending);

        // Shown "to be confirmed", with the reference; the SMS with it; the slip offered.
        QCOMPARE(dialog.messageKind(), BookingDialog::Message::Done);
        QVERIFY(dialog.messageText().contains(appointmentStatusLabel(Appointment::Status::Pending)));
        QVERIFY(dialog.messageText().contains(booked.reference));
        QVERIFY(preview->text().contains(booked.reference));
        auto *print = child<QPushButton>(dialog, "BookingPrint");
        QVERIFY(print->isVisible());
        QCOMPARE(focused(), print);
        QVERIFY(child<QPushButton>(dialog, "BookingPdf")->isVisible());
        QVERIFY(child<QPushButton>(dialog, "BookingIcs")->isVisible());
        QVERIFY(!child<QPushButton>(dialog, "BookingConfirm")->isVisible());
        saveShot(dialog, QStringLiteral("booking-dialog-booked.png"));

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("slip.pdf"));
        dialog.savePdf(pdf);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5).startsWith("%PDF"));
        QVERIFY(dialog.messageText().contains(QStringLiteral("slip.pdf")));
        const QString ics = dir.filePath(QStringLiteral("rdv.ics"));
        dialog.exportIcs(ics);
        QFile icsFile(ics);
        QVERIFY(icsFile.open(QIODevice::ReadOnly));
        const QByteArray calendar = icsFile.readAll();
        QVERIFY(calendar.startsWith("BEGIN:VCALENDAR"));
        QVERIFY(calendar.contains(booked.reference.toUtf8()));

        press(Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(appointmentCount(), 1);
    }

    void anInvalidPhoneKeepsTheDialogOpen()
    {
        BookingDialog dialog(context());
        QVERIFY(open(dialog));
        chooseReasonAndFirstSlot(dialog);
        typeVisitor(dialog, QStringLiteral("Jean Dupont"), QStringLiteral("06 12"));
        auto *status = child<QLabel>(dialog, "VisitorPhoneStatus");
        QVERIFY2(status->text().startsWith(QStringLiteral("✗")), qPrintable(status->text()));
        QVERIFY(!child<QCheckBox>(dialog, "BookingSmsOptIn")->isEnabled()); // no SMS to an invalid number
        press(Qt::Key_Return, Qt::ControlModifier); // Book from anywhere

        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.messageKind(), BookingDialog::Message::Error);
        QVERIFY2(dialog.messageText().contains(dialog.visitorForm()->phone().error), qPrintable(dialog.messageText()));
        QVERIFY(!dialog.appointment().isValid());
        QCOMPARE(appointmentCount(), 0);
        QCOMPARE(outboxCount(), 0);
        // Everything typed stays; the phone has the focus to be corrected.
        QCOMPARE(dialog.visitorForm()->nameField()->text(), QStringLiteral("Jean Dupont"));
        QCOMPARE(dialog.visitorForm()->phoneField()->text(), QStringLiteral("06 12"));
        QCOMPARE(focused(), dialog.visitorForm()->phoneField());
        QCOMPARE(dialog.chosenSlot().startsAt, BookingFixture::paris(kMonday, QTime(11, 0)));

        type(QStringLiteral(" 34 56 78"));
        press(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(dialog.appointment().isValid(), qPrintable(dialog.messageText()));
        QCOMPARE(appointmentCount(), 1);
        QCOMPARE(outboxCount(), 1);
    }

    void theSameVisitorNearbyIsAWarningThenBooks()
    {
        // Same name (another phone, so not counted against the reason's limit of one per person).
        m_city->addAppointment(m_city->site1, BookingFixture::paris(kTuesday, QTime(10, 0)), QStringLiteral("booked"),
                               QStringLiteral("+33698765432"));
        const Appointment existing = AppointmentRepository(store()).dayOfSite(m_city->site1, kTuesday).first();
        BookingDialog dialog(context());
        QVERIFY(open(dialog));
        chooseReasonAndFirstSlot(dialog);
        typeVisitor(dialog, QStringLiteral("visiteur  TEST"), QStringLiteral("06 55 44 33 22"));
        press(Qt::Key_Return, Qt::ControlModifier);

        QVERIFY2(dialog.messageKind() == BookingDialog::Message::Warning, qPrintable(dialog.messageText()));
        QVERIFY2(dialog.messageText().contains(existing.reference), qPrintable(dialog.messageText()));
        QCOMPARE(appointmentCount(), 1);
        QCOMPARE(outboxCount(), 0);
        auto *confirm = child<QPushButton>(dialog, "BookingConfirm");
        QCOMPARE(confirm->text(), QStringLiteral("Book &anyway"));
        QCOMPARE(focused(), confirm);

        press(Qt::Key_Return); // the second Enter books all the same
        QVERIFY2(dialog.appointment().isValid(), qPrintable(dialog.messageText()));
        QCOMPARE(dialog.messageKind(), BookingDialog::Message::Done);
        QCOMPARE(appointmentCount(), 2);
        QCOMPARE(outboxCount(), 1);
    }

    void aRefusalIsShownInTheDialogAndKeepsWhatWasTyped()
    {
        // The same phone already holds this reason: a warning, then the reason's limit refuses.
        bookDirectly(QTime(10, 0), QStringLiteral("Amina Benali"), QStringLiteral("06 12 34 56 78"));
        QCOMPARE(outboxCount(), 1);
        BookingDialog dialog(context());
        QVERIFY(open(dialog));
        chooseReasonAndFirstSlot(dialog);
        typeVisitor(dialog, QStringLiteral("A. Benali"), QStringLiteral("0612345678"));
        press(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.messageKind(), BookingDialog::Message::Warning);
        press(Qt::Key_Return);

        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.messageKind(), BookingDialog::Message::Error);
        QVERIFY2(dialog.messageText().contains(QStringLiteral("already has 1 appointment")),
                 qPrintable(dialog.messageText()));
        QVERIFY(!dialog.appointment().isValid());
        QCOMPARE(appointmentCount(), 1);
        QCOMPARE(outboxCount(), 1);
        QCOMPARE(dialog.visitorForm()->nameField()->text(), QStringLiteral("A. Benali"));
        QCOMPARE(dialog.visitorForm()->phoneField()->text(), QStringLiteral("0612345678"));
        QVERIFY(child<QPushButton>(dialog, "BookingConfirm")->isVisible());
    }

    void aSlotTakenMeanwhileLeavesTheList()
    {
        BookingDialog dialog(context());
        QVERIFY(open(dialog));
        chooseReasonAndFirstSlot(dialog);
        const QDateTime eleven = BookingFixture::paris(kMonday, QTime(11, 0));
        // Two other bookings fill the slot (capacity 2) while the agent is on it.
        for (const QString &name : {QStringLiteral("Autre Un"), QStringLiteral("Autre Deux")}) {
            BookingRequest request;
            request.siteId = m_city->site1;
            request.serviceId = m_city->service;
            request.startsAt = eleven;
            request.visitorName = name;
            BookingService(store(), m_test->clock()).book(request, m_city->agent);
        }
        QCOMPARE(dialog.slotModel()->rowOf(m_city->site1, eleven), -1);
        QVERIFY(!dialog.chosenSlot().startsAt.isValid());
        QCOMPARE(dialog.messageKind(), BookingDialog::Message::Warning);
        QVERIFY(dialog.messageText().contains(QStringLiteral("has just been taken")));
        // Enter points at the next free one, a second Enter takes it.
        QCOMPARE(focused(), dialog.slotList());
        press(Qt::Key_Return);
        QCOMPARE(dialog.chosenSlot().startsAt, BookingFixture::paris(kMonday, QTime(11, 15)));
        press(Qt::Key_Return);
        QCOMPARE(focused(), dialog.visitorForm()->nameField());
    }

    void escapeClosesWithoutWriting()
    {
        BookingDialog dialog(context());
        QVERIFY(open(dialog));
        chooseReasonAndFirstSlot(dialog);
        press(Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(appointmentCount(), 0);
        QCOMPARE(outboxCount(), 0);
    }

    void everyFieldIsOnTheTabPathWithAName()
    {
        BookingDialog dialog(context());
        QVERIFY(open(dialog));
        type(QStringLiteral("carte"));
        QCOMPARE(child<QComboBox>(dialog, "BookingReason")->currentData().toString(), m_city->service);
        QCOMPARE(child<QLabel>(dialog, "BookingReasonInfo")->text(),
                 QStringLiteral("15 minute(s) · to bring: Pré-demande ANTS, Photo d'identité"));
        QTest::keyClicks(dialog.visitorForm()->phoneField(), QStringLiteral("0612345678")); // SMS offered
        QSet<QString> reached;
        for (int i = 0; i < 40; ++i) {
            reached << focused()->objectName();
            press(Qt::Key_Tab);
        }
        for (const char *name : {"BookingReason", "BookingSiteFilter", "BookingFrom", "BookingSlots", "BookingMore",
                                 "VisitorName", "VisitorPhone", "VisitorEmail", "VisitorLanguage", "VisitorInterpreter",
                                 "VisitorSignLanguage", "VisitorWheelchair", "BookingSmsOptIn", "BookingConfirm",
                                 "BookingCancel"})
            QVERIFY2(reached.contains(QLatin1String(name)), name);
        for (QWidget *widget : dialog.findChildren<QWidget *>()) {
            const bool ownPart = widget->objectName().startsWith(QLatin1String("qt_")); // a spin box's editor…
            if ((widget->focusPolicy() & Qt::TabFocus) != 0 && widget->isVisible() && !ownPart)
                QVERIFY2(!widget->accessibleName().isEmpty(),
                         qPrintable(widget->objectName() + QLatin1Char(' ') + QLatin1String(widget->metaObject()->className())));
        }
        // A reason that does not exist is said, the one chosen stays.
        press(Qt::Key_R, Qt::AltModifier); // the reason's mnemonic
        QCOMPARE(focused()->objectName(), QStringLiteral("BookingReason"));
        type(QStringLiteral("zzz"));
        QVERIFY(child<QLabel>(dialog, "BookingReasonInfo")->text().contains(QStringLiteral("zzz")));
        QCOMPARE(child<QComboBox>(dialog, "BookingReason")->currentData().toString(), m_city->service);
    }

    void theSiteFilterOffersThisCounterFirst()
    {
        BookingDialog dialog(context());
        QVERIFY(open(dialog));
        auto *sites = child<QComboBox>(dialog, "BookingSiteFilter");
        QCOMPARE(sites->currentIndex(), 0);
        QCOMPARE(sites->itemData(1).toString(), m_city->site1);
        chooseReasonAndFirstSlot(dialog);
        sites->setFocus();
        press(Qt::Key_Down); // one key: only this counter's site
        QCOMPARE(dialog.slotModel()->siteIds(), QStringList{m_city->site1});
        for (int row = 0; row < dialog.slotModel()->rowCount(); ++row)
            QCOMPARE(dialog.slotModel()->slotAt(row).siteId, m_city->site1);
        press(Qt::Key_Return);
        QCOMPARE(focused(), dialog.slotList());
    }

    void bookingTheLastPlaceOfASlot()
    {
        // Neudorf's slots hold one visitor: booking it fills it, the dialog still tells it all.
        BookingDialog dialog(context());
        QVERIFY(open(dialog));
        type(QStringLiteral("pass"));
        press(Qt::Key_Tab);
        QCOMPARE(focused()->objectName(), QStringLiteral("BookingSiteFilter"));
        press(Qt::Key_Down);
        press(Qt::Key_Down); // past this counter's site: Neudorf
        QCOMPARE(dialog.slotModel()->siteIds(), QStringList{m_city->siteAlsace});
        press(Qt::Key_Return);
        QCOMPARE(dialog.chosenSlot().siteId, m_city->siteAlsace);
        QCOMPARE(dialog.chosenSlot().remaining(), 1);
        const QDateTime start = dialog.chosenSlot().startsAt;
        typeVisitor(dialog, QStringLiteral("Hans Muller"), QStringLiteral("03 88 11 22 33"));
        QVERIFY(!child<QCheckBox>(dialog, "BookingSmsOptIn")->isEnabled()); // a landline: no SMS
        press(Qt::Key_Return, Qt::ControlModifier);
        const Appointment booked = dialog.appointment();
        QVERIFY2(booked.isValid(), qPrintable(dialog.messageText()));
        QVERIFY(!booked.smsOptIn);
        QCOMPARE(booked.startsAt, start);
        QCOMPARE(dialog.slotModel()->rowOf(m_city->siteAlsace, start), -1); // now full
        QCOMPARE(dialog.messageKind(), BookingDialog::Message::Done);
        QVERIFY(dialog.visitorForm()->smsText().contains(booked.reference));
        QVERIFY(child<QLabel>(dialog, "BookingSmsCount")->text().contains(QStringLiteral("not a mobile")));
    }

    void movesAnAppointment()
    {
        const Appointment before = bookDirectly(QTime(10, 0), QStringLiteral("Amina Benali"),
                                                QStringLiteral("06 12 34 56 78"));
        BookingDialog dialog(context(), before);
        QVERIFY(open(dialog));
        QVERIFY(dialog.isMoving());
        QCOMPARE(focused(), dialog.slotList());
        QCOMPARE(dialog.visitorForm()->nameField()->text(), QStringLiteral("Amina Benali"));
        QVERIFY(dialog.visitorForm()->nameField()->isReadOnly());
        QCOMPARE(dialog.chosenSlot().startsAt, BookingFixture::paris(kMonday, QTime(11, 0)));
        press(Qt::Key_Return);
        QVERIFY2(dialog.appointment().isValid(), qPrintable(dialog.messageText()));
        const Appointment after = AppointmentRepository(store()).byId(before.id);
        QCOMPARE(after.startsAt, BookingFixture::paris(kMonday, QTime(11, 0)));
        QCOMPARE(after.status, Appointment::Status::Pending);
        QCOMPARE(appointmentCount(), 1);
        QCOMPARE(outboxCount(), 2); // the creation, then the move
        QCOMPARE(dialog.messageKind(), BookingDialog::Message::Done);
    }
};

QTEST_MAIN(TestBookingDialog)
#include "tst_bookingdialog.moc"
