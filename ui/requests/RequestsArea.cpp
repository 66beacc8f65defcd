#include "requests/RequestsArea.h"

namespace guichet {

RequestsArea::RequestsArea(const UiContext &context, QWidget *parent) : Area(parent), m_context(context) {}
QString RequestsArea::areaTitle() const { return tr("requests"); }
void RequestsArea::setSite(const QString &siteId) { m_context.siteId = siteId; }
void RequestsArea::search(const QString &) {}
QString RequestsArea::searchPlaceholder() const { return {}; }
void RequestsArea::focusPrimary() { setFocus(); }

} // namespace guichet
