#pragma once

class QLineEdit;

namespace guichet {

// Names the clear button of a line edit (setClearButtonEnabled): Qt gives it none, so a screen
// reader announces an unnamed button as soon as something is typed. Call it after
// setClearButtonEnabled(true); it does nothing to a line edit without one.
void nameClearButton(QLineEdit *edit);

} // namespace guichet
