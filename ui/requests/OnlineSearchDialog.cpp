#include "requests/OnlineSearchDialog.h"

#include "itemmodels/RequestLabels.h"
#include "store/StoreError.h"
#include "sync/TokenStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace guichet {

OnlineSearchDialog::OnlineSearchDialog(const UiContext &context, const QString &query, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_query(query.simplified())
    , m_status(new QLabel(this))
    , m_results(new QTableWidget(0, 5, this))
    , m_details(new QTextBrowser(this))
{
    setWindowTitle(tr("Requests on the server: “%1”").arg(m_query));
    auto *label = new QLabel(
        tr("<b>Server results</b> — older requests this counter no longer keeps. They are read from the "
           "server and not stored here; every request opened is written to the audit log."),
        this);
    label->setWordWrap(true);
    m_status->setAccessibleName(tr("Online search state"));
    m_status->setWordWrap(true);
    m_results->setAccessibleName(tr("Requests found on the server"));
    m_results->setHorizontalHeaderLabels(
        {tr("Reference"), tr("Requester"), tr("Status"), tr("Service"), tr("Due")});
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_details->setAccessibleName(tr("Request found on the server"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_results);
    splitter->addWidget(m_details);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(900, 600);

    connect(m_results, &QTableWidget::currentCellChanged, this, &OnlineSearchDialog::showCurrent);
    connect(&m_watcher, &QFutureWatcher<OnlineRequestSearch::Outcome>::finished, this,
            &OnlineSearchDialog::showOutcome);
    m_pool.setMaxThreadCount(1);
    m_status->setText(tr("Asking the server…"));
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [&store = m_context.store, service = m_context.keychainService,
                                                     query = m_query] {
        // The worker thread's own network manager and keychain access (one owner each).
        try {
            QNetworkAccessManager nam;
            TokenStore tokens(service);
            return OnlineRequestSearch::searchSignedIn(store, tokens, nam, query);
        } catch (const StoreError &error) {
            OnlineRequestSearch::Outcome outcome;
            outcome.error = OnlineRequestSearch::Outcome::Error::BadAnswer;
            outcome.message = error.message();
            return outcome;
        }
    }));
}

OnlineSearchDialog::~OnlineSearchDialog()
{
    m_watcher.disconnect(this);
    m_pool.waitForDone();
}

void OnlineSearchDialog::showOutcome()
{
    const OnlineRequestSearch::Outcome outcome = m_watcher.result();
    if (!outcome.ok()) {
        m_status->setText(tr("The server could not be searched: %1").arg(outcome.message));
        emit searchFinished();
        return;
    }
    m_requests = outcome.requests;
    m_status->setText(m_requests.isEmpty() ? tr("The server holds no request matching “%1”.").arg(m_query)
                      : outcome.truncated
                          ? tr("The %1 most recent matches on the server (there are more: type more).").arg(m_requests.size())
                          : tr("%n request(s) found on the server.", nullptr, int(m_requests.size())));
    const QLocale locale;
    m_results->setRowCount(int(m_requests.size()));
    for (int row = 0; row < m_requests.size(); ++row) {
        const Request &r = m_requests.at(row);
        const QStringList cells{r.reference, r.requesterName, RequestLabels::status(r.status), r.competentService,
                                locale.toString(r.dueDate, QLocale::ShortFormat)};
        for (int column = 0; column < cells.size(); ++column)
            m_results->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_results->resizeColumnsToContents();
    if (!m_requests.isEmpty()) {
        m_results->setFocus(Qt::OtherFocusReason);
        m_results->setCurrentCell(0, 0);
    }
    emit searchFinished();
}

void OnlineSearchDialog::showCurrent()
{
    const int row = m_results->currentRow();
    if (row < 0 || row >= m_requests.size()) {
        m_details->clear();
        return;
    }
    const Request &r = m_requests.at(row);
    if (!m_opened.contains(r.id)) {
        try {
            OnlineRequestSearch::openRecord(m_context.store, r, m_context.agentId, m_context.siteId);
            m_opened.insert(r.id);
        } catch (const StoreError &error) {
            m_status->setText(tr("This opening could not be written to the audit log: %1").arg(error.message()));
        }
    }
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1 — %2</h3>").arg(r.reference.toHtmlEscaped(), r.subject.toHtmlEscaped());
    html += QStringLiteral("<p>%1<br>%2<br>%3</p>")
                .arg(tr("Requester: %1").arg(r.requesterName.toHtmlEscaped()),
                     tr("Service: %1").arg(r.competentService.toHtmlEscaped()),
                     tr("Status: %1, due %2")
                         .arg(RequestLabels::status(r.status), locale.toString(r.dueDate, QLocale::LongFormat)));
    html += QStringLiteral("<ul>");
    for (const RequestEvent &event : r.events)
        html += QStringLiteral("<li>%1 — %2 (%3) %4</li>")
                    .arg(locale.toString(event.at.toLocalTime(), QLocale::ShortFormat), RequestLabels::eventKind(event.kind),
                         RequestLabels::eventChannel(event.channel), event.text.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_details->setHtml(html);
}

} // namespace guichet
