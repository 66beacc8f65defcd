# Builds a target that includes <QWidget> with only guichet_core's usage requirements, and
# passes only when that build fails because the widget header cannot be found.
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${TARGET}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0)
    message(FATAL_ERROR "a widget include built against guichet_core: the core layer leaks QtWidgets")
endif()
if(NOT "${out}${err}" MATCHES "QWidget")
    message(FATAL_ERROR "the layer check failed for another reason than the missing widget header:\n${out}${err}")
endif()
# Qt's root include folder is on the path: <QtWidgets/QWidget> or <QtGui/QColor> would compile in
# the core and only fail at link time, if ever. A scan of the sources closes that door.
file(GLOB_RECURSE core_sources ${SOURCE_DIR}/models/*.cpp ${SOURCE_DIR}/models/*.h)
foreach(source ${core_sources})
    file(STRINGS ${source} lines REGEX "#[ \t]*include[ \t]*[<\"](QtWidgets|QtGui|QtPrintSupport)/")
    if(lines)
        message(FATAL_ERROR "${source} includes a GUI header: ${lines}")
    endif()
endforeach()
message("guichet_core cannot see QtWidgets, as intended")
