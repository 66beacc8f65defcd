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
message("guichet_core cannot see QtWidgets, as intended")
