#include "domain/Mutation.h"

namespace guichet {

QString Mutation::operationName(Operation op)
{
    switch (op) {
    case Operation::Create:
        return QStringLiteral("create");
    case Operation::Update:
        return QStringLiteral("update");
    case Operation::Delete:
        return QStringLiteral("delete");
    }
    return QStringLiteral("update");
}

Mutation::Operation Mutation::operationFromName(const QString &name)
{
    if (name == QLatin1String("create"))
        return Operation::Create;
    if (name == QLatin1String("delete"))
        return Operation::Delete;
    return Operation::Update;
}

} // namespace guichet
