# ctest driver: runs one fuzzer over a private copy of the seed corpus, so the
# seeds in the source tree are never modified.
#   cmake -DFUZZER=<exe> -DCORPUS=<seed dir> -DWORK=<scratch dir>
#         [-DDICT=<file>] [-DSECONDS=60] -P run_fuzzer.cmake
if(NOT SECONDS)
  set(SECONDS 60)
endif()
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/corpus" "${WORK}/artifacts")
file(COPY "${CORPUS}/" DESTINATION "${WORK}/corpus")
set(args -max_total_time=${SECONDS} -timeout=30 -rss_limit_mb=4096 -print_final_stats=1
    -artifact_prefix=${WORK}/artifacts/)
if(DICT)
  list(APPEND args -dict=${DICT})
endif()
execute_process(COMMAND "${FUZZER}" ${args} "${WORK}/corpus" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  file(GLOB found "${WORK}/artifacts/*")
  message(FATAL_ERROR "${FUZZER} failed (${rc}); reproducers: ${found}")
endif()
