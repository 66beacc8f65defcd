#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace guichet {

// Every language QLocale knows (ISO 639-1), each by its own name and its French name
// ("العربية — arabe (ar)"), as a list of check boxes sorted in French, with a search box that
// keeps the languages whose code or any name contains what is typed (accents ignored). Keyboard:
// type in the search box, ↓ goes to the list, Space ticks the current language.
class LanguageChecklist : public QWidget
{
    Q_OBJECT

public:
    explicit LanguageChecklist(QWidget *parent = nullptr);

    void setChecked(const QStringList &codes); // unknown codes are kept and shown as codes
    QStringList checked() const;               // in the order of the list (French names)

    void setFilterText(const QString &text);
    QLineEdit *filter() const { return m_filter; }
    QListView *list() const { return m_list; }
    QLabel *summary() const { return m_summary; }
    // Ticks or unticks one language (as a click would).
    void setCodeChecked(const QString &code, bool checked);

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addLanguage(const QString &code);
    void updateSummary();

    QLineEdit *m_filter = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QStandardItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    bool m_filling = false;
};

} // namespace guichet
