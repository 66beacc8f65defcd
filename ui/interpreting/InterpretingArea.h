#pragma once

#include "domain/CallLog.h"
#include "domain/InterpretingMode.h"
#include "interpreting/AgentNetwork.h"
#include "interpreting/CallOptions.h"
#include "shell/Area.h"
#include "shell/UiContext.h"

#include <QHash>

class QAbstractButton;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace guichet {

class AgentNetworkPanel;
class CallAlternativesPanel;
class CallInProgressBar;
class InterpreterProviderModel;
class LanguageListModel;
class VisitorScreen;
class WrittenConversationPanel;

// Interprétariat: one large button per need (foreign language, LSF, LPC, live transcription,
// written conversation); the visitor's language, searchable by its own name or its French name;
// the services that can be called for it from this site, and the city's own agents who speak it.
// One click calls (logged, synced) and the visitor screen tells the visitor, in their language,
// that an interpreter is coming. When nothing can be reached (closed, offline), the alternatives.
class InterpretingArea : public Area
{
    Q_OBJECT

public:
    explicit InterpretingArea(const UiContext &context, QWidget *parent = nullptr);
    ~InterpretingArea() override;

    QString areaKey() const override { return QStringLiteral("interpreting"); }
    QString areaTitle() const override;
    void setSite(const QString &siteId) override;
    void setAgent(const QString &agentId) override;
    void search(const QString &text) override;
    QString searchPlaceholder() const override;
    void focusPrimary() override;
    void leaveSearch(SearchExit how) override;
    void setOnline(bool online) override;

    void setMode(InterpretingMode::Value mode);
    InterpretingMode::Value mode() const { return m_mode; }
    QString language() const { return m_language; }
    bool isOnline() const { return m_online; }
    // The written conversation page (a deaf or hard-of-hearing visitor), offline too.
    void showConversation();
    bool isConversationShown() const;
    void showVisitorScreen();
    // The button and Ctrl+Shift+V: shows the visitor screen, or closes it when it is on show.
    void toggleVisitorScreen();
    QPushButton *visitorScreenButton() const { return m_visitorScreenButton; }
    // Tests turn this off: calling then only logs and shows the address.
    void setOpenLinks(bool open) { m_openLinks = open; }

    QAbstractButton *modeButton(InterpretingMode::Value mode) const { return m_modeButtons.value(mode); }
    QAbstractButton *conversationButton() const { return m_conversationButton; }
    QLineEdit *languageFilter() const { return m_languageFilter; }
    QListView *languages() const { return m_languages; }
    QTableView *providers() const { return m_providers; }
    QPushButton *callButton() const { return m_call; }
    QLabel *dialLabel() const { return m_dial; }
    CallInProgressBar *callInProgress() const { return m_inCall; }
    CallAlternativesPanel *alternatives() const { return m_alternatives; }
    AgentNetworkPanel *agentNetwork() const { return m_network; }
    WrittenConversationPanel *conversation() const { return m_conversation; }
    VisitorScreen *visitorScreen() const { return m_visitorScreen; }
    QLabel *visitorScreenNote() const { return m_screenNote; }
    const CallOptions &callOptions() const { return m_options; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // The agent asked for an appointment with an interpreter (nothing could be called now).
    void bookingRequested(const QString &language, guichet::InterpretingMode::Value mode);
    // The agent attaches the written conversation to a request (its reference is asked there).
    void attachToRequestRequested(const QString &transcript);

private:
    QWidget *buildCallPage();
    QWidget *buildModeRow();
    void onLanguageChanged();
    void refreshProviders();
    void updateCallButton();
    void call();
    void callAgent(const AgentNetwork::Member &member);
    void startCall(const CallLog &log, const QString &whom, const QString &what);
    void onCallFinished(const QString &callId, CallLog::Outcome outcome, int durationS);
    void updateSupervisorActions();
    void checkNeed(int buttonId);
    void updateScreenNote();
    void syncScreenButton();
    void attachConversation(const QString &transcript);
    QString visitorLanguage() const;
    VisitorScreen *ensureVisitorScreen();

    UiContext m_context;
    InterpretingMode::Value m_mode = InterpretingMode::Foreign;
    QString m_language;
    bool m_online = true;
    bool m_openLinks = true;
    CallOptions m_options;
    LanguageListModel *m_languageModel;
    InterpreterProviderModel *m_providerModel;
    QHash<int, QAbstractButton *> m_needButtons; // the modes and kConversationId
    QHash<InterpretingMode::Value, QAbstractButton *> m_modeButtons;
    QAbstractButton *m_conversationButton = nullptr;
    QPushButton *m_visitorScreenButton = nullptr;
    QLabel *m_screenNote = nullptr;
    QPushButton *m_manageButton = nullptr;
    QPushButton *m_figuresButton = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_languagePanel = nullptr;
    QLineEdit *m_languageFilter = nullptr;
    QListView *m_languages = nullptr;
    QTableView *m_providers = nullptr;
    QLabel *m_providersHint = nullptr;
    QPushButton *m_call = nullptr;
    QLabel *m_dial = nullptr;
    CallInProgressBar *m_inCall = nullptr;
    CallAlternativesPanel *m_alternatives = nullptr;
    AgentNetworkPanel *m_network = nullptr;
    WrittenConversationPanel *m_conversation = nullptr;
    VisitorScreen *m_visitorScreen = nullptr;
};

} // namespace guichet
