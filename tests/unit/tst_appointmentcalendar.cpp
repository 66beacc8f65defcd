// The appointment's calendar event (RFC 5545, libical): read back with a real parser
// (python3-icalendar through /usr/bin/python3), UID, times in UTC, summary, location, the
// reminder the day before, escaping and folding, and a QR variant that stays compact.
#include "AppointmentDemoFixture.h"
#include "ExternalTool.h"
#include "TestStore.h"
#include "booking/AppointmentCalendar.h"
#include "booking/AppointmentSlipData.h"
#include "repo/AppointmentRepository.h"
#include "repo/SiteRepository.h"
#include "store/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;
using guichet::testing::TestStore;

namespace {

// Prints what the parser understood as JSON: the calendar's properties, each event and its
// alarms, and the parse errors icalendar collected (it is lenient: it never raises on them).
const char *const kParser = R"PY(
import json, sys, datetime, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
def utc(component, name):
    value = component.decoded(name)
    return {'text': value.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'),
            'utc': value.tzinfo is not None and value.utcoffset() == datetime.timedelta(0)}
events = []
for event in cal.walk('VEVENT'):
    events.append({
        'uid': str(event.get('uid')), 'summary': str(event.get('summary')),
        'location': str(event.get('location')), 'description': str(event.get('description')),
        'status': str(event.get('status')), 'dtstart': utc(event, 'dtstart'),
        'dtend': utc(event, 'dtend'), 'dtstamp': utc(event, 'dtstamp'),
        'alarms': [{'action': str(alarm.get('action')),
                    'trigger': alarm.decoded('trigger').total_seconds(),
                    'description': str(alarm.get('description'))} for alarm in event.walk('VALARM')]})
print(json.dumps({'name': cal.name, 'method': str(cal.get('method')), 'version': str(cal.get('version')),
                  'prodid': str(cal.get('prodid')), 'events': events,
                  'errors': [str(error) for component in cal.walk() for error in component.errors]}))
)PY";

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace

class TestAppointmentCalendar : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_test;
    AppointmentSlipData m_data;
    QTemporaryDir m_dir;

    // The calendar as python3-icalendar reads it; an empty object (and a failed check) otherwise.
    QJsonObject parse(const QByteArray &ics, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size())
            return {};
        file.close();
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QString::fromUtf8(kParser), path});
        if (!python.waitForFinished(60000) || python.exitCode() != 0) {
            qWarning().noquote() << python.readAllStandardError();
            return {};
        }
        return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    }

    // A copy of the slip data whose service asks for many documents.
    AppointmentSlipData withManyDocuments() const
    {
        AppointmentSlipData data = m_data;
        data.service.documents.clear();
        for (int i = 1; i <= 30; ++i)
            data.service.documents << QStringLiteral(
                                          "Justificatif numéro %1 : original et photocopie lisible, "
                                          "de moins de trois mois")
                                          .arg(i);
        return data;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_test = std::make_unique<TestStore>();
        guichet::testing::fillSitesAndAppointments(m_test->store());
        const QString hdv = SiteRepository(m_test->store()).byCode(QStringLiteral("HDV")).id;
        // Tomorrow's first booked appointment at the Hôtel de Ville for a service with documents.
        for (const Appointment &a :
             AppointmentRepository(m_test->store()).dayOfSite(hdv, QDate(2026, 11, 24))) {
            if (a.status != Appointment::Status::Booked)
                continue;
            m_data = AppointmentSlipData::load(m_test->store(), a.id);
            if (!m_data.service.documents.isEmpty())
                break;
        }
        QVERIFY(m_data.appointment.isValid());
        QVERIFY(!m_data.service.documents.isEmpty());
    }

    void loadReadsTheAppointmentItsSiteAndService()
    {
        QCOMPARE(m_data.site.id, m_data.appointment.siteId);
        QCOMPARE(m_data.service.id, m_data.appointment.serviceId);
        QVERIFY(!m_data.site.address.isEmpty());
        QVERIFY(!m_data.appointment.reference.isEmpty());
        QCOMPARE(m_data.issuedAt, m_test->clock().nowUtc());
        QCOMPARE(m_data.timeZone().id(), QByteArray("Europe/Paris"));

        try {
            AppointmentSlipData::load(m_test->store(), QStringLiteral("no-such-appointment"));
            QFAIL("an unknown appointment must be refused");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::InvalidInput);
            QVERIFY(error.message().contains(QStringLiteral("no-such-appointment")));
        }
    }

    void icsIsReadByARealParser()
    {
        GUICHET_REQUIRE_TOOL(
            test::missingPythonModule(QStringLiteral("icalendar"), QStringLiteral("python3-icalendar")));
        const QJsonObject calendar = parse(AppointmentCalendar::ics(m_data), QStringLiteral("full.ics"));
        QCOMPARE(calendar.value(QStringLiteral("name")).toString(), QStringLiteral("VCALENDAR"));
        QCOMPARE(calendar.value(QStringLiteral("errors")).toArray(), QJsonArray());
        QCOMPARE(calendar.value(QStringLiteral("version")).toString(), QStringLiteral("2.0"));
        QCOMPARE(calendar.value(QStringLiteral("method")).toString(), QStringLiteral("PUBLISH"));
        QVERIFY(calendar.value(QStringLiteral("prodid")).toString().contains(QStringLiteral("Guichet")));
        const QJsonArray events = calendar.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 1);
        const QJsonObject event = events.first().toObject();

        QCOMPARE(event.value(QStringLiteral("uid")).toString(),
                 m_data.appointment.id + QStringLiteral("@guichet"));
        for (const auto &[property, expected] :
             {std::pair{QStringLiteral("dtstart"), m_data.appointment.startsAt},
              std::pair{QStringLiteral("dtend"), m_data.appointment.endsAt},
              std::pair{QStringLiteral("dtstamp"), m_data.issuedAt}}) {
            const QJsonObject value = event.value(property).toObject();
            QVERIFY2(value.value(QStringLiteral("utc")).toBool(), qPrintable(property));
            QCOMPARE(value.value(QStringLiteral("text")).toString(), utcText(expected));
        }
        QCOMPARE(event.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("%1 — %2").arg(m_data.service.name, m_data.site.name));
        const QString location = event.value(QStringLiteral("location")).toString();
        QVERIFY2(location.contains(m_data.site.address), qPrintable(location));
        QVERIFY2(location.contains(m_data.site.postalCode + QLatin1Char(' ') + m_data.site.city),
                 qPrintable(location));
        const QString description = event.value(QStringLiteral("description")).toString();
        QVERIFY2(description.contains(m_data.appointment.reference), qPrintable(description));
        for (const QString &document : m_data.service.documents)
            QVERIFY2(description.contains(document), qPrintable(document));
        QVERIFY2(description.contains(m_data.site.phone), qPrintable(description));
        QCOMPARE(event.value(QStringLiteral("status")).toString(), QStringLiteral("CONFIRMED"));

        const QJsonArray alarms = event.value(QStringLiteral("alarms")).toArray();
        QCOMPARE(alarms.size(), 1);
        const QJsonObject alarm = alarms.first().toObject();
        QCOMPARE(alarm.value(QStringLiteral("action")).toString(), QStringLiteral("DISPLAY"));
        QCOMPARE(alarm.value(QStringLiteral("trigger")).toDouble(), -86400.0);
        QVERIFY(!alarm.value(QStringLiteral("description")).toString().isEmpty());
    }

    // RFC 5545 §3.1: CRLF line ends, lines of at most 75 octets (longer ones folded, never inside
    // a UTF-8 sequence), and text escaped: what a phone's calendar expects.
    void textIsEscapedAndFolded()
    {
        GUICHET_REQUIRE_TOOL(
            test::missingPythonModule(QStringLiteral("icalendar"), QStringLiteral("python3-icalendar")));
        AppointmentSlipData data = m_data;
        data.site.address = QStringLiteral("2, place Sathonay ; bâtiment B, accès « Cour d’honneur »");
        data.service.name = QStringLiteral("Carte nationale d’identité, passeport\\dossier ; récépissé "
                                           "éèêëàâäîïôöùûüç — très long intitulé pour plier la ligne");
        const QByteArray ics = AppointmentCalendar::ics(data);
        QVERIFY(ics.endsWith("\r\n"));
        for (const QByteArray &line : ics.split('\n')) {
            QVERIFY2(line.isEmpty() || line.endsWith('\r'), line.constData());
            QVERIFY2(line.size() <= 75 + 1, line.constData()); // + the CR
        }
        const QJsonObject event = parse(ics, QStringLiteral("escaped.ics"))
                                      .value(QStringLiteral("events"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(event.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("%1 — %2").arg(data.service.name, data.site.name));
        QVERIFY(event.value(QStringLiteral("location")).toString().contains(data.site.address));
    }

    void anAppointmentToBeConfirmedIsTentative()
    {
        AppointmentSlipData data = m_data;
        data.appointment.status = Appointment::Status::Pending;
        QVERIFY(AppointmentCalendar::ics(data).contains("STATUS:TENTATIVE\r\n"));
        data.appointment.status = Appointment::Status::Cancelled;
        QVERIFY(AppointmentCalendar::ics(data).contains("STATUS:CANCELLED\r\n"));
    }

    void qrVariantStaysCompact()
    {
        // A usual slip: the QR code holds the whole event.
        QVERIFY(AppointmentCalendar::ics(m_data).size() <= AppointmentCalendar::kQrCodeMaxBytes);
        QCOMPARE(AppointmentCalendar::icsForQrCode(m_data), AppointmentCalendar::ics(m_data));

        // Many documents: the full .ics keeps them, the QR code drops them and stays readable.
        const AppointmentSlipData data = withManyDocuments();
        const QByteArray full = AppointmentCalendar::ics(data);
        const QByteArray qr = AppointmentCalendar::icsForQrCode(data);
        QVERIFY(full.size() > AppointmentCalendar::kQrCodeMaxBytes);
        QVERIFY2(qr.size() <= AppointmentCalendar::kQrCodeMaxBytes,
                 QByteArray::number(qr.size()).constData());
        QVERIFY(full.contains("Justificatif num"));
        QVERIFY(!qr.contains("Justificatif num"));

        GUICHET_REQUIRE_TOOL(
            test::missingPythonModule(QStringLiteral("icalendar"), QStringLiteral("python3-icalendar")));
        const QJsonObject calendar = parse(qr, QStringLiteral("qr.ics"));
        QCOMPARE(calendar.value(QStringLiteral("errors")).toArray(), QJsonArray());
        const QJsonObject event = calendar.value(QStringLiteral("events")).toArray().first().toObject();
        QCOMPARE(event.value(QStringLiteral("uid")).toString(), AppointmentCalendar::uid(data));
        QCOMPARE(event.value(QStringLiteral("dtstart")).toObject().value(QStringLiteral("text")).toString(),
                 utcText(data.appointment.startsAt));
        QVERIFY(event.value(QStringLiteral("description")).toString().contains(data.appointment.reference));
        QCOMPARE(event.value(QStringLiteral("alarms")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAppointmentCalendar)
#include "tst_appointmentcalendar.moc"
