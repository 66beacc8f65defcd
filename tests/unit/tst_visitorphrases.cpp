// The visitor's phrases (models/visitor/VisitorPhrases): every compiled-in language has every
// phrase, non-empty, with French's placeholders, in its own script (not an English copy); the
// right-to-left languages are exactly ar fa ps ur he; only French is reviewed; placeholders are
// filled once; a missing language or key falls back to French, then English; a bad or incomplete
// file is skipped and reported, never a crash.
#include "visitor/VisitorPhrases.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;

namespace {

QString phrasesOf(const QString &code, const QString &key)
{
    return VisitorPhrases::builtIn().text(code, key);
}

QJsonObject builtInFile(const QString &code)
{
    QFile file(QStringLiteral(":/visitor/%1.json").arg(code));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void write(const QTemporaryDir &dir, const QString &fileName, const QByteArray &data)
{
    QFile file(dir.filePath(fileName));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

void write(const QTemporaryDir &dir, const QString &code, const QJsonObject &document)
{
    write(dir, code + QStringLiteral(".json"), QJsonDocument(document).toJson());
}

// The share of the letters of `text` written in `script`, placeholders and "Enter" (the key's name)
// left out.
double shareInScript(QString text, QChar::Script script)
{
    static const QRegularExpression ignored(QStringLiteral("\\{[a-z_]+\\}|\\bEnter\\b"));
    text.remove(ignored);
    int letters = 0;
    int inScript = 0;
    for (const QChar c : text) {
        if (!c.isLetter())
            continue;
        ++letters;
        if (c.script() == script)
            ++inScript;
    }
    return letters == 0 ? 0.0 : double(inScript) / letters;
}

} // namespace

class TestVisitorPhrases : public QObject
{
    Q_OBJECT

private slots:
    void everyLanguageIsLoaded()
    {
        const VisitorPhrases &phrases = VisitorPhrases::builtIn();
        QVERIFY2(phrases.loadErrors().isEmpty(), qPrintable(phrases.loadErrors().join(QLatin1Char('\n'))));
        const QStringList codes = phrases.languages();
        QVERIFY(codes.size() >= 25);
        for (const char *code : {"fr", "en", "ar", "es", "pt", "it", "de", "nl", "ro", "pl", "ru", "uk", "tr",
                                 "zh", "vi", "fa", "ps", "ur", "ta", "bn", "so", "ti", "am", "sq", "ka", "hy", "he"})
            QVERIFY2(codes.contains(QLatin1String(code)), code);
        QStringList sorted = codes;
        sorted.sort();
        QCOMPARE(codes, sorted);
    }

    void everyLanguageHasEveryPhraseWithFrenchPlaceholders()
    {
        const VisitorPhrases &phrases = VisitorPhrases::builtIn();
        const QStringList keys = VisitorPhrases::keys();
        QVERIFY(keys.contains(QStringLiteral("interpreter_coming")));
        QCOMPARE(VisitorPhrases::placeholders(phrasesOf(QStringLiteral("fr"), QStringLiteral("appointment_is"))),
                 QStringList({QStringLiteral("date"), QStringLiteral("site"), QStringLiteral("time")}));
        for (const QString &code : phrases.languages()) {
            const QJsonObject file = builtInFile(code);
            QCOMPARE(file.value(QLatin1String("language")).toString(), code);
            QStringList fileKeys = file.value(QLatin1String("phrases")).toObject().keys();
            QStringList expected = keys;
            fileKeys.sort();
            expected.sort();
            QCOMPARE(fileKeys, expected); // the same set in every file, nothing more
            QVERIFY2(!phrases.nativeName(code).isEmpty(), qPrintable(code));
            for (const QString &key : keys) {
                const QString text = phrases.text(code, key);
                QVERIFY2(!text.trimmed().isEmpty(), qPrintable(code + QLatin1Char(' ') + key));
                QCOMPARE(VisitorPhrases::placeholders(text),
                         VisitorPhrases::placeholders(phrasesOf(QStringLiteral("fr"), key)));
            }
        }
    }

    void rightToLeftExactlyForArabicScriptsAndHebrew()
    {
        const VisitorPhrases &phrases = VisitorPhrases::builtIn();
        const QStringList rtl{QStringLiteral("ar"), QStringLiteral("fa"), QStringLiteral("ps"),
                              QStringLiteral("ur"), QStringLiteral("he")};
        for (const QString &code : phrases.languages())
            QCOMPARE(phrases.direction(code) == Qt::RightToLeft, rtl.contains(code));
        QCOMPARE(phrases.direction(QStringLiteral("xx")), Qt::LeftToRight); // French, then
    }

    void onlyFrenchIsReviewed()
    {
        const VisitorPhrases &phrases = VisitorPhrases::builtIn();
        for (const QString &code : phrases.languages()) {
            QCOMPARE(phrases.isReviewed(code), code == QLatin1String("fr"));
            if (code != QLatin1String("fr"))
                QVERIFY(!builtInFile(code).value(QLatin1String("note")).toString().isEmpty());
        }
    }

    void textsAreWrittenInTheirOwnScript()
    {
        const QHash<QString, QChar::Script> scripts{
            {QStringLiteral("ar"), QChar::Script_Arabic},   {QStringLiteral("fa"), QChar::Script_Arabic},
            {QStringLiteral("ps"), QChar::Script_Arabic},   {QStringLiteral("ur"), QChar::Script_Arabic},
            {QStringLiteral("he"), QChar::Script_Hebrew},   {QStringLiteral("zh"), QChar::Script_Han},
            {QStringLiteral("ru"), QChar::Script_Cyrillic}, {QStringLiteral("uk"), QChar::Script_Cyrillic},
            {QStringLiteral("ta"), QChar::Script_Tamil},    {QStringLiteral("bn"), QChar::Script_Bengali},
            {QStringLiteral("ti"), QChar::Script_Ethiopic}, {QStringLiteral("am"), QChar::Script_Ethiopic},
            {QStringLiteral("ka"), QChar::Script_Georgian}, {QStringLiteral("hy"), QChar::Script_Armenian},
        };
        const VisitorPhrases &phrases = VisitorPhrases::builtIn();
        const QString english = phrases.text(QStringLiteral("en"), QStringLiteral("interpreter_coming"));
        for (const QString &code : phrases.languages()) {
            const QChar::Script script = scripts.value(code, QChar::Script_Latin);
            for (const QString &key : VisitorPhrases::keys()) {
                const QString text = phrases.text(code, key);
                QVERIFY2(shareInScript(text, script) >= 0.9, qPrintable(code + QLatin1Char(' ') + key));
            }
            if (code != QLatin1String("en"))
                QVERIFY2(phrases.text(code, QStringLiteral("interpreter_coming")) != english, qPrintable(code));
        }
        QVERIFY(shareInScript(phrases.text(QStringLiteral("ar"), QStringLiteral("interpreter_coming")),
                              QChar::Script_Arabic) == 1.0);
    }

    void placeholdersAreFilledOnce()
    {
        const VisitorPhrases &phrases = VisitorPhrases::builtIn();
        QCOMPARE(phrases.text(QStringLiteral("en"), QStringLiteral("request_received"),
                              {{QStringLiteral("reference"), QStringLiteral("DEM-2026-000123")}}),
                 QStringLiteral("Your request is registered. Reference: DEM-2026-000123"));
        // A value that looks like a placeholder is not expanded again; an unknown one stays.
        QCOMPARE(phrases.text(QStringLiteral("en"), QStringLiteral("appointment_is"),
                              {{QStringLiteral("date"), QStringLiteral("{time}")},
                               {QStringLiteral("time"), QStringLiteral("10:30")}}),
                 QStringLiteral("Your appointment: {time} at 10:30, {site}"));
    }

    void appointmentTextIsInTheVisitorsLocale()
    {
        const VisitorPhrases &phrases = VisitorPhrases::builtIn();
        const QDateTime local(QDate(2026, 6, 2), QTime(10, 30));
        QCOMPARE(phrases.appointmentText(QStringLiteral("fr"), local, QStringLiteral("Mairie du 1er")),
                 QString::fromUtf8("Votre rendez-vous\u00a0: le mardi 2 juin 2026 à 10:30, Mairie du 1er"));
        const QString german = phrases.appointmentText(QStringLiteral("de"), local, QStringLiteral("Mairie du 1er"));
        QVERIFY2(german.startsWith(QStringLiteral("Ihr Termin: Dienstag")), qPrintable(german));
        QVERIFY(german.contains(QStringLiteral("Juni 2026")));
        QVERIFY(german.endsWith(QStringLiteral("um 10:30, Mairie du 1er")));
        const QString arabic = phrases.appointmentText(QStringLiteral("ar"), local, QStringLiteral("Mairie du 1er"));
        QVERIFY(arabic.contains(QLocale(QStringLiteral("ar")).monthName(6)));
        QVERIFY(!arabic.contains(QLatin1Char('{')));
    }

    void regionalCodesAndFallbacks()
    {
        const VisitorPhrases &phrases = VisitorPhrases::builtIn();
        QVERIFY(phrases.has(QStringLiteral("pt-BR")));
        QVERIFY(phrases.has(QStringLiteral("AR")));
        QVERIFY(!phrases.has(QStringLiteral("xx")));
        QCOMPARE(phrases.resolve(QStringLiteral("pt_BR")), QStringLiteral("pt"));
        QCOMPARE(phrases.resolve(QStringLiteral("xx")), QStringLiteral("fr"));
        QCOMPARE(phrases.text(QStringLiteral("xx"), QStringLiteral("welcome")),
                 phrasesOf(QStringLiteral("fr"), QStringLiteral("welcome")));
        QCOMPARE(phrases.text(QStringLiteral("pt-BR"), QStringLiteral("thank_you")), QStringLiteral("Obrigado, adeus"));
        QCOMPARE(phrases.text(QStringLiteral("fr"), QStringLiteral("no_such_key")), QString());
        QCOMPARE(phrases.nativeName(QStringLiteral("ar")), QString::fromUtf8("العربية"));
    }

    void aMissingKeyFallsBackToFrenchThenEnglish()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QJsonObject english = builtInFile(QStringLiteral("en"));
        QJsonObject englishPhrases = english.value(QLatin1String("phrases")).toObject();
        englishPhrases.insert(QStringLiteral("extra"), QStringLiteral("Only in English"));
        english.insert(QStringLiteral("phrases"), englishPhrases);
        write(dir, QStringLiteral("en"), english);
        QJsonObject french = builtInFile(QStringLiteral("fr"));
        QJsonObject frenchPhrases = french.value(QLatin1String("phrases")).toObject();
        frenchPhrases.insert(QStringLiteral("bonus"), QStringLiteral("Seulement en français"));
        french.insert(QStringLiteral("phrases"), frenchPhrases);
        write(dir, QStringLiteral("fr"), french);
        write(dir, QStringLiteral("de"), builtInFile(QStringLiteral("de")));

        const VisitorPhrases phrases(dir.path());
        QVERIFY(phrases.loadErrors().isEmpty());
        QCOMPARE(phrases.languages(), QStringList({QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr")}));
        QCOMPARE(phrases.text(QStringLiteral("de"), QStringLiteral("bonus")), QStringLiteral("Seulement en français"));
        QCOMPARE(phrases.text(QStringLiteral("de"), QStringLiteral("extra")), QStringLiteral("Only in English"));
        QCOMPARE(phrases.text(QStringLiteral("ar"), QStringLiteral("welcome")), QStringLiteral("Bienvenue à la mairie"));

        QTemporaryDir englishOnly;
        write(englishOnly, QStringLiteral("en"), builtInFile(QStringLiteral("en")));
        const VisitorPhrases onlyEnglish(englishOnly.path());
        QCOMPARE(onlyEnglish.text(QStringLiteral("ar"), QStringLiteral("welcome")), QStringLiteral("Welcome to the town hall"));
        QCOMPARE(onlyEnglish.resolve(QStringLiteral("ar")), QStringLiteral("fr")); // the text is English's
    }

    void badFilesAreSkippedAndReported()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        write(dir, QStringLiteral("fr"), builtInFile(QStringLiteral("fr")));
        write(dir, QStringLiteral("broken.json"), QByteArrayLiteral("{\"language\": \"broken\", \"phrases\": {"));
        write(dir, QStringLiteral("list.json"), QByteArrayLiteral("[1, 2]"));

        QJsonObject incomplete = builtInFile(QStringLiteral("es"));
        QJsonObject phrases = incomplete.value(QLatin1String("phrases")).toObject();
        phrases.remove(QStringLiteral("thank_you"));
        phrases.insert(QStringLiteral("welcome"), QStringLiteral("  "));
        incomplete.insert(QStringLiteral("phrases"), phrases);
        write(dir, QStringLiteral("es"), incomplete);

        QJsonObject sideways = builtInFile(QStringLiteral("it"));
        sideways.insert(QStringLiteral("direction"), QStringLiteral("up"));
        write(dir, QStringLiteral("it"), sideways);

        QJsonObject misnamed = builtInFile(QStringLiteral("de"));
        write(dir, QStringLiteral("nl"), misnamed); // says "de" inside

        QJsonObject lostDate = builtInFile(QStringLiteral("pt"));
        QJsonObject ptPhrases = lostDate.value(QLatin1String("phrases")).toObject();
        ptPhrases.insert(QStringLiteral("appointment_is"), QStringLiteral("A sua marcação: {time}, {site}"));
        lostDate.insert(QStringLiteral("phrases"), ptPhrases);
        write(dir, QStringLiteral("pt"), lostDate);

        const QRegularExpression skipped(QStringLiteral("^VisitorPhrases: .* skipped: "));
        for (int i = 0; i < 6; ++i)
            QTest::ignoreMessage(QtWarningMsg, skipped);
        const VisitorPhrases loaded(dir.path());
        QCOMPARE(loaded.languages(), QStringList{QStringLiteral("fr")});
        const QStringList errors = loaded.loadErrors();
        QCOMPARE(errors.size(), 6);
        const QString all = errors.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("broken.json: not valid JSON")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("list.json: not a JSON object")));
        QVERIFY(all.contains(QStringLiteral("es.json: missing or empty phrases: welcome, thank_you")));
        QVERIFY(all.contains(QStringLiteral("it.json: \"direction\" is \"up\"")));
        QVERIFY(all.contains(QStringLiteral("nl.json: \"language\" is \"de\"")));
        QVERIFY(all.contains(QStringLiteral("pt.json: \"appointment_is\" has placeholders {site} {time}")));
        // The visitor reads French instead.
        QCOMPARE(loaded.text(QStringLiteral("es"), QStringLiteral("thank_you")), QStringLiteral("Merci, au revoir"));
    }

    void anEmptyFolderIsReported()
    {
        QTemporaryDir dir;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^VisitorPhrases: no phrase file")));
        const VisitorPhrases none(dir.path());
        QVERIFY(none.languages().isEmpty());
        QCOMPARE(none.loadErrors().size(), 1);
        QCOMPARE(none.text(QStringLiteral("fr"), QStringLiteral("welcome")), QString());
        QCOMPARE(none.direction(QStringLiteral("ar")), Qt::LeftToRight);
    }
};

QTEST_GUILESS_MAIN(TestVisitorPhrases)
#include "tst_visitorphrases.moc"
