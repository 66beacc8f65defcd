#include "appointments/TypeAheadComboBox.h"

#include "itemmodels/AppointmentDayModel.h"

#include <QKeyEvent>
#include <algorithm>

namespace guichet {

int TypeAheadComboBox::findTyped(const QString &text) const
{
    const QString needle = AppointmentDayModel::foldForSearch(text).simplified();
    if (needle.isEmpty())
        return -1;
    const QStringList words = needle.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int containing = -1;
    int allWords = -1;
    for (int row = 0; row < count(); ++row) {
        const QString item = AppointmentDayModel::foldForSearch(itemText(row));
        if (item.startsWith(needle))
            return row;
        if (containing < 0 && item.contains(needle))
            containing = row;
        if (allWords < 0 && std::all_of(words.cbegin(), words.cend(),
                                        [&](const QString &word) { return item.contains(word); }))
            allWords = row;
    }
    return containing >= 0 ? containing : allWords;
}

void TypeAheadComboBox::setTyped(const QString &text)
{
    m_typed = text;
    const int row = findTyped(text);
    if (row >= 0)
        setCurrentIndex(row);
    emit typedTextChanged(m_typed, text.isEmpty() || row >= 0);
}

void TypeAheadComboBox::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers commands = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
    if ((event->modifiers() & commands) == 0) {
        if (m_sinceLastKey.isValid() && m_sinceLastKey.elapsed() > kResetMs)
            m_typed.clear();
        if (event->key() == Qt::Key_Backspace && !m_typed.isEmpty()) {
            m_sinceLastKey.start();
            setTyped(m_typed.chopped(1));
            event->accept();
            return;
        }
        const QString text = event->text();
        // A space opens the list unless it is inside a word being typed.
        const bool printable =
            !text.isEmpty() && text.at(0).isPrint() && (!text.at(0).isSpace() || !m_typed.isEmpty());
        if (printable) {
            m_sinceLastKey.start();
            setTyped(m_typed + text);
            event->accept();
            return;
        }
    }
    if (!m_typed.isEmpty() && event->key() != Qt::Key_Shift)
        setTyped(QString());
    QComboBox::keyPressEvent(event);
}

void TypeAheadComboBox::focusOutEvent(QFocusEvent *event)
{
    if (!m_typed.isEmpty())
        setTyped(QString());
    QComboBox::focusOutEvent(event);
}

} // namespace guichet
