// The SMS texts (models/sms): how many segments a text takes in which encoding (GSM 03.38 7-bit or
// UCS-2), and the confirmation and reminder templates — in the visitor's language, precise enough to
// tell two appointments apart, with nothing about the visitor, within two SMS for a French one.
#include "sms/SmsSegments.h"
#include "sms/SmsTemplates.h"

#include <QTest>
#include <QTimeZone>

using namespace guichet;

namespace {

Site lyonSite()
{
    Site site;
    site.id = QStringLiteral("site-m1");
    site.code = QStringLiteral("M1");
    site.name = QStringLiteral("Mairie du 1er arrondissement");
    site.phone = QStringLiteral("04 72 10 30 30");
    site.timeZone = QStringLiteral("Europe/Paris");
    return site;
}

Service passport()
{
    Service service;
    service.id = QStringLiteral("svc-cni");
    service.name = QStringLiteral("Carte d'identité / passeport");
    return service;
}

Appointment appointmentAt(const QDateTime &startUtc, const QString &language = QStringLiteral("fr"))
{
    Appointment appointment;
    appointment.id = QStringLiteral("apt-1");
    appointment.reference = QStringLiteral("RDV-7KQ3ZP2M");
    appointment.startsAt = startUtc;
    appointment.endsAt = startUtc.addSecs(20 * 60);
    appointment.visitorName = QStringLiteral("Camille Martin");
    appointment.visitorPhone = QStringLiteral("06 12 34 56 78");
    appointment.visitorLanguage = language;
    appointment.needs.interpreter = true;
    appointment.notes = QStringLiteral("Vient avec sa fille, dossier incomplet");
    return appointment;
}

// Tuesday 14 April 2026, 9:20 in Paris (summer time: 7:20 UTC).
QDateTime tuesdayMorning()
{
    return QDateTime(QDate(2026, 4, 14), QTime(7, 20), Qt::UTC);
}

} // namespace

class TestSmsText : public QObject
{
    Q_OBJECT

private slots:
    void segments_data();
    void segments();
    void alphabet_data();
    void alphabet();
    void folding();
    void confirmationInFrench();
    void reminderAndLanguages();
    void tellsAppointmentsApart();
    void siteTimeZone();
    void staysShortAndGsm();
};

void TestSmsText::segments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("gsm");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("segments");

    const QString a = QStringLiteral("a");
    QTest::newRow("empty") << QString() << true << 0 << 0;
    QTest::newRow("one") << a << true << 1 << 1;
    QTest::newRow("ascii 160") << a.repeated(160) << true << 160 << 1;
    QTest::newRow("ascii 161") << a.repeated(161) << true << 161 << 2;
    QTest::newRow("ascii 306") << a.repeated(306) << true << 306 << 2;
    QTest::newRow("ascii 307") << a.repeated(307) << true << 307 << 3;
    QTest::newRow("accents in the basic set") << QStringLiteral("éèàùÇ") << true << 5 << 1;
    QTest::newRow("euro counts 2") << QStringLiteral("€") << true << 2 << 1;
    QTest::newRow("80 euros") << QStringLiteral("€").repeated(80) << true << 160 << 1;
    QTest::newRow("159 + euro") << a.repeated(159) + QStringLiteral("€") << true << 161 << 2;
    QTest::newRow("extension table") << QStringLiteral("^{}\\[~]|") << true << 16 << 1;
    QTest::newRow("c cedilla forces UCS-2") << QStringLiteral("ç") << false << 1 << 1;
    QTest::newRow("ucs-2 70") << QStringLiteral("ç") + a.repeated(69) << false << 70 << 1;
    QTest::newRow("ucs-2 71") << QStringLiteral("ç") + a.repeated(70) << false << 71 << 2;
    QTest::newRow("ucs-2 134") << QStringLiteral("ê") + a.repeated(133) << false << 134 << 2;
    QTest::newRow("ucs-2 135") << QStringLiteral("ê") + a.repeated(134) << false << 135 << 3;
    QTest::newRow("emoji is two units") << QStringLiteral("ok \U0001F44D") << false << 5 << 1;
    QTest::newRow("arabic") << QStringLiteral("موعد") << false << 4 << 1;
}

void TestSmsText::segments()
{
    QFETCH(QString, text);
    QFETCH(bool, gsm);
    QFETCH(int, units);
    QFETCH(int, segments);
    const SmsSegments measured = SmsSegments::measure(text);
    QCOMPARE(measured.isGsm(), gsm);
    QCOMPARE(measured.encoding, gsm ? SmsSegments::Encoding::Gsm7 : SmsSegments::Encoding::Ucs2);
    QCOMPARE(measured.units, units);
    QCOMPARE(measured.segments, segments);
    QCOMPARE(measured.characters, static_cast<int>(text.toUcs4().size()));
    QCOMPARE(SmsSegments::isGsm(text), gsm);
}

void TestSmsText::alphabet_data()
{
    QTest::addColumn<QString>("character");
    QTest::addColumn<bool>("basic");
    QTest::addColumn<bool>("extension");
    // The French letters of the basic table…
    for (const char16_t c : u"éèàùìòÇÉÄÖÑÜäöñüßØøÅåÆæ@£$¥§¿¡¤_\n\r")
        if (c != 0)
            QTest::newRow(
                qPrintable(QStringLiteral("U+%1").arg(static_cast<int>(c), 4, 16, QLatin1Char('0'))))
                << QString(QChar(c)) << true << false;
    // …the ones it lacks (lowercase ç is not there, only Ç)…
    for (const char16_t c : u"êâîôûçëïœÊÂÎÔÛ`áíóú")
        if (c != 0)
            QTest::newRow(
                qPrintable(QStringLiteral("U+%1").arg(static_cast<int>(c), 4, 16, QLatin1Char('0'))))
                << QString(QChar(c)) << false << false;
    // …and the extension table.
    for (const char16_t c : u"^{}\\[~]|€\f")
        if (c != 0)
            QTest::newRow(
                qPrintable(QStringLiteral("ext U+%1").arg(static_cast<int>(c), 4, 16, QLatin1Char('0'))))
                << QString(QChar(c)) << false << true;
}

void TestSmsText::alphabet()
{
    QFETCH(QString, character);
    QFETCH(bool, basic);
    QFETCH(bool, extension);
    QCOMPARE(SmsSegments::isGsmBasic(character.at(0).unicode()), basic);
    QCOMPARE(SmsSegments::isGsmExtension(character.at(0).unicode()), extension);
}

void TestSmsText::folding()
{
    QCOMPARE(SmsSegments::foldToGsm(QStringLiteral("Hôtel de Ville")), QStringLiteral("Hotel de Ville"));
    QCOMPARE(SmsSegments::foldToGsm(QStringLiteral("Françoise, l’œuvre « prête »")),
             QStringLiteral("Francoise, l'oeuvre \" prete \""));
    // What is already GSM is kept as it is, accents included.
    QCOMPARE(SmsSegments::foldToGsm(QStringLiteral("État civil, à 9h, 10 € {x}")),
             QStringLiteral("État civil, à 9h, 10 € {x}"));
    // A script with no GSM look-alike is kept: that text needs UCS-2 anyway.
    QCOMPARE(SmsSegments::foldToGsm(QStringLiteral("موعد")), QStringLiteral("موعد"));
    QVERIFY(SmsSegments::isGsm(SmsSegments::foldToGsm(QStringLiteral("Île-de-France — août, Noël"))));
}

void TestSmsText::confirmationInFrench()
{
    const SmsTemplates &templates = SmsTemplates::builtIn();
    QVERIFY(templates.languages().contains(QStringLiteral("fr")));
    QVERIFY(templates.languages().contains(QStringLiteral("en")));
    const Appointment appointment = appointmentAt(tuesdayMorning());
    const QString text =
        templates.render(SmsTemplates::Kind::Confirmation, appointment, lyonSite(), passport());
    QVERIFY2(text.contains(QLatin1String("09h20")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("mardi 14/04/2026")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Mairie du 1er")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("arrondissement")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Carte d'identité / passeport")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("RDV-7KQ3ZP2M")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("04 72 10 30 30")), qPrintable(text));
    // Nothing about the visitor: a lock screen shows it to anyone.
    for (const QString &secret :
         {QStringLiteral("Camille"), QStringLiteral("Martin"), QStringLiteral("06 12"),
          QStringLiteral("interpr"), QStringLiteral("fille"), QStringLiteral("dossier")})
        QVERIFY2(!text.contains(secret, Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1Char('{')), qPrintable(text)); // every placeholder filled

    // No phone at the site: no "call to cancel" with nothing after it.
    Site noPhone = lyonSite();
    noPhone.phone.clear();
    const QString withoutPhone =
        templates.render(SmsTemplates::Kind::Confirmation, appointment, noPhone, passport());
    QVERIFY2(!withoutPhone.contains(QLatin1String("annuler")), qPrintable(withoutPhone));
    QVERIFY2(withoutPhone.contains(QLatin1String("RDV-7KQ3ZP2M")), qPrintable(withoutPhone));

    // A value is never expanded as a template.
    Service odd = passport();
    odd.name = QStringLiteral("{site} {reference}");
    const QString literal = templates.render(SmsTemplates::Kind::Confirmation, appointment, lyonSite(), odd);
    QVERIFY2(literal.contains(QLatin1String("{site} {reference}")), qPrintable(literal));
}

void TestSmsText::reminderAndLanguages()
{
    const SmsTemplates &templates = SmsTemplates::builtIn();
    const Appointment french = appointmentAt(tuesdayMorning());
    const QString confirmation =
        templates.render(SmsTemplates::Kind::Confirmation, french, lyonSite(), passport());
    const QString reminder = templates.render(SmsTemplates::Kind::Reminder, french, lyonSite(), passport());
    QVERIFY(reminder != confirmation);
    for (const QString &part : {QStringLiteral("09h20"), QStringLiteral("Mairie du 1er"),
                                QStringLiteral("RDV-7KQ3ZP2M"), QStringLiteral("passeport")})
        QVERIFY2(reminder.contains(part), qPrintable(reminder));
    QVERIFY(!reminder.contains(QLatin1String("Camille")));

    const QString english =
        templates.render(SmsTemplates::Kind::Confirmation,
                         appointmentAt(tuesdayMorning(), QStringLiteral("en")), lyonSite(), passport());
    QVERIFY2(english.contains(QLatin1String("confirmed")), qPrintable(english));
    QVERIFY2(english.contains(QLatin1String("Tuesday 14 Apr 2026")), qPrintable(english));
    QVERIFY2(english.contains(QLatin1String("09:20")), qPrintable(english));
    QVERIFY2(english.contains(QLatin1String("RDV-7KQ3ZP2M")), qPrintable(english));

    // A regional variant uses its language; a language without templates gets French.
    QCOMPARE(templates.languageFor(QStringLiteral("en-GB")), QStringLiteral("en"));
    QCOMPARE(templates.languageFor(QStringLiteral("EN")), QStringLiteral("en"));
    QCOMPARE(templates.languageFor(QStringLiteral("ar")), QStringLiteral("fr"));
    QCOMPARE(templates.languageFor(QString()), QStringLiteral("fr"));
    QCOMPARE(templates.render(SmsTemplates::Kind::Reminder,
                              appointmentAt(tuesdayMorning(), QStringLiteral("ar")), lyonSite(), passport()),
             reminder);
}

void TestSmsText::tellsAppointmentsApart()
{
    const SmsTemplates &templates = SmsTemplates::builtIn();
    const auto text = [&](const Appointment &appointment, const Site &site) {
        return templates.render(SmsTemplates::Kind::Confirmation, appointment, site, passport());
    };
    const Appointment nine = appointmentAt(tuesdayMorning());
    const Appointment nineTwenty = appointmentAt(tuesdayMorning().addSecs(20 * 60));
    const Appointment nextWeek = appointmentAt(tuesdayMorning().addDays(7));
    Site other = lyonSite();
    other.id = QStringLiteral("site-m6");
    other.name = QStringLiteral("Mairie du 6e arrondissement");
    QVERIFY(text(nine, lyonSite()) != text(nineTwenty, lyonSite()));
    QVERIFY(text(nine, lyonSite()) != text(nextWeek, lyonSite()));
    QVERIFY(text(nine, lyonSite()) != text(nine, other));
    QVERIFY2(text(nine, other).contains(QLatin1String("Mairie du 6e")), qPrintable(text(nine, other)));
    Appointment sameSlot = nine;
    sameSlot.reference = QStringLiteral("RDV-AB3CD4EF");
    QVERIFY(text(nine, lyonSite()) != text(sameSlot, lyonSite()));
}

void TestSmsText::siteTimeZone()
{
    // The same instant, read at a mairie of Lyon and at one of Cayenne (French Guiana, UTC-3).
    const SmsTemplates &templates = SmsTemplates::builtIn();
    Site cayenne = lyonSite();
    cayenne.name = QStringLiteral("Mairie de Cayenne");
    cayenne.timeZone = QStringLiteral("America/Cayenne");
    const Appointment appointment = appointmentAt(tuesdayMorning().addSecs(6 * 3600)); // 13:20 UTC
    QVERIFY(templates.render(SmsTemplates::Kind::Reminder, appointment, lyonSite(), passport())
                .contains(QLatin1String("15h20")));
    QVERIFY(templates.render(SmsTemplates::Kind::Reminder, appointment, cayenne, passport())
                .contains(QLatin1String("10h20")));
    // The last Sunday of March, after the change to summer time (UTC+2): 8:30 UTC is 10:30.
    const Appointment dstDay = appointmentAt(QDateTime(QDate(2026, 3, 29), QTime(8, 30), Qt::UTC));
    QVERIFY(templates.render(SmsTemplates::Kind::Reminder, dstDay, lyonSite(), passport())
                .contains(QStringLiteral("dimanche 29/03/2026 à 10h30")));
}

void TestSmsText::staysShortAndGsm()
{
    // A long case: the Hôtel de Ville (ô is not GSM), a long service name with a "ç", a Wednesday
    // in December. Still GSM, still two SMS at most.
    const SmsTemplates &templates = SmsTemplates::builtIn();
    Site hdv = lyonSite();
    hdv.name = QStringLiteral("Hôtel de Ville");
    Service service = passport();
    service.name = QStringLiteral("Carte nationale d'identité / passeport (reçu à la préfecture)");
    const Appointment appointment = appointmentAt(QDateTime(QDate(2026, 12, 16), QTime(14, 40), Qt::UTC));
    for (const SmsTemplates::Kind kind : {SmsTemplates::Kind::Confirmation, SmsTemplates::Kind::Reminder}) {
        const QString text = templates.render(kind, appointment, hdv, service);
        const SmsSegments measured = SmsSegments::measure(text);
        QVERIFY2(measured.isGsm(), qPrintable(text));
        QVERIFY2(measured.segments <= 2,
                 qPrintable(QStringLiteral("%1 SMS: %2").arg(measured.segments).arg(text)));
        QVERIFY2(text.contains(QLatin1String("Hotel de Ville")), qPrintable(text));
    }
    // The usual case, printed for whoever tunes the templates.
    const QString typical = templates.render(SmsTemplates::Kind::Confirmation,
                                             appointmentAt(tuesdayMorning()), lyonSite(), passport());
    QVERIFY2(SmsSegments::measure(typical).segments <= 2, qPrintable(typical));
    qInfo("typical French confirmation: %d characters, %d SMS: %s", SmsSegments::measure(typical).characters,
          SmsSegments::measure(typical).segments, qPrintable(typical));
    // Every language of the file renders, with every placeholder filled.
    for (const QString &language : templates.languages())
        for (const SmsTemplates::Kind kind :
             {SmsTemplates::Kind::Confirmation, SmsTemplates::Kind::Reminder}) {
            const QString text =
                templates.render(kind, appointmentAt(tuesdayMorning(), language), lyonSite(), passport());
            QVERIFY2(!text.isEmpty() && !text.contains(QLatin1Char('{')),
                     qPrintable(language + QLatin1Char(' ') + text));
            QVERIFY2(SmsSegments::measure(text).segments <= 2,
                     qPrintable(language + QLatin1Char(' ') + text));
            // French and English (and the other Latin-script texts of the file) stay in GSM.
            QVERIFY2(SmsSegments::isGsm(text), qPrintable(language + QLatin1Char(' ') + text));
        }
}

QTEST_GUILESS_MAIN(TestSmsText)
#include "tst_smstext.moc"
