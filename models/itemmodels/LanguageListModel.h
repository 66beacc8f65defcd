#pragma once

#include "domain/InterpretingMode.h"

#include <QAbstractListModel>
#include <QHash>
#include <QStringList>

namespace guichet {

class LocalStore;

// The languages an interpreter can be called for, each by its own name and its French name
// ("العربية — arabe"), the most called first then alphabetically (in French). A filter keeps the
// languages whose code or any name starts with / contains what the agent typed, accents ignored.
class LanguageListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        CodeRole = Qt::UserRole + 1,
        NativeNameRole,
        FrenchNameRole,
        UsageRole
    };

    explicit LanguageListModel(LocalStore &store, QObject *parent = nullptr);

    // Loads the languages offered for a mode at a site, with how often each was called there.
    void load(InterpretingMode::Value mode, const QString &siteId);
    // Or sets them directly (codes, calls per code).
    void setLanguages(const QStringList &codes, const QHash<QString, int> &usage);

    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }

    QString codeAt(int row) const { return m_visible.value(row); }
    int rowOfCode(const QString &code) const { return int(m_visible.indexOf(code)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void onStoreChanged(const QString &entity);
    void applyFilter();

    LocalStore &m_store;
    InterpretingMode::Value m_mode = InterpretingMode::Foreign;
    QString m_siteId;
    bool m_loaded = false;
    QStringList m_all; // sorted
    QHash<QString, int> m_usage;
    QHash<QString, QString> m_keys; // code → search key
    QString m_filter;
    QStringList m_visible;
};

} // namespace guichet
