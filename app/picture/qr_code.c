// The result picture's QR code (web/picture.js): a tiny WebAssembly module of its own around
// Nayuki's qrcodegen, loaded only when a picture is first made, so the first load carries none of it.
// The page writes the address's UTF-8 into qr_text(), calls qr_encode(length) and reads the
// modules with qr_module(x, y). No allocation, no imports.
#include <stdbool.h>
#include <stdint.h>

#include "qrcodegen.h"

enum { kTextMax = 1024 };
static char text[kTextMax + 1];
static uint8_t scratch[qrcodegen_BUFFER_LEN_MAX];
static uint8_t code[qrcodegen_BUFFER_LEN_MAX];

char* qr_text(void) { return text; }
int qr_text_max(void) { return kTextMax; }

// The symbol's size in modules, or 0 when the text does not fit a QR code. Error correction M
// (15 %), raised where the size allows: a photo of a phone screen still reads.
int qr_encode(int length) {
  if (length < 0 || length > kTextMax) return 0;
  text[length] = '\0';
  if (!qrcodegen_encodeText(text, scratch, code, qrcodegen_Ecc_MEDIUM, qrcodegen_VERSION_MIN,
                            qrcodegen_VERSION_MAX, qrcodegen_Mask_AUTO, true)) {
    return 0;
  }
  return qrcodegen_getSize(code);
}

int qr_module(int x, int y) { return qrcodegen_getModule(code, x, y) ? 1 : 0; }
