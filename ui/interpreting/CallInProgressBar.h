#pragma once

#include "domain/CallLog.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace guichet {

class Clock;

// The strip shown while a call is on: whom the counter is calling, for how long, and how it ended
// (reached, no answer, failed). Ending it gives the outcome and the duration to the caller, who
// writes them into the call log.
class CallInProgressBar : public QWidget
{
    Q_OBJECT

public:
    CallInProgressBar(const Clock &clock, QWidget *parent = nullptr);

    void start(const QString &callId, const QString &whom);
    bool isActive() const { return !m_callId.isEmpty(); }
    QString callId() const { return m_callId; }
    int elapsedSeconds() const;
    // Ends the call on show (the agent calls someone else, or leaves): outcome as given.
    void finish(CallLog::Outcome outcome);

    QPushButton *endButton() const { return m_end; }
    QPushButton *noAnswerButton() const { return m_noAnswer; }
    QPushButton *failedButton() const { return m_failed; }
    QLabel *label() const { return m_label; }

signals:
    void finished(const QString &callId, guichet::CallLog::Outcome outcome, int durationS);

private:
    void refresh();

    const Clock &m_clock;
    QString m_callId;
    QString m_whom;
    QDateTime m_startedAt;
    QLabel *m_label;
    QPushButton *m_end;
    QPushButton *m_noAnswer;
    QPushButton *m_failed;
    QTimer *m_timer;
};

} // namespace guichet
