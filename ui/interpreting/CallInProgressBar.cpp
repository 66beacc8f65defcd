#include "interpreting/CallInProgressBar.h"

#include "core/Clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace guichet {

CallInProgressBar::CallInProgressBar(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_label(new QLabel(this))
    , m_end(new QPushButton(tr("&End call"), this))
    , m_noAnswer(new QPushButton(tr("No ans&wer"), this))
    , m_failed(new QPushButton(tr("Call fa&iled"), this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("callInProgress"));
    setAccessibleName(tr("Call in progress"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setObjectName(QStringLiteral("callInProgressLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    QFont font = m_label->font();
    font.setBold(true);
    m_label->setFont(font);
    m_end->setAccessibleName(tr("End the call: the service answered"));
    m_noAnswer->setAccessibleName(tr("End the call: nobody answered"));
    m_failed->setAccessibleName(tr("End the call: it did not work"));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_end);
    layout->addWidget(m_noAnswer);
    layout->addWidget(m_failed);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &CallInProgressBar::refresh);
    connect(m_end, &QPushButton::clicked, this, [this] { finish(CallLog::Outcome::Done); });
    connect(m_noAnswer, &QPushButton::clicked, this, [this] { finish(CallLog::Outcome::NoAnswer); });
    connect(m_failed, &QPushButton::clicked, this, [this] { finish(CallLog::Outcome::Failed); });
    hide();
}

void CallInProgressBar::start(const QString &callId, const QString &whom)
{
    if (isActive())
        finish(CallLog::Outcome::Done);
    m_callId = callId;
    m_whom = whom;
    m_startedAt = m_clock.nowUtc();
    refresh();
    m_timer->start();
    show();
}

int CallInProgressBar::elapsedSeconds() const
{
    return isActive() ? int(std::max<qint64>(0, m_startedAt.secsTo(m_clock.nowUtc()))) : 0;
}

void CallInProgressBar::finish(CallLog::Outcome outcome)
{
    if (!isActive())
        return;
    const QString id = m_callId;
    const int duration = elapsedSeconds();
    m_callId.clear();
    m_timer->stop();
    hide();
    emit finished(id, outcome, duration);
}

void CallInProgressBar::refresh()
{
    const int seconds = elapsedSeconds();
    //: A call in progress: with whom, since when (minutes:seconds)
    m_label->setText(tr("Call in progress with %1 — %2:%3")
                         .arg(m_whom)
                         .arg(seconds / 60)
                         .arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

} // namespace guichet
