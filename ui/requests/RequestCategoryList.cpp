#include "requests/RequestCategoryList.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// guichet.qrc is compiled into the static guichet_ui library: registered by hand, outside any namespace.
static void initGuichetResources()
{
    Q_INIT_RESOURCE(guichet);
}

namespace guichet {

QList<RequestCategory> RequestCategoryList::builtIn()
{
    static const QList<RequestCategory> categories = [] {
        initGuichetResources();
        QFile file(QStringLiteral(":/requests/categories.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("guichet: the request categories (:/requests/categories.json) could not be read");
            return QList<RequestCategory>();
        }
        return fromJson(file.readAll());
    }();
    return categories;
}

QList<RequestCategory> RequestCategoryList::fromJson(const QByteArray &json)
{
    QList<RequestCategory> result;
    const QJsonArray entries =
        QJsonDocument::fromJson(json).object().value(QLatin1String("categories")).toArray();
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        RequestCategory category{object.value(QLatin1String("name")).toString().simplified(),
                                 object.value(QLatin1String("service")).toString().simplified()};
        if (!category.name.isEmpty())
            result << category;
    }
    return result;
}

} // namespace guichet
