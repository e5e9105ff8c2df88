# gilectomy_add_extension(<name> <sources>...): builds the native extension
# module <name>.so (`import <name>` finds it on sys.path). The module's
# symbols from the runtime resolve against the host at dlopen time (the
# gilectomy command and hosts linking gilectomy::runtime export them), so the
# module links only the headers.
function(gilectomy_add_extension name)
  add_library(${name} MODULE ${ARGN})
  target_link_libraries(${name} PRIVATE gilectomy::headers)
  set_target_properties(${name} PROPERTIES PREFIX "" SUFFIX ".so"
    CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
  target_compile_features(${name} PRIVATE cxx_std_20)
endfunction()
