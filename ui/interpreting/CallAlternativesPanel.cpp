#include "interpreting/CallAlternativesPanel.h"

#include <QHBoxLayout>
#include <algorithm>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace guichet {

CallAlternativesPanel::CallAlternativesPanel(QWidget *parent)
    : QFrame(parent)
    , m_reason(new QLabel(this))
    , m_deskPhone(new QLabel(this))
    , m_book(new QPushButton(tr("&Book an appointment with an interpreter"), this))
    , m_conversation(new QPushButton(tr("Written c&onversation"), this))
{
    setObjectName(QStringLiteral("callAlternatives"));
    setAccessibleName(tr("What to do instead"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    for (QLabel *label : {m_reason, m_deskPhone}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        layout->addWidget(label);
    }
    m_reason->setObjectName(QStringLiteral("alternativesReason"));
    m_deskPhone->setObjectName(QStringLiteral("deskPhone"));
    m_deskPhone->setAccessibleName(tr("Number to dial from the desk phone"));
    QFont phoneFont = m_deskPhone->font();
    phoneFont.setBold(true);
    phoneFont.setPointSizeF(phoneFont.pointSizeF() * 1.2);
    m_deskPhone->setFont(phoneFont);
    m_book->setObjectName(QStringLiteral("bookInterpreter"));
    m_book->setAccessibleDescription(
        tr("Opens a new appointment with the need for an interpreter and the visitor's language"));
    m_conversation->setObjectName(QStringLiteral("startConversation"));
    m_conversation->setAccessibleDescription(
        tr("Agent and visitor write to each other on the visitor screen; works offline"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_book);
    buttons->addWidget(m_conversation);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_book, &QPushButton::clicked, this, &CallAlternativesPanel::bookingRequested);
    connect(m_conversation, &QPushButton::clicked, this, &CallAlternativesPanel::conversationRequested);
    hide();
}

void CallAlternativesPanel::setOptions(const CallOptions &options, bool online)
{
    const bool anyUnreachable =
        std::any_of(options.options.cbegin(), options.options.cend(), [](const auto &o) { return !o.reachable; });
    if (options.canCall && !anyUnreachable) {
        hide();
        return;
    }
    QStringList reasons;
    if (!online &&
        std::any_of(options.options.cbegin(), options.options.cend(),
                    [](const auto &o) { return o.openNow && o.provider.needsNetwork(); }))
        reasons << tr("The counter is offline: video links, SIP lines and online services cannot be reached.");
    const QLocale locale;
    for (const CallOptions::Option &option : options.options) {
        if (option.openNow)
            continue;
        reasons << (option.nextOpening.isValid()
                        ? tr("%1 is closed now; it opens again %2.")
                              .arg(option.provider.name,
                                   locale.toString(option.nextOpening, QStringLiteral("dddd d MMMM HH:mm")))
                        : tr("%1 is closed now.").arg(option.provider.name));
    }
    if (options.options.isEmpty())
        reasons << tr("No service can be called for this need from this site.");
    m_reason->setText(reasons.join(QLatin1Char('\n')));

    QStringList numbers;
    for (const InterpreterProvider &phone : options.deskPhone)
        numbers << tr("From the desk phone: dial %1 (%2)").arg(phone.address, phone.name);
    m_deskPhone->setText(numbers.join(QLatin1Char('\n')));
    m_deskPhone->setVisible(!numbers.isEmpty());
    m_book->setVisible(options.suggestBooking || anyUnreachable);
    show();
}

} // namespace guichet
