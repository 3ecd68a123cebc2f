# Nayuki's QR Code generator (its C version) from Debian's `qr-code-generator` source package,
# fetched into build/third_party by scripts/fetch-sources.sh, built with app/picture/qr_code.c into
# a WebAssembly module of its own, stage/qr.wasm: the result picture (web/picture.js) loads it
# when first used, so the first load does not grow by it.
set(SX_QRCODEGEN_DIR "${SX_THIRD_PARTY_SRC}/qr-code-generator/c")
if(NOT EXISTS "${SX_QRCODEGEN_DIR}/qrcodegen.c")
  message(FATAL_ERROR "${SX_QRCODEGEN_DIR}/qrcodegen.c is missing: run scripts/install-deps.sh "
                      "(or scripts/fetch-sources.sh) first, with the same SX_THIRD_PARTY.")
endif()
add_executable(qr "${PROJECT_SOURCE_DIR}/app/picture/qr_code.c" "${SX_QRCODEGEN_DIR}/qrcodegen.c")
target_include_directories(qr SYSTEM PRIVATE "${SX_QRCODEGEN_DIR}")
target_compile_options(qr PRIVATE -Oz)
set_source_files_properties("${SX_QRCODEGEN_DIR}/qrcodegen.c" PROPERTIES COMPILE_OPTIONS -w)
# A standalone module: no JS glue, no imports; only the functions the page calls.
target_link_options(qr PRIVATE -Oz --no-entry -sSTANDALONE_WASM -sFILESYSTEM=0
  "-sEXPORTED_FUNCTIONS=['_qr_text','_qr_text_max','_qr_encode','_qr_module']")
set_target_properties(qr PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${SX_STAGE}" SUFFIX ".wasm")
