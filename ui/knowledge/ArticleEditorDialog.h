#pragma once

#include "domain/Article.h"
#include "shell/UiContext.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;

namespace guichet {

class ErrorBanner;

// A supervisor writes or changes one of the city's own articles: title, summary, the Markdown body
// (with a preview tab), competence and where to send the visitor, documents to bring (one per
// line), tags, owner and review date. Ctrl+Return saves (ArticleEditing: the article, a new
// revision and their outbox mutations in one transaction); Escape closes without writing. An
// error — a refused agent, an empty title, a full disk — is shown in the dialog and nothing is
// lost: the dialog stays open with what was typed.
class ArticleEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // A new article when `article` is invalid (no id).
    ArticleEditorDialog(const UiContext &context, const Article &article, QWidget *parent = nullptr);

    // Saves now (also bound to the button and Ctrl+Return); true when written (the dialog accepts).
    bool save();
    QString savedId() const { return m_savedId; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QLabel *errorLabel() const;

signals:
    void saved(const QString &articleId, int revision);

private:
    void buildForm();
    void fill(const Article &article);
    void updatePreview();

    UiContext m_context;
    QString m_articleId;
    QString m_savedId;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_summary = nullptr;
    QComboBox *m_competence = nullptr;
    QLineEdit *m_service = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_hours = nullptr;
    QLineEdit *m_phone = nullptr;
    QPlainTextEdit *m_documents = nullptr;
    QLineEdit *m_tags = nullptr;
    QComboBox *m_owner = nullptr;
    QDateEdit *m_reviewDue = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QTextBrowser *m_preview = nullptr;
    ErrorBanner *m_error = nullptr;
};

} // namespace guichet
