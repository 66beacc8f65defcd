#include "visitor/VisitorPhrases.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QtDebug>

namespace guichet {

namespace {

const QString kFrench = QStringLiteral("fr");
const QString kEnglish = QStringLiteral("en");

// Replaces every {name} by its value in one pass: a value containing "{site}" is not expanded.
QString fill(const QString &text, const QHash<QString, QString> &args)
{
    if (args.isEmpty())
        return text;
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    QString out;
    qsizetype from = 0;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text)) {
        out += QStringView(text).mid(from, match.capturedStart() - from);
        const auto value = args.constFind(match.captured(1));
        out += value == args.constEnd() ? match.captured(0) : *value;
        from = match.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

} // namespace

const VisitorPhrases &VisitorPhrases::builtIn()
{
    static const VisitorPhrases phrases(QStringLiteral(":/visitor"));
    return phrases;
}

VisitorPhrases::VisitorPhrases(const QString &directory)
{
    load(directory);
}

QStringList VisitorPhrases::keys()
{
    static const QStringList list{
        QStringLiteral("welcome"),
        QStringLiteral("please_wait"),
        QStringLiteral("interpreter_coming"),
        QStringLiteral("sign_language_coming"),
        QStringLiteral("transcription_coming"),
        QStringLiteral("interpreter_unavailable"),
        QStringLiteral("appointment_is"),
        QStringLiteral("bring_documents"),
        QStringLiteral("conversation_intro"),
        QStringLiteral("your_turn"),
        QStringLiteral("agent_typing"),
        QStringLiteral("thank_you"),
        QStringLiteral("request_received"),
        QStringLiteral("turn_agent"),
        QStringLiteral("turn_you"),
    };
    return list;
}

QStringList VisitorPhrases::placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    QStringList names;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        names.append(match.captured(1));
    names.sort();
    names.removeDuplicates();
    return names;
}

void VisitorPhrases::load(const QString &directory)
{
    const QDir dir(directory);
    const auto reject = [this, &dir](const QString &fileName, const QString &reason) {
        qWarning("VisitorPhrases: %s skipped: %s", qPrintable(QDir::toNativeSeparators(dir.filePath(fileName))),
                 qPrintable(reason));
        m_errors.append(QStringLiteral("%1: %2").arg(fileName, reason));
    };
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        qWarning("VisitorPhrases: no phrase file in %s", qPrintable(QDir::toNativeSeparators(directory)));
        m_errors.append(QStringLiteral("%1: no phrase file").arg(directory));
    }
    QHash<QString, Language> loaded;
    for (const QString &fileName : files) {
        QFile file(dir.filePath(fileName));
        Language language;
        const QString error = file.open(QIODevice::ReadOnly) ? check(fileName, file.readAll(), language)
                                                       : QStringLiteral("cannot be read");
        if (error.isEmpty())
            loaded.insert(QFileInfo(fileName).completeBaseName(), language);
        else
            reject(fileName, error);
    }
    // The placeholders of every phrase are French's: a translation that lost {date} would show
    // the visitor an appointment without its day.
    const auto french = loaded.constFind(kFrench);
    for (auto it = loaded.begin(); it != loaded.end();) {
        QString error;
        if (french != loaded.constEnd() && it.key() != kFrench) {
            for (const QString &key : keys()) {
                if (placeholders(it->phrases.value(key)) != placeholders(french->phrases.value(key))) {
                    error = QStringLiteral("\"%1\" has placeholders {%2}, French has {%3}")
                                .arg(key, placeholders(it->phrases.value(key)).join(QStringLiteral("} {")),
                                     placeholders(french->phrases.value(key)).join(QStringLiteral("} {")));
                    break;
                }
            }
        }
        if (error.isEmpty()) {
            ++it;
        } else {
            reject(it.key() + QStringLiteral(".json"), error);
            it = loaded.erase(it);
        }
    }
    m_languages = loaded;
}

QString VisitorPhrases::check(const QString &fileName, const QByteArray &data, Language &language) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QStringLiteral("not valid JSON (%1 at offset %2)")
            .arg(parseError.errorString())
            .arg(parseError.offset);
    if (!document.isObject())
        return QStringLiteral("not a JSON object");
    const QJsonObject root = document.object();
    const QString code = QFileInfo(fileName).completeBaseName();
    if (root.value(QLatin1String("language")).toString() != code)
        return QStringLiteral("\"language\" is \"%1\", not the file's name \"%2\"")
            .arg(root.value(QLatin1String("language")).toString(), code);
    const QString direction = root.value(QLatin1String("direction")).toString();
    if (direction != QLatin1String("ltr") && direction != QLatin1String("rtl"))
        return QStringLiteral("\"direction\" is \"%1\", not \"ltr\" or \"rtl\"").arg(direction);
    if (!root.value(QLatin1String("reviewed")).isBool())
        return QStringLiteral("\"reviewed\" is not true or false");
    if (!root.value(QLatin1String("phrases")).isObject())
        return QStringLiteral("no \"phrases\" object");
    const QJsonObject phrases = root.value(QLatin1String("phrases")).toObject();
    QStringList missing;
    for (const QString &key : keys())
        if (phrases.value(key).toString().trimmed().isEmpty())
            missing.append(key);
    if (!missing.isEmpty())
        return QStringLiteral("missing or empty phrases: %1").arg(missing.join(QStringLiteral(", ")));

    language.name = root.value(QLatin1String("name")).toString();
    language.direction = direction == QLatin1String("rtl") ? Qt::RightToLeft : Qt::LeftToRight;
    language.reviewed = root.value(QLatin1String("reviewed")).toBool();
    for (auto it = phrases.constBegin(); it != phrases.constEnd(); ++it)
        if (it.value().isString())
            language.phrases.insert(it.key(), it.value().toString());
    return {};
}

QString VisitorPhrases::baseCode(const QString &code) const
{
    const QString lower = code.trimmed().toLower();
    if (m_languages.contains(lower))
        return lower;
    return lower.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
}

const VisitorPhrases::Language *VisitorPhrases::find(const QString &code) const
{
    const auto it = m_languages.constFind(baseCode(code));
    return it == m_languages.constEnd() ? nullptr : &*it;
}

QStringList VisitorPhrases::languages() const
{
    QStringList codes = m_languages.keys();
    codes.sort();
    return codes;
}

bool VisitorPhrases::has(const QString &code) const
{
    return find(code) != nullptr;
}

QString VisitorPhrases::resolve(const QString &code) const
{
    return has(code) ? baseCode(code) : kFrench;
}

QString VisitorPhrases::nativeName(const QString &code) const
{
    const Language *language = find(code);
    if (language && !language->name.isEmpty())
        return language->name;
    return QLocale(baseCode(code)).nativeLanguageName();
}

Qt::LayoutDirection VisitorPhrases::direction(const QString &code) const
{
    const Language *language = find(resolve(code));
    return language ? language->direction : Qt::LeftToRight;
}

bool VisitorPhrases::isReviewed(const QString &code) const
{
    const Language *language = find(code);
    return language && language->reviewed;
}

QString VisitorPhrases::text(const QString &code, const QString &key, const QHash<QString, QString> &args) const
{
    for (const QString &candidate : {code, kFrench, kEnglish}) {
        const Language *language = find(candidate);
        if (!language)
            continue;
        const auto phrase = language->phrases.constFind(key);
        if (phrase != language->phrases.constEnd() && !phrase->isEmpty())
            return fill(*phrase, args);
    }
    return {};
}

QString VisitorPhrases::appointmentText(const QString &code, const QDateTime &local, const QString &siteName) const
{
    const QLocale locale(resolve(code));
    return text(code, QStringLiteral("appointment_is"),
                {{QStringLiteral("date"), locale.toString(local.date(), QLocale::LongFormat)},
                 {QStringLiteral("time"), locale.toString(local.time(), QLocale::ShortFormat)},
                 {QStringLiteral("site"), siteName}});
}

} // namespace guichet
