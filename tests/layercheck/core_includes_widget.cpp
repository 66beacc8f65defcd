// Compiled only by the test build/core_cannot_include_widgets, with guichet_core's include paths
// and libraries and nothing else. It must FAIL to build: the core layer has no widgets.
#include <QWidget>

int layercheckWidgetCount()
{
    return QWidget().children().size();
}
