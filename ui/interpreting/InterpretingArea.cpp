#include "interpreting/InterpretingArea.h"

namespace guichet {

InterpretingArea::InterpretingArea(const UiContext &context, QWidget *parent) : Area(parent), m_context(context) {}
QString InterpretingArea::areaTitle() const { return tr("interpreting"); }
void InterpretingArea::setSite(const QString &siteId) { m_context.siteId = siteId; }
void InterpretingArea::search(const QString &) {}
QString InterpretingArea::searchPlaceholder() const { return {}; }
void InterpretingArea::focusPrimary() { setFocus(); }

} // namespace guichet
