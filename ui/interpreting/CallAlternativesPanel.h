#pragma once

#include "interpreting/CallOptions.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace guichet {

// What the agent can still do when the service they need cannot be called now (outside its hours,
// or offline for a video, SIP or online service): the number to dial from the desk phone, an
// appointment with an interpreter on site, or the written conversation.
class CallAlternativesPanel : public QFrame
{
    Q_OBJECT

public:
    explicit CallAlternativesPanel(QWidget *parent = nullptr);

    // Shows itself when something in `options` cannot be reached now; hides otherwise.
    void setOptions(const CallOptions &options, bool online);

    QLabel *reasonLabel() const { return m_reason; }
    QLabel *deskPhoneLabel() const { return m_deskPhone; }
    QPushButton *bookButton() const { return m_book; }
    QPushButton *conversationButton() const { return m_conversation; }

signals:
    void bookingRequested();
    void conversationRequested();

private:
    QLabel *m_reason;
    QLabel *m_deskPhone;
    QPushButton *m_book;
    QPushButton *m_conversation;
};

} // namespace guichet
