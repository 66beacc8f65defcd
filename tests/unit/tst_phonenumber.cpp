// Visitors' phone numbers (core/PhoneNumber, libphonenumber): what agents type at a French counter
// becomes E.164 to send SMS to and a readable form to show; only a mobile can receive an SMS; what
// is not a number gets a reason the agent can act on.
#include "core/PhoneNumber.h"

#include <QTest>

using namespace guichet;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void empty();
    void defaultRegion();
};

void TestPhoneNumber::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("display");
    QTest::addColumn<bool>("mobile");

    // The same French mobile, typed four ways.
    QTest::newRow("national with spaces")
        << QStringLiteral("06 12 34 56 78") << QStringLiteral("+33612345678")
        << QStringLiteral("06 12 34 56 78") << true;
    QTest::newRow("international") << QStringLiteral("+33 6 12 34 56 78") << QStringLiteral("+33612345678")
                                   << QStringLiteral("06 12 34 56 78") << true;
    QTest::newRow("00 prefix") << QStringLiteral("0033612345678") << QStringLiteral("+33612345678")
                               << QStringLiteral("06 12 34 56 78") << true;
    QTest::newRow("surrounding spaces") << QStringLiteral("  0612345678 ") << QStringLiteral("+33612345678")
                                        << QStringLiteral("06 12 34 56 78") << true;
    // 07 with dots. (07 12… is not an allocated range in libphonenumber's metadata: 07 3x to 07 9x are.)
    QTest::newRow("07 with dots") << QStringLiteral("07.62.34.56.78") << QStringLiteral("+33762345678")
                                  << QStringLiteral("07 62 34 56 78") << true;
    // A landline of Lyon: valid, but no SMS.
    QTest::newRow("French landline") << QStringLiteral("04 72 10 30 30") << QStringLiteral("+33472103030")
                                     << QStringLiteral("04 72 10 30 30") << false;
    // Another country keeps its international form.
    QTest::newRow("UK mobile") << QStringLiteral("+44 7911 123456") << QStringLiteral("+447911123456")
                               << QStringLiteral("+44 7911 123456") << true;
    QTest::newRow("UK landline") << QStringLiteral("+44 20 7946 0958") << QStringLiteral("+442079460958")
                                 << QStringLiteral("+44 20 7946 0958") << false;
}

void TestPhoneNumber::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, e164);
    QFETCH(QString, display);
    QFETCH(bool, mobile);
    const PhoneNumber number = PhoneNumber::parse(input);
    QVERIFY2(number.valid, qPrintable(number.error));
    QCOMPARE(number.e164, e164);
    QCOMPARE(number.display, display);
    QCOMPARE(number.mobile, mobile);
    QVERIFY(number.error.isEmpty());
    // What is stored parses back to the same number.
    QCOMPARE(PhoneNumber::parse(number.e164).e164, e164);
}

void TestPhoneNumber::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("two digits") << QStringLiteral("12");
    QTest::newRow("half a number") << QStringLiteral("06 12");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("too long") << QStringLiteral("06 12 34 56 78 90");
    QTest::newRow("unknown country code") << QStringLiteral("+999 123 456");
}

void TestPhoneNumber::invalid()
{
    QFETCH(QString, input);
    const PhoneNumber number = PhoneNumber::parse(input);
    QVERIFY(!number.valid);
    QVERIFY(!number.mobile);
    QVERIFY(number.e164.isEmpty());
    QVERIFY2(!number.error.isEmpty(), qPrintable(input));
}

void TestPhoneNumber::empty()
{
    for (const QString &input : {QString(), QStringLiteral(""), QStringLiteral("   ")}) {
        const PhoneNumber number = PhoneNumber::parse(input);
        QVERIFY(!number.valid);
        QVERIFY(number.e164.isEmpty());
        QVERIFY2(number.error.contains(QLatin1String("empty")), qPrintable(number.error));
    }
}

void TestPhoneNumber::defaultRegion()
{
    // A number typed without its prefix is read in the given country.
    const PhoneNumber british = PhoneNumber::parse(QStringLiteral("07400 123456"), QStringLiteral("GB"));
    QVERIFY2(british.valid, qPrintable(british.error));
    QCOMPARE(british.e164, QStringLiteral("+447400123456"));
    QCOMPARE(british.display, QStringLiteral("+44 7400 123456"));
    QVERIFY(british.mobile);
    // The same digits read as French are not a number.
    QVERIFY(!PhoneNumber::parse(QStringLiteral("07400 123456")).valid);
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
