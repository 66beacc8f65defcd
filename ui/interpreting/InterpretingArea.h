#pragma once

#include "domain/InterpretingMode.h"
#include "shell/Area.h"
#include "shell/UiContext.h"

#include <QHash>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTableView;

namespace guichet {

class InterpreterProviderModel;
class LanguageListModel;

// Interprétariat: one large button per need (foreign language, LSF, LPC, live transcription), the
// visitor's language (searchable by its own name or its French name), the services that can be
// called for it from this site, and a Call button that logs the call (outbox) and shows what to
// dial or open.
class InterpretingArea : public Area
{
    Q_OBJECT

public:
    explicit InterpretingArea(const UiContext &context, QWidget *parent = nullptr);

    QString areaKey() const override { return QStringLiteral("interpreting"); }
    QString areaTitle() const override;
    void setSite(const QString &siteId) override;
    void setAgent(const QString &agentId) override { m_context.agentId = agentId; }
    void search(const QString &text) override;
    QString searchPlaceholder() const override;
    void focusPrimary() override;
    void leaveSearch(SearchExit how) override;

    void setMode(InterpretingMode::Value mode);
    InterpretingMode::Value mode() const { return m_mode; }
    QString language() const { return m_language; }
    // Tests turn this off: the Call button then only logs and shows the address.
    void setOpenLinks(bool open) { m_openLinks = open; }

    QAbstractButton *modeButton(InterpretingMode::Value mode) const { return m_modeButtons.value(mode); }
    QLineEdit *languageFilter() const { return m_languageFilter; }
    QListView *languages() const { return m_languages; }
    QTableView *providers() const { return m_providers; }
    QPushButton *callButton() const { return m_call; }
    QLabel *dialLabel() const { return m_dial; }

private:
    void onLanguageChanged();
    void refreshProviders();
    void updateCallButton();
    void call();

    UiContext m_context;
    InterpretingMode::Value m_mode = InterpretingMode::Foreign;
    QString m_language;
    bool m_openLinks = true;
    LanguageListModel *m_languageModel;
    InterpreterProviderModel *m_providerModel;
    QButtonGroup *m_modeGroup;
    QHash<InterpretingMode::Value, QAbstractButton *> m_modeButtons;
    QWidget *m_languagePanel;
    QLineEdit *m_languageFilter;
    QListView *m_languages;
    QTableView *m_providers;
    QLabel *m_providersHint;
    QPushButton *m_call;
    QLabel *m_dial;
};

} // namespace guichet
