#pragma once

// A DemoContext over a test store, for tests that run one demo generator on its own, and the bare
// sites such a generator needs (the sites generator is not run).
#include "TestStore.h"

#include "core/TimeFormat.h"
#include "demo/DemoContext.h"
#include "store/Sql.h"

namespace guichet::testing {

inline DemoContext demoContextFor(TestStore &test)
{
    return DemoContext(test.store().connection(), test.clock(), DemoOptions{},
                       test.clock().todayIn(defaultTimeZone()), timefmt::toStoreMs(test.clock().nowUtc()));
}

// Sites named after their codes, registered in the context as the sites generator would.
inline void insertBareSites(DemoContext &context, const QStringList &codes)
{
    for (const QString &code : codes) {
        const QString id = context.idFor(QStringLiteral("site"), code);
        sql::exec(context.db,
                  QStringLiteral("INSERT INTO sites (id, code, name, kind, updated_at) VALUES (?, ?, ?, "
                                 "'mairie_arrondissement', ?)"),
                  {id, code, code, context.stamp});
        context.siteIds << id;
        context.siteIdByCode.insert(code, id);
    }
}

} // namespace guichet::testing
