#include "kb/KbLexicon.h"

#include "kb/KbText.h"
#include "store/Sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace guichet {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        if (v.isString() && !v.toString().trimmed().isEmpty())
            list << v.toString();
    return list;
}

} // namespace

void KbLexicon::clear()
{
    m_synonyms.clear();
    m_suffixes.clear();
}

void KbLexicon::addSynonym(const QString &term, const QString &alternative)
{
    const QString key = kbtext::tokenize(term).join(QLatin1Char(' '));
    const QString folded = kbtext::tokenize(alternative).join(QLatin1Char(' '));
    if (key.isEmpty() || folded.isEmpty() || folded == key)
        return;
    // One alternative once, however it is written.
    const auto values = m_synonyms.values(key);
    for (const QString &known : values)
        if (kbtext::tokenize(known).join(QLatin1Char(' ')) == folded)
            return;
    m_synonyms.insert(key, alternative);
}

bool KbLexicon::loadJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                   : QStringLiteral("not a JSON object");
        return false;
    }
    const QJsonObject root = document.object();
    const QJsonObject synonyms = root.value(QStringLiteral("synonyms")).toObject();
    for (auto it = synonyms.constBegin(); it != synonyms.constEnd(); ++it)
        for (const QString &alternative : strings(it.value()))
            addSynonym(it.key(), alternative);
    // Each expression of a group matches every other one.
    for (const QJsonValue &group : root.value(QStringLiteral("equivalents")).toArray()) {
        const QStringList terms = strings(group);
        for (const QString &term : terms)
            for (const QString &other : terms)
                addSynonym(term, other);
    }
    for (const QString &suffix : strings(root.value(QStringLiteral("variant_suffixes")))) {
        const QString folded = kbtext::fold(suffix.trimmed());
        if (!m_suffixes.contains(folded))
            m_suffixes << folded;
    }
    std::stable_sort(m_suffixes.begin(), m_suffixes.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return true;
}

bool KbLexicon::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return loadJson(file.readAll(), error);
}

void KbLexicon::loadTable(const QSqlDatabase &db)
{
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT term, alternative FROM kb_synonyms"));
    while (q.next())
        addSynonym(q.value(0).toString(), q.value(1).toString());
}

} // namespace guichet
