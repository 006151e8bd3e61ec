# Links every entry of SRC (the source data/ folder) into DST
# (<build>/share/casus/data), which also holds the compiled lexicon.tsv and
# cities.tsv. Runs on every build: a folder or file added to data/ appears
# without re-running cmake; links already in place are left alone.
file(MAKE_DIRECTORY "${DST}")
file(GLOB entries RELATIVE "${SRC}" "${SRC}/*")
foreach(e IN LISTS entries)
  if(NOT EXISTS "${DST}/${e}" AND NOT IS_SYMLINK "${DST}/${e}")
    file(CREATE_LINK "${SRC}/${e}" "${DST}/${e}" SYMBOLIC)
  endif()
endforeach()
