#pragma once

#include <QList>
#include <QString>

namespace guichet {

// One line of a line-based comparison of two texts.
struct DiffLine
{
    enum class Kind
    {
        Same,
        Added,
        Removed
    };
    Kind kind = Kind::Same;
    QString text;
    int oldNumber = 0; // 1-based line in the old text (0 for an added line)
    int newNumber = 0; // 1-based line in the new text (0 for a removed line)

    bool operator==(const DiffLine &other) const = default;
};

// Compares two texts line by line (shortest edit script, dtl): every line of both, in reading
// order, each marked same, added or removed; a removed line comes before the line that replaced it.
// "\r\n" counts as "\n"; an empty text has no line.
class LineDiff
{
public:
    static QList<DiffLine> compare(const QString &before, const QString &after);
    static int changedLines(const QList<DiffLine> &lines); // added + removed
    // "  same", "- removed", "+ added", one per line (logs, the command line, tests).
    static QString toText(const QList<DiffLine> &lines);
    static QStringList splitLines(const QString &text);
};

} // namespace guichet
