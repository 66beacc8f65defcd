#include "knowledge/KnowledgeArea.h"

namespace guichet {

KnowledgeArea::KnowledgeArea(const UiContext &context, QWidget *parent) : Area(parent), m_context(context) {}
QString KnowledgeArea::areaTitle() const { return tr("knowledge"); }
void KnowledgeArea::setSite(const QString &siteId) { m_context.siteId = siteId; }
void KnowledgeArea::search(const QString &) {}
QString KnowledgeArea::searchPlaceholder() const { return {}; }
void KnowledgeArea::focusPrimary() { setFocus(); }

} // namespace guichet
