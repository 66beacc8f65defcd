#pragma once

#include "shell/Area.h"
#include "shell/UiContext.h"

namespace guichet {

// STUB: replaced by the real area.
class InterpretingArea : public Area
{
    Q_OBJECT

public:
    explicit InterpretingArea(const UiContext &context, QWidget *parent = nullptr);

    QString areaKey() const override { return QStringLiteral("interpreting"); }
    QString areaTitle() const override;
    void setSite(const QString &siteId) override;
    void search(const QString &text) override;
    QString searchPlaceholder() const override;
    void focusPrimary() override;

private:
    UiContext m_context;
};

} // namespace guichet
