#include "shell/CounterStatusBar.h"

#include "core/TimeFormat.h"
#include "repo/ConflictRepository.h"
#include "repo/OutboxRepository.h"
#include "repo/SyncStateRepository.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QLabel>
#include <QLocale>
#include <QTimeZone>
#include <QToolButton>

namespace guichet {

namespace {

// An error line longer than this is cut in the status bar; the tooltip has all of it.
constexpr int kMaxMessageInBar = 60;

QString shortened(const QString &text)
{
    const QString line = text.simplified();
    return line.size() > kMaxMessageInBar ? line.left(kMaxMessageInBar - 1) + QChar(0x2026) : line;
}

} // namespace

CounterStatusBar::CounterStatusBar(LocalStore &store, QWidget *parent) : QStatusBar(parent), m_store(store)
{
    setSizeGripEnabled(false);
    m_site = addField(QStringLiteral("StatusSite"), tr("Site"));
    m_agent = addField(QStringLiteral("StatusAgent"), tr("Agent"));
    m_connection = addField(QStringLiteral("StatusConnection"), tr("Connection"));
    m_outbox = addField(QStringLiteral("StatusWaiting"), tr("Waiting to be sent"));

    m_toHandle = new QToolButton(this);
    m_toHandle->setObjectName(QStringLiteral("StatusToHandle"));
    m_toHandle->setAutoRaise(true);
    m_toHandle->setAccessibleName(tr("Refused changes to handle"));
    m_toHandle->setToolTip(tr("Changes the server refused: open the list to retry or dismiss them (Ctrl+Shift+T)"));
    QFont bold = m_toHandle->font();
    bold.setBold(true);
    m_toHandle->setFont(bold);
    m_toHandle->hide();
    addPermanentWidget(m_toHandle);
    connect(m_toHandle, &QToolButton::clicked, this, &CounterStatusBar::toHandleRequested);

    m_lastSync = addField(QStringLiteral("StatusLastSync"), tr("Last synchronisation"));
    connect(&m_store, &LocalStore::changed, this, &CounterStatusBar::refresh);
    refresh();
}

QLabel *CounterStatusBar::addField(const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    label->setContentsMargins(8, 2, 8, 2);
    addPermanentWidget(label);
    return label;
}

void CounterStatusBar::setSiteName(const QString &name)
{
    m_site->setText(tr("Site: %1").arg(name));
}

void CounterStatusBar::setAgentName(const QString &name)
{
    m_agent->setText(tr("Agent: %1").arg(name));
}

void CounterStatusBar::setSyncStatus(const SyncStatus &status)
{
    m_sync = status;
    m_heardFromWorker = true;
    m_outboxCount = status.waiting;
    m_toHandleCount = status.toHandle;
    showConnection();
    showCounts();
}

void CounterStatusBar::refresh()
{
    try {
        m_outboxCount = OutboxRepository(m_store).count();
        m_toHandleCount = ConflictRepository(m_store).openCount();
        const SyncStateRepository state(m_store);
        m_sync.lastSuccess = timefmt::fromStore(state.value(SyncStateRepository::LastSuccess));
        m_serverConfigured = !state.value(SyncStateRepository::ServerUrl).isEmpty();
        m_storeProblem.clear();
    } catch (const StoreError &error) {
        m_outboxCount = -1;
        m_storeProblem = error.message();
    }
    showConnection();
    showCounts();
}

QString CounterStatusBar::timeOfDay(const QDateTime &utc, bool withSeconds) const
{
    const QDateTime local = utc.toTimeZone(defaultTimeZone());
    const QString time = local.toString(withSeconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
    if (local.date() == m_store.clock().nowUtc().toTimeZone(defaultTimeZone()).date())
        return time;
    return tr("%1 at %2", "a date, then a time of day")
        .arg(QLocale().toString(local.date(), QLocale::ShortFormat), time);
}

void CounterStatusBar::showConnection()
{
    if (!m_heardFromWorker && m_serverConfigured) {
        // A counter that syncs, but no worker runs (yet, or sync is off for a screenshot or a test).
        m_connection->setText(tr("Not synchronising"));
        m_connection->setToolTip(tr("This counter is not synchronising at the moment: changes are kept here and "
                                    "will be sent once it does."));
        m_connection->setAccessibleDescription(m_connection->toolTip());
        return;
    }
    const SyncStatus::State state = m_heardFromWorker ? m_sync.state : SyncStatus::State::Standalone;
    QString text;
    QString tip;
    switch (state) {
    case SyncStatus::State::Standalone:
        // No server is configured yet on this counter: it works on its local store alone.
        text = tr("Offline (local store only)");
        tip = tr("Everything is saved on this counter and will be sent once a server is configured.");
        break;
    case SyncStatus::State::SignedOut:
        text = tr("Not signed in");
        tip = tr("Nobody is signed in to the server: changes stay on this counter until an agent signs in "
                 "(Ctrl+L).");
        break;
    case SyncStatus::State::Online:
        text = tr("Online");
        tip = tr("Connected to the server: changes are sent as they are made.");
        break;
    case SyncStatus::State::Syncing:
        text = tr("Synchronising…");
        tip = tr("Sending this counter's changes and receiving the others'.");
        break;
    case SyncStatus::State::Offline:
        text = m_sync.nextAttempt.isValid()
                   ? tr("Offline – next try at %1").arg(timeOfDay(m_sync.nextAttempt, true))
                   : tr("Offline");
        tip = tr("The server cannot be reached. Everything is kept on this counter and sent automatically "
                 "once it answers.");
        break;
    case SyncStatus::State::Error:
        text = tr("Synchronisation error: %1").arg(shortened(m_sync.message));
        tip = m_sync.nextAttempt.isValid()
                  ? tr("Next try at %1.").arg(timeOfDay(m_sync.nextAttempt, true))
                  : QString();
        break;
    }
    if (!m_sync.message.isEmpty() && m_heardFromWorker && state != SyncStatus::State::Online
        && state != SyncStatus::State::Syncing)
        tip = m_sync.message + (tip.isEmpty() ? QString() : QStringLiteral("\n") + tip);
    m_connection->setText(text);
    m_connection->setToolTip(tip);
    m_connection->setAccessibleDescription(tip);
}

void CounterStatusBar::showCounts()
{
    if (!m_storeProblem.isEmpty()) {
        m_outbox->setText(tr("Local store unavailable"));
        m_outbox->setToolTip(m_storeProblem);
    } else {
        m_outbox->setText(tr("%n waiting to be sent", nullptr, m_outboxCount));
        m_outbox->setToolTip(QString());
    }
    m_toHandle->setText(tr("%n to handle", nullptr, m_toHandleCount));
    m_toHandle->setVisible(m_toHandleCount > 0);
    if (m_sync.lastSuccess.isValid()) {
        m_lastSync->setText(tr("Last synchronisation: %1").arg(timeOfDay(m_sync.lastSuccess, false)));
        m_lastSync->setToolTip(
            QLocale().toString(m_sync.lastSuccess.toTimeZone(defaultTimeZone()), QLocale::LongFormat));
    } else {
        m_lastSync->setText(tr("Last synchronisation: never"));
        m_lastSync->setToolTip(QString());
    }
}

} // namespace guichet
