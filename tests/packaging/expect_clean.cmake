# Runs a validator and fails the test on anything it reports.
#
#   cmake -DMODE=silent|no-warnings -DTOOL_HINT=<how to install> -P expect_clean.cmake -- <tool> <args>...
#
# MODE=silent       any output at all (errors, warnings, hints) fails; for desktop-file-validate.
# MODE=no-warnings  a non-zero exit or any "E:"/"W:" line fails; "I:" (info) and "P:" (pedantic)
#                   lines are printed but accepted; for appstreamcli validate.
# A missing tool is a failure, not a skip: CI installs the tools.

set(_cmd)
set(_seen_separator FALSE)
math(EXPR _last "${CMAKE_ARGC} - 1")
foreach(_i RANGE 1 ${_last})
    if(_seen_separator)
        list(APPEND _cmd "${CMAKE_ARGV${_i}}")
    elseif(CMAKE_ARGV${_i} STREQUAL "--")
        set(_seen_separator TRUE)
    endif()
endforeach()

if(NOT _cmd)
    message(FATAL_ERROR "expect_clean.cmake: no command given after --")
endif()
list(GET _cmd 0 _tool)
if(NOT _tool OR _tool MATCHES "-NOTFOUND$" OR NOT EXISTS "${_tool}")
    message(FATAL_ERROR "Validator not found (${_tool}). ${TOOL_HINT}")
endif()

execute_process(COMMAND ${_cmd}
                RESULT_VARIABLE _rc
                OUTPUT_VARIABLE _out
                ERROR_VARIABLE _out)
string(STRIP "${_out}" _out)
string(JOIN " " _shown ${_cmd})
message("$ ${_shown}\n${_out}\n(exit code ${_rc})")

if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "FAIL: validator exited with ${_rc}")
endif()
if(MODE STREQUAL "silent")
    if(NOT _out STREQUAL "")
        message(FATAL_ERROR "FAIL: validator printed something; it must print nothing")
    endif()
elseif(MODE STREQUAL "no-warnings")
    if(_out MATCHES "(^|\n)[EW]: ")
        message(FATAL_ERROR "FAIL: validator reported errors or warnings")
    endif()
else()
    message(FATAL_ERROR "expect_clean.cmake: unknown MODE '${MODE}'")
endif()
