#include "domain/InterpreterProvider.h"

#include "core/TimeFormat.h"

namespace guichet {

QString InterpreterProvider::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Video:
        return QStringLiteral("video");
    case Kind::Phone:
        return QStringLiteral("phone");
    case Kind::Sip:
        return QStringLiteral("sip");
    case Kind::App:
        return QStringLiteral("app");
    }
    return QStringLiteral("phone");
}

InterpreterProvider::Kind InterpreterProvider::kindFromName(const QString &name, bool *ok)
{
    const QList<Kind> kinds = {Kind::Video, Kind::Phone, Kind::Sip, Kind::App};
    for (Kind kind : kinds) {
        if (kindName(kind) == name) {
            if (ok)
                *ok = true;
            return kind;
        }
    }
    if (ok)
        *ok = false;
    return Kind::Phone;
}

bool InterpreterProvider::isOpenAt(const QDateTime &local) const
{
    if (hours.isEmpty())
        return true;
    const int day = local.date().dayOfWeek();
    const QTime time = local.time();
    for (const Hours &span : hours)
        if (span.days.contains(day) && time >= span.from && time < span.to)
            return true;
    return false;
}

QDateTime InterpreterProvider::nextOpening(const QDateTime &local) const
{
    if (isOpenAt(local))
        return local;
    QDateTime best;
    for (int offset = 0; offset <= 7; ++offset) {
        const QDate day = local.date().addDays(offset);
        for (const Hours &span : hours) {
            if (!span.days.contains(day.dayOfWeek()))
                continue;
            QDateTime start = local;
            start.setDate(day);
            start.setTime(span.from);
            if (start > local && (!best.isValid() || start < best))
                best = start;
        }
        if (best.isValid())
            return best;
    }
    return best;
}

QUrl InterpreterProvider::callUrl(const QString &language) const
{
    QString trimmed = address.trimmed();
    trimmed.replace(QLatin1String("{language}"), QString::fromLatin1(QUrl::toPercentEncoding(language)));
    if (kind == Kind::Phone) {
        QString digits;
        for (const QChar c : trimmed)
            if (c.isDigit() || c == QLatin1Char('+'))
                digits += c;
        if (digits.startsWith(QLatin1Char('0')) && digits.size() == 10)
            digits = QStringLiteral("+33") + digits.mid(1);
        return QUrl(QStringLiteral("tel:") + digits);
    }
    if (kind == Kind::Sip && !trimmed.startsWith(QLatin1String("sip:")) &&
        !trimmed.startsWith(QLatin1String("sips:")))
        return QUrl(QStringLiteral("sip:") + trimmed);
    return QUrl(trimmed);
}

QJsonArray InterpreterProvider::modesToJson(const QList<InterpretingMode::Value> &list)
{
    QJsonArray array;
    for (auto mode : list)
        array.append(InterpretingMode::name(mode));
    return array;
}

QList<InterpretingMode::Value> InterpreterProvider::modesFromJson(const QJsonArray &array)
{
    QList<InterpretingMode::Value> result;
    for (const QJsonValue &value : array) {
        bool ok = false;
        const auto mode = InterpretingMode::fromName(value.toString(), &ok);
        if (ok && !result.contains(mode))
            result << mode;
    }
    return result;
}

QJsonArray InterpreterProvider::hoursToJson(const QList<Hours> &list)
{
    QJsonArray array;
    for (const Hours &span : list) {
        QJsonArray days;
        for (int day : span.days)
            days.append(day);
        array.append(QJsonObject{{QStringLiteral("days"), days},
                                 {QStringLiteral("from"), span.from.toString(QStringLiteral("HH:mm"))},
                                 {QStringLiteral("to"), span.to.toString(QStringLiteral("HH:mm"))}});
    }
    return array;
}

QList<InterpreterProvider::Hours> InterpreterProvider::hoursFromJson(const QJsonArray &array)
{
    QList<Hours> result;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        Hours span;
        for (const QJsonValue &day : object.value(QStringLiteral("days")).toArray())
            if (day.toInt() >= 1 && day.toInt() <= 7)
                span.days << day.toInt();
        span.from =
            QTime::fromString(object.value(QStringLiteral("from")).toString(), QStringLiteral("HH:mm"));
        span.to = QTime::fromString(object.value(QStringLiteral("to")).toString(), QStringLiteral("HH:mm"));
        if (!span.days.isEmpty() && span.from.isValid() && span.to.isValid() && span.from < span.to)
            result << span;
    }
    return result;
}

QJsonObject InterpreterProvider::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("modes"), modesToJson(modes)},
        {QStringLiteral("languages"), QJsonArray::fromStringList(languages)},
        {QStringLiteral("address"), address},
        {QStringLiteral("hours"), hoursToJson(hours)},
        {QStringLiteral("site_ids"), QJsonArray::fromStringList(siteIds)},
        {QStringLiteral("is_example"), isExample},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("updated_at"), timefmt::toStoreMs(updatedAt)},
        {QStringLiteral("deleted"), deleted},
    };
}

} // namespace guichet
