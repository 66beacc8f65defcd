#pragma once

#include "domain/InterpreterProvider.h"
#include "domain/Site.h"
#include "interpreting/ProviderCheck.h"

#include <QHash>
#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace guichet {

class HoursEditor;
class LanguageChecklist;

// The fields of one interpreter service: name, kind, address (its example changes with the kind),
// what it offers (foreign languages, LSF, LPC, live transcription), its languages (a searchable
// checklist), opening hours, the sites that may use it (none ticked: every site), notes and the
// "example" flag. Each field has a label with a mnemonic and an accessible name; the problems of a
// save are shown under the fields they are about (showProblems), and the first such field gets the
// focus. Reads no store: the caller gives the sites.
class ProviderForm : public QWidget
{
    Q_OBJECT

public:
    explicit ProviderForm(const QList<Site> &sites, QWidget *parent = nullptr);

    void setProvider(const InterpreterProvider &provider); // clears the problems and the "modified" mark
    InterpreterProvider provider() const;                  // id and version as set
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

    void showProblems(const QList<ProviderCheck::Problem> &problems);
    void clearProblems();
    // The problem shown under a field, empty when none.
    QString problemText(ProviderCheck::Field field) const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *addressEdit() const { return m_address; }
    QCheckBox *modeBox(InterpretingMode::Value mode) const { return m_modes.value(mode); }
    LanguageChecklist *languages() const { return m_languages; }
    HoursEditor *hoursEditor() const { return m_hours; }
    QListWidget *sitesList() const { return m_sites; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QCheckBox *exampleBox() const { return m_example; }

signals:
    void modified();

private:
    QLabel *problemLabel(ProviderCheck::Field field);
    void markModified();
    void updateForKind();
    void updateLanguagesEnabled();
    QWidget *fieldWidget(ProviderCheck::Field field) const;

    InterpreterProvider m_base; // id, version, and what is not edited here
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_address = nullptr;
    QHash<InterpretingMode::Value, QCheckBox *> m_modes;
    LanguageChecklist *m_languages = nullptr;
    HoursEditor *m_hours = nullptr;
    QListWidget *m_sites = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QCheckBox *m_example = nullptr;
    QMap<ProviderCheck::Field, QLabel *> m_problems;
    bool m_modified = false;
    bool m_filling = false;
};

} // namespace guichet
