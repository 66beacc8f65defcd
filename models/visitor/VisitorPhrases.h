#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace guichet {

// The phrases the visitor reads on the visitor screen (DESIGN §8): data, one file per language
// (resources/visitor/<ISO 639-1 code>.json, compiled into the core as :/visitor/<code>.json):
//   {"language": "ar", "name": "العربية", "direction": "rtl", "reviewed": false,
//    "note": "To be checked by a native speaker", "phrases": {"welcome": …, …}}
// Every file has every key of keys(), non-empty, with the same {placeholders} as French. A file
// that is not like that (bad JSON, wrong direction, a key missing or empty, a placeholder lost)
// is skipped with a warning naming it and saying what is wrong, and listed in loadErrors(): the
// visitor then reads French, never a broken sentence. Only French is reviewed; the other files are
// our own translations, to be checked by native speakers.
class VisitorPhrases
{
public:
    // The compiled-in files (:/visitor/), loaded once.
    static const VisitorPhrases &builtIn();
    // Every *.json file of `directory` (a resource folder or a folder on disk).
    explicit VisitorPhrases(const QString &directory);

    // The keys every file has, in the order of the files.
    static QStringList keys();
    // "{date} at {time}" → {"date", "time"}, sorted, each once.
    static QStringList placeholders(const QString &text);

    QStringList languages() const;                  // sorted codes
    bool has(const QString &code) const;            // "ar", "pt-BR", "pt_BR" (its language)
    // The language shown for `code`: its own when there is a file for it, French otherwise.
    QString resolve(const QString &code) const;
    QString nativeName(const QString &code) const;  // "العربية"; QLocale's when the file has none
    Qt::LayoutDirection direction(const QString &code) const;
    bool isReviewed(const QString &code) const;

    // The phrase `key` in `code` with its {placeholders} filled from `args` (an unknown one stays
    // as it is); French when the language or the key is missing, then English, then empty.
    QString text(const QString &code, const QString &key, const QHash<QString, QString> &args = {}) const;
    // "Your appointment: Tuesday 2 June 2026 at 10:30, Mairie du 1er" in the visitor's language,
    // date and time written by QLocale(code); `local` is already in the site's time zone.
    QString appointmentText(const QString &code, const QDateTime &local, const QString &siteName) const;

    // "bad.json: not valid JSON (…)", one line per file skipped.
    QStringList loadErrors() const { return m_errors; }

private:
    struct Language
    {
        QString name;
        Qt::LayoutDirection direction = Qt::LeftToRight;
        bool reviewed = false;
        QHash<QString, QString> phrases;
    };

    void load(const QString &directory);
    QString check(const QString &fileName, const QByteArray &data, Language &language) const;
    const Language *find(const QString &code) const;
    QString baseCode(const QString &code) const;

    QHash<QString, Language> m_languages;
    QStringList m_errors;
};

} // namespace guichet
