# zlib and its contrib/minizip from Debian's `zlib` source package (fetched into build/third_party by
# scripts/fetch-sources.sh), compiled into one static library for both the native and the web build:
# the .docx container is written by this real zip library, in memory.
set(SX_ZLIB_DIR "${SX_THIRD_PARTY_SRC}/zlib")
set(SX_ZLIB_SOURCES adler32.c compress.c crc32.c deflate.c infback.c inffast.c inflate.c inftrees.c
    trees.c uncompr.c zutil.c)
list(TRANSFORM SX_ZLIB_SOURCES PREPEND "${SX_ZLIB_DIR}/")
add_library(minizip STATIC ${SX_ZLIB_SOURCES}
  "${SX_ZLIB_DIR}/contrib/minizip/zip.c"
  "${SX_ZLIB_DIR}/contrib/minizip/unzip.c"
  "${SX_ZLIB_DIR}/contrib/minizip/ioapi.c")
target_include_directories(minizip SYSTEM PUBLIC "${SX_ZLIB_DIR}" "${SX_ZLIB_DIR}/contrib/minizip")
# No encryption, no stdio 64-bit shims: the archive lives in memory.
target_compile_definitions(minizip PUBLIC NOCRYPT NOUNCRYPT PRIVATE Z_HAVE_UNISTD_H USE_FILE32API)
target_compile_options(minizip PRIVATE -w)
set_target_properties(minizip PROPERTIES POSITION_INDEPENDENT_CODE ON)
