#include "shell/MainWindow.h"

#include "appointments/AppointmentsArea.h"
#include "conflicts/ToHandleDialog.h"
#include "interpreting/InterpretingArea.h"
#include "itemmodels/SiteListModel.h"
#include "knowledge/KnowledgeArea.h"
#include "repo/AgentRepository.h"
#include "requests/RequestsArea.h"
#include "session/SessionMenu.h"
#include "shell/Area.h"
#include "shell/ClearButtonName.h"
#include "shell/CounterStatusBar.h"
#include "shell/DisplayPreferences.h"
#include "store/LocalStore.h"
#include "store/StoreError.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>

namespace guichet {

MainWindow::MainWindow(const UiContext &context, QWidget *parent) : QMainWindow(parent), m_context(context)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Guichet"));
    m_display = new DisplayPreferences(this);

    m_statusBar = new CounterStatusBar(m_context.store, this);
    setStatusBar(m_statusBar);
    connect(m_statusBar, &CounterStatusBar::toHandleRequested, this, &MainWindow::showToHandle);

    m_stack = new QStackedWidget(this);
    m_navigation = new QListWidget(this);
    buildToolBar();
    buildNavigation();

    addArea(new AppointmentsArea(m_context, m_stack), 1);
    addArea(new KnowledgeArea(m_context, m_stack), 2);
    addArea(new RequestsArea(m_context, m_stack), 3);
    auto *appointments = qobject_cast<AppointmentsArea *>(m_areas.first());
    auto *interpreting = new InterpretingArea(m_context, m_stack);
    addArea(interpreting, 4);
    // Nobody can be called now: an appointment with an interpreter, in the visitor's language.
    connect(interpreting, &InterpretingArea::bookingRequested, this,
            [this, appointments](const QString &language, InterpretingMode::Value mode) {
                showArea(appointments->areaKey());
                appointments->newAppointmentWithInterpreter(
                    language, mode == InterpretingMode::Lsf || mode == InterpretingMode::Lpc);
            });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    buildMenus();
    setSite(m_context.siteId);
    updateAgentName();
    showAreaAt(0);
    resize(1280, 800);
}

void MainWindow::buildToolBar()
{
    auto *bar = addToolBar(tr("Counter"));
    bar->setObjectName(QStringLiteral("CounterToolBar"));
    bar->setMovable(false);
    bar->setFloatable(false);

    auto *brand = new QLabel(tr("Guichet"), bar);
    brand->setObjectName(QStringLiteral("Brand"));
    QFont brandFont = brand->font();
    brandFont.setBold(true);
    brandFont.setPointSizeF(brandFont.pointSizeF() * 1.25);
    brand->setFont(brandFont);
    brand->setContentsMargins(8, 0, 16, 0);
    bar->addWidget(brand);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("GlobalSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_search->setMinimumWidth(420);
    bar->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::onSearchTextChanged);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (auto *area = qobject_cast<Area *>(m_stack->currentWidget()))
            area->leaveSearch(Area::SearchExit::Enter);
    });

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    auto *siteLabel = new QLabel(tr("&Site:"), bar);
    siteLabel->setContentsMargins(8, 0, 4, 0);
    bar->addWidget(siteLabel);
    m_sites = new SiteListModel(m_context.store, this);
    m_siteChooser = new QComboBox(bar);
    m_siteChooser->setObjectName(QStringLiteral("SiteChooser"));
    m_siteChooser->setModel(m_sites);
    m_siteChooser->setAccessibleName(tr("Site of this counter"));
    m_siteChooser->setToolTip(tr("The site where this counter works today (Ctrl+Shift+S)"));
    m_siteChooser->setMinimumContentsLength(28);
    m_siteChooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    siteLabel->setBuddy(m_siteChooser);
    bar->addWidget(m_siteChooser);
    connect(m_siteChooser, &QComboBox::activated, this, &MainWindow::onSiteChosen);
    // A first sync after signing in brings the sites: the chooser then shows the counter's one.
    connect(m_sites, &QAbstractItemModel::modelReset, this, &MainWindow::showSiteName);
}

void MainWindow::buildNavigation()
{
    m_navigation->setObjectName(QStringLiteral("AreaNavigation"));
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setFixedWidth(210);
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    QFont font = m_navigation->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_navigation->setFont(font);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showAreaAt);
}

void MainWindow::addArea(Area *area, int number)
{
    m_areas << area;
    m_searchTexts << QString();
    m_stack->addWidget(area);
    const QKeySequence shortcut(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_0 + number)));
    auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(area->areaTitle(),
                                                                  shortcut.toString(QKeySequence::NativeText)),
                                     m_navigation);
    item->setSizeHint(QSize(200, 64));
    item->setToolTip(tr("%1 (%2)").arg(area->areaTitle(), shortcut.toString(QKeySequence::NativeText)));
    auto *action = new QAction(area->areaTitle(), this);
    action->setObjectName(QStringLiteral("show-") + area->areaKey());
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WindowShortcut);
    const int index = int(m_areas.size()) - 1;
    connect(action, &QAction::triggered, this, [this, index] { showAreaAt(index); });
    addAction(action);
    connect(area, &Area::searchFocusRequested, this, &MainWindow::focusSearch);
    connect(area, &Area::statusMessage, this, [this](const QString &message) {
        m_statusBar->showMessage(message, 6000);
    });
}

void MainWindow::buildMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    auto *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto *view = menuBar()->addMenu(tr("&View"));
    for (QAction *action : actions())
        view->addAction(action);
    view->addSeparator();
    auto *search = view->addAction(tr("&Search"), this, &MainWindow::focusSearch);
    search->setShortcut(QKeySequence(Qt::ControlModifier | Qt::Key_K));
    nameClearButton(m_search); // the box's clear button, for screen readers
    auto *site = view->addAction(tr("Choose the &site"), this, [this] {
        m_siteChooser->setFocus(Qt::ShortcutFocusReason);
        m_siteChooser->showPopup();
    });
    site->setShortcut(QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_S));
    view->addSeparator();
    auto *larger = view->addAction(tr("&Larger text"), this, [this] { changeTextSize(+1); });
    larger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::ControlModifier | Qt::Key_Equal)});
    auto *smaller = view->addAction(tr("S&maller text"), this, [this] { changeTextSize(-1); });
    smaller->setShortcut(QKeySequence::ZoomOut);
    auto *normal = view->addAction(tr("&Normal text size"), this, [this] { changeTextSize(0); });
    normal->setShortcut(QKeySequence(Qt::ControlModifier | Qt::Key_0));
    auto *contrast = view->addAction(tr("&High contrast"));
    contrast->setObjectName(QStringLiteral("highContrast"));
    contrast->setCheckable(true);
    contrast->setChecked(m_display->highContrast());
    contrast->setShortcut(QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_H));
    contrast->setToolTip(tr("White text on black, yellow selection and focus (%1)")
                             .arg(contrast->shortcut().toString(QKeySequence::NativeText)));
    // triggered, not toggled: only the agent's choice is remembered (not a --high-contrast run's).
    connect(contrast, &QAction::triggered, m_display, [this](bool on) { m_display->setHighContrast(on); });
    connect(m_display, &DisplayPreferences::highContrastChanged, contrast, &QAction::setChecked);

    m_session = new SessionMenu(m_context.store, this);
    menuBar()->addMenu(m_session->menu());
    connect(m_session, &SessionMenu::toHandleRequested, this, &MainWindow::showToHandle);
    connect(m_session, &SessionMenu::syncRequested, this, &MainWindow::syncRequested);
    connect(m_session, &SessionMenu::statusMessage, this, [this](const QString &message) {
        m_statusBar->showMessage(message, 8000);
    });
    connect(m_session, &SessionMenu::signedIn, this, [this](const SyncSession::Outcome &outcome) {
        setAgent(outcome.agentId, outcome.displayName);
        if (!outcome.siteIds.isEmpty())
            setSite(outcome.siteIds.first());
    });
    connect(m_session, &SessionMenu::signedOut, this, [this] { setAgent(QString()); });

    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Guichet"), this, [this] {
        QMessageBox::about(this, tr("About Guichet"),
                           tr("<p><b>Guichet</b> %1</p><p>The reception counter of the town halls: appointments, "
                              "knowledge base, citizens' requests and interpreting, in one window, online or "
                              "offline.</p><p>Knowledge-base fiches marked Service-Public.fr: source DILA, reused "
                              "under the Licence Ouverte / Open Licence 2.0 (Etalab).</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::changeTextSize(int delta)
{
    m_display->changeTextSize(delta);
}

void MainWindow::setSyncStatus(const SyncStatus &status)
{
    m_statusBar->setSyncStatus(status);
    const bool online = status.state != SyncStatus::State::Offline;
    for (Area *area : std::as_const(m_areas))
        area->setOnline(online);
}

void MainWindow::showAreaAt(int index)
{
    if (index < 0 || index >= m_areas.size())
        return;
    Area *area = m_areas.at(index);
    if (m_navigation->currentRow() != index) {
        QSignalBlocker block(m_navigation);
        m_navigation->setCurrentRow(index);
    }
    m_stack->setCurrentIndex(index);
    {
        QSignalBlocker block(m_search);
        m_search->setText(m_searchTexts.at(index));
    }
    m_search->setPlaceholderText(tr("%1 (Ctrl+K)").arg(area->searchPlaceholder()));
    setWindowTitle(tr("Guichet — %1").arg(area->areaTitle()));
    if (area->searchFirst())
        focusSearch();
    else
        area->focusPrimary();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down) {
            if (auto *area = qobject_cast<Area *>(m_stack->currentWidget()))
                area->leaveSearch(Area::SearchExit::Down);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::showArea(const QString &key)
{
    for (int i = 0; i < m_areas.size(); ++i) {
        if (m_areas.at(i)->areaKey() == key) {
            showAreaAt(i);
            return true;
        }
    }
    return false;
}

QString MainWindow::currentAreaKey() const
{
    const auto *area = qobject_cast<const Area *>(m_stack->currentWidget());
    return area ? area->areaKey() : QString();
}

void MainWindow::onSearchTextChanged(const QString &text)
{
    const int index = m_stack->currentIndex();
    if (index < 0)
        return;
    m_searchTexts[index] = text;
    m_areas.at(index)->search(text);
}

void MainWindow::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::onSiteChosen(int row)
{
    const QString id = m_sites->index(row, 0).data(SiteListModel::IdRole).toString();
    if (!id.isEmpty())
        setSite(id);
}

void MainWindow::setSite(const QString &siteId)
{
    m_context.siteId = siteId;
    if (m_session)
        m_session->setCurrentSite(siteId);
    for (Area *area : std::as_const(m_areas))
        area->setSite(siteId);
    showSiteName();
    emit siteChanged(siteId);
}

void MainWindow::showSiteName()
{
    const int row = m_sites->rowOfId(m_context.siteId);
    if (row >= 0 && m_siteChooser->currentIndex() != row)
        m_siteChooser->setCurrentIndex(row);
    m_statusBar->setSiteName(row >= 0 ? m_sites->index(row, 0).data(Qt::DisplayRole).toString() : tr("none"));
}

void MainWindow::updateAgentName(const QString &fallbackName)
{
    QString name;
    try {
        if (!m_context.agentId.isEmpty())
            name = AgentRepository(m_context.store).byId(m_context.agentId).displayName;
    } catch (const StoreError &error) {
        qWarning("guichet: the agent's name could not be read: %s", qPrintable(error.message()));
    }
    if (name.isEmpty())
        name = fallbackName;
    m_statusBar->setAgentName(name.isEmpty() ? tr("not signed in") : name);
}

void MainWindow::setAgent(const QString &agentId, const QString &displayName)
{
    m_context.agentId = agentId;
    for (Area *area : std::as_const(m_areas))
        area->setAgent(agentId);
    m_agentFallbackName = agentId.isEmpty() ? QString() : displayName;
    updateAgentName(m_agentFallbackName);
}

ToHandleDialog *MainWindow::toHandleDialog()
{
    if (!m_toHandle) {
        m_toHandle = new ToHandleDialog(m_context.store, this);
        connect(m_toHandle, &ToHandleDialog::statusMessage, this, [this](const QString &message) {
            m_statusBar->showMessage(message, 8000);
        });
    }
    return m_toHandle;
}

void MainWindow::showToHandle()
{
    ToHandleDialog *dialog = toHandleDialog();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace guichet
