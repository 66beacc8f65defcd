#include "appointments/AppointmentsArea.h"

namespace guichet {

AppointmentsArea::AppointmentsArea(const UiContext &context, QWidget *parent) : Area(parent), m_context(context) {}
QString AppointmentsArea::areaTitle() const { return tr("appointments"); }
void AppointmentsArea::setSite(const QString &siteId) { m_context.siteId = siteId; }
void AppointmentsArea::search(const QString &) {}
QString AppointmentsArea::searchPlaceholder() const { return {}; }
void AppointmentsArea::focusPrimary() { setFocus(); }

} // namespace guichet
