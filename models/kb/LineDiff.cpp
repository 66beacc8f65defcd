#include "kb/LineDiff.h"

#include <QStringList>
#include <dtl/dtl.hpp>
#include <vector>

namespace guichet {

QStringList LineDiff::splitLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = normalised.split(QLatin1Char('\n'));
    if (lines.size() > 1 && lines.last().isEmpty()) // a final newline ends the last line
        lines.removeLast();
    return lines;
}

QList<DiffLine> LineDiff::compare(const QString &before, const QString &after)
{
    const QStringList oldLines = splitLines(before);
    const QStringList newLines = splitLines(after);
    const std::vector<QString> a(oldLines.cbegin(), oldLines.cend());
    const std::vector<QString> b(newLines.cbegin(), newLines.cend());
    // Deletes first: a changed line reads "- old" then "+ new".
    dtl::Diff<QString, std::vector<QString>> diff(a, b, true);
    diff.compose();
    QList<DiffLine> lines;
    for (const auto &[text, info] : diff.getSes().getSequence()) {
        DiffLine line;
        line.text = text;
        if (info.type == dtl::SES_ADD) {
            line.kind = DiffLine::Kind::Added;
            line.newNumber = int(info.afterIdx);
        } else if (info.type == dtl::SES_DELETE) {
            line.kind = DiffLine::Kind::Removed;
            line.oldNumber = int(info.beforeIdx);
        } else {
            line.oldNumber = int(info.beforeIdx);
            line.newNumber = int(info.afterIdx);
        }
        lines << line;
    }
    return lines;
}

int LineDiff::changedLines(const QList<DiffLine> &lines)
{
    int changed = 0;
    for (const DiffLine &line : lines)
        changed += line.kind == DiffLine::Kind::Same ? 0 : 1;
    return changed;
}

QString LineDiff::toText(const QList<DiffLine> &lines)
{
    QStringList out;
    for (const DiffLine &line : lines) {
        const char *mark = line.kind == DiffLine::Kind::Added     ? "+ "
                           : line.kind == DiffLine::Kind::Removed ? "- "
                                                                  : "  ";
        out << QLatin1String(mark) + line.text;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace guichet
