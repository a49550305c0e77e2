# Runs one validator (VALIDATOR = nu | axe) on the HTML writer's outputs: the standalone golden
# pages in expected/ (built from documents made in C++) and every file in samples/ converted
# with the CLI now, so that samples added later are checked too. Any conversion or validator
# that fails, or cannot run, fails the test.
#
#   cmake -DCLI=... -DSOURCE_DIR=... -DOUT_DIR=... -DVALIDATOR=nu -P validate.cmake
foreach(var CLI SOURCE_DIR OUT_DIR VALIDATOR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "validate.cmake needs -D${var}=...")
  endif()
endforeach()

find_program(NODE node)
if(NOT NODE)
  message(FATAL_ERROR "node is not installed: the ${VALIDATOR} validator cannot run")
endif()

file(REMOVE_RECURSE "${OUT_DIR}")
file(MAKE_DIRECTORY "${OUT_DIR}")

# Standalone goldens only: fragments are not whole documents.
file(GLOB goldens "${SOURCE_DIR}/tests/html-writer/expected/*.html")
list(FILTER goldens EXCLUDE REGEX "\\.fragment\\.html$")
if(NOT goldens)
  message(FATAL_ERROR "no golden HTML pages in tests/html-writer/expected")
endif()

# Right-to-left pages too (tests/languages/rtl), so that vnu and axe see dir="rtl".
file(GLOB samples LIST_DIRECTORIES false "${SOURCE_DIR}/samples/*"
     "${SOURCE_DIR}/tests/languages/rtl/*" "${SOURCE_DIR}/tests/markdown-reader/validated/*.md"
     "${SOURCE_DIR}/tests/languages/*.txt")
set(outputs ${goldens})
foreach(sample IN LISTS samples)
  get_filename_component(name "${sample}" NAME)
  foreach(variant plain toc)
    set(out "${OUT_DIR}/${name}.${variant}.html")
    set(extra)
    if(variant STREQUAL "toc")
      set(extra --toc)
    endif()
    execute_process(COMMAND "${CLI}" "${sample}" -t html ${extra} -o "${out}"
                    RESULT_VARIABLE result ERROR_VARIABLE err OUTPUT_VARIABLE log)
    if(NOT result EQUAL 0)
      message(FATAL_ERROR "converting ${name} to HTML failed (${result}):\n${err}")
    endif()
    list(APPEND outputs "${out}")
  endforeach()
endforeach()

# The interview samples as one combined page.
set(interviews ${samples})
list(FILTER interviews INCLUDE REGEX "interview|women-in-govtech")
if(interviews)
  set(out "${OUT_DIR}/combined-samples.html")
  execute_process(COMMAND "${CLI}" ${interviews} -t html --combine -o "${out}"
                  -M "title=Interviews from the samples" -M lang=en
                  RESULT_VARIABLE result ERROR_VARIABLE err)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "combining the interview samples failed (${result}):\n${err}")
  endif()
  list(APPEND outputs "${out}")
endif()

list(LENGTH outputs count)
message(STATUS "checking ${count} HTML file(s) with ${VALIDATOR}")
execute_process(COMMAND "${NODE}" "${SOURCE_DIR}/tests/validators/${VALIDATOR}-check.mjs" ${outputs}
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${VALIDATOR} check failed (exit ${result})")
endif()
