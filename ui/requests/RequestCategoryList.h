#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace guichet {

// A category offered when a request is filed, and the service its requests usually go to.
struct RequestCategory
{
    QString name;    // "Voirie"
    QString service; // "Métropole – service Voirie (signalements)" (may be empty)
};

// The categories of resources/requests/categories.json (data, editable without touching code):
// {"categories": [{"name": …, "service": …}, …]}.
class RequestCategoryList
{
public:
    // The file compiled into the application (:/requests/categories.json).
    static QList<RequestCategory> builtIn();
    // Entries without a name are left out; nothing when the JSON is not of that shape.
    static QList<RequestCategory> fromJson(const QByteArray &json);
};

} // namespace guichet
