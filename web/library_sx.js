// Emscripten JS library: the C++ side's calls into the page. Each forwards to window.sxBridge
// (web/*.js), so the browser code stays in plain files and the wasm build only links names.
mergeInto(LibraryManager.library, {
  sx_js_ime_state: function (active, field, x, y, lineHeight) {
    window.sxBridge.ime.update(!!active, field >>> 0, x, y, lineHeight);
  },
  sx_js_set_clipboard: function (text) {
    window.sxBridge.clipboard.write(UTF8ToString(text));
  },
  sx_js_storage_get: function (key) {
    var value = window.sxBridge.storage.get(UTF8ToString(key));
    if (value === null) return 0;
    var size = lengthBytesUTF8(value) + 1;
    var ptr = _malloc(size);
    stringToUTF8(value, ptr, size);
    return ptr;
  },
  sx_js_storage_set: function (key, value) {
    return window.sxBridge.storage.set(UTF8ToString(key), UTF8ToString(value));
  },
  sx_js_storage_watch: function (documentKey, stampKey) {
    window.sxBridge.storage.watch(UTF8ToString(documentKey), UTF8ToString(stampKey));
  },
  sx_js_open_file_picker: function () {
    window.sxBridge.files.pick();
  },
  sx_js_pick_batch: function (folder) {
    window.sxBridge.files.pickBatch(!!folder);
  },
  sx_js_pick_revoked: function () {
    window.sxBridge.files.pickRevoked();
  },
  sx_js_pick_review: function () {
    window.sxBridge.files.pickReview();
  },
  sx_js_download: function (name, mime, data, size) {
    var bytes = HEAPU8.slice(data, data + size);
    window.sxBridge.files.download(UTF8ToString(name), UTF8ToString(mime), bytes);
  },
  sx_js_open_page: function (html) {
    return window.sxBridge.files.openPage(UTF8ToString(html)) ? 1 : 0;
  },
  sx_js_load_font: function (file) {
    window.sxBridge.fonts.load(file);
  },
  sx_js_glyph_advance: function (cp, em) {
    return window.sxBridge.systemGlyphs.advance(cp >>> 0, em);
  },
  sx_js_draw_glyph: function (cp, em, w, h, baseline, dest, stride) {
    var alpha = window.sxBridge.systemGlyphs.draw(cp >>> 0, em, w, h, baseline);
    for (var y = 0; y < h; y++) HEAPU8.set(alpha.subarray(y * w, (y + 1) * w), dest + y * stride);
  },
  sx_js_route: function (route, push) {
    window.sxBridge.route.record(UTF8ToString(route), !!push);
  },
  sx_js_mark: function (name) {
    performance.mark(UTF8ToString(name));
  },
  sx_js_frame_done: function (frame, fallback) {
    window.sxBridge.frameDone(frame, !!fallback);
  },
  sx_js_in_wechat: function () {
    return /MicroMessenger/i.test(navigator.userAgent) ? 1 : 0;
  },
  sx_js_ready: function () {
    window.sxBridge.wasmReady();
  },
  sx_js_mirror: function (changes) {
    window.sxBridge.mirror.apply(UTF8ToString(changes));
  },
  sx_js_mirror_later: function () {
    window.sxBridge.mirror.later();
  },
  sx_js_mirror_focus: function (id) {
    return window.sxBridge.mirror.follow(id >>> 0) ? 1 : 0;
  },
  sx_js_result_picture: function (summary, name) {
    window.sxBridge.picture.make(UTF8ToString(summary), UTF8ToString(name));
  },
  sx_js_fail: function (reason) {
    window.sxBridge.fail(UTF8ToString(reason));
  }
});
