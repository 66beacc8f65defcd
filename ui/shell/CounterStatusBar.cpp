#include "shell/CounterStatusBar.h"

#include "core/TimeFormat.h"
#include "repo/OutboxRepository.h"
#include "repo/SyncStateRepository.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QLabel>
#include <QLocale>
#include <QTimeZone>

namespace guichet {

CounterStatusBar::CounterStatusBar(LocalStore &store, QWidget *parent) : QStatusBar(parent), m_store(store)
{
    setSizeGripEnabled(false);
    m_site = addField(tr("Site"));
    m_agent = addField(tr("Agent"));
    m_connection = addField(tr("Connection"));
    m_outbox = addField(tr("Waiting to be sent"));
    m_lastSync = addField(tr("Last synchronisation"));
    connect(&m_store, &LocalStore::changed, this, &CounterStatusBar::refresh);
    refresh();
}

QLabel *CounterStatusBar::addField(const QString &accessibleName)
{
    auto *label = new QLabel(this);
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

void CounterStatusBar::refresh()
{
    try {
        m_outboxCount = OutboxRepository(m_store).count();
        const QString last = SyncStateRepository(m_store).value(SyncStateRepository::LastSuccess);
        if (last.isEmpty()) {
            m_lastSync->setText(tr("Never synchronised"));
        } else {
            const QDateTime when = timefmt::fromStore(last).toTimeZone(defaultTimeZone());
            m_lastSync->setText(tr("Last synchronised %1").arg(QLocale().toString(when, QLocale::ShortFormat)));
        }
    } catch (const StoreError &error) {
        m_outboxCount = -1;
        m_outbox->setText(tr("Local store unavailable"));
        m_outbox->setToolTip(error.message());
        return;
    }
    // No server is configured yet on this counter: it works on its local store alone.
    m_connection->setText(tr("Offline (local store only)"));
    m_connection->setToolTip(tr("Everything is saved on this counter and will be sent once a server is configured."));
    m_outbox->setText(tr("%n waiting to be sent", nullptr, m_outboxCount));
}

} // namespace guichet
