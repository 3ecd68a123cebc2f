// window.sxApp: the page's test API (documented in README.md). Browser tests use it to read the
// document and the evaluation and to find real widgets by label.
(function () {
  'use strict';
  function call(name, arg) {
    var out;
    if (arg === undefined) {
      out = Module.UTF8ToString(Module['_' + name]());
    } else {
      out = window.sxBridge.withString(arg, function (ptr) {
        return Module.UTF8ToString(Module['_' + name](ptr));
      });
    }
    return JSON.parse(out);
  }

  window.sxApp = {
    ready: window.sxBridge.firstFrame,
    state: function () { return call('sx_api_state'); },
    evaluation: function () { return call('sx_api_evaluation'); },
    load: function (doc) { return call('sx_api_load', typeof doc === 'string' ? doc : JSON.stringify(doc)); },
    widgets: function () { return call('sx_api_widgets'); },
    screens: function () { return call('sx_api_screens'); },
    // Switches the screen as the navigation does; resolves after the frame that shows it.
    show: function (id) {
      var shown = window.sxBridge.withString(id, function (ptr) { return Module._sx_api_show(ptr); });
      if (!shown) return Promise.reject(new Error('no screen "' + id + '"'));
      return window.sxBridge.nextFrame().then(function () { return window.sxBridge.nextFrame(); });
    },
    widget: function (label) {
      return window.sxApp.widgets().find(function (w) {
        return w.label === label || w.name === label;
      }) || null;
    },
    // The keyboard's focus ring is drawn (a Tab, or a jump that landed on a choice).
    focusRing: function () { return Module._sx_api_focus_ring() === 1; },
    frames: function () { return window.sxBridge.running ? Module._sx_frame_count() : 0; },
    // Frames that did something: all of them but those drawn only for the caret's blink.
    workFrames: function () {
      return window.sxBridge.running ? Module._sx_frame_count() - Module._sx_blink_frame_count() : 0;
    },
    // 审核台: the files in the batch; of those being read, how many have come; the row open (-1: none).
    desk: function () {
      return { files: Module._sx_api_desk_files(), read: Module._sx_api_desk_reading(1),
               reading: Module._sx_api_desk_reading(0), selected: Module._sx_api_desk_selected() };
    },
    // A frame or input is waiting, beyond the caret's blink.
    workPending: function () { return window.sxBridge.running && Module._sx_work_pending() === 1; },
    atlasMs: function () { return Module._sx_api_atlas_ms(); },
    firstFrameAtlas: function () {
      return { ms: Module._sx_api_first_frame_atlas_ms(), glyphs: Module._sx_api_first_frame_glyphs() };
    },
    fontPixels: function () { return Module._sx_api_font_pixels(); },
    frameCosts: function () { return call('sx_api_frame_costs'); },
    // Marks every frame on the timeline from now on (performance.clearMarks is the caller's).
    markFrames: function (on) { Module._sx_api_mark_frames(on ? 1 : 0); },
    heapBytes: function () { return Module.HEAPU8.length; },
    glyphCount: function () { return Module._sx_api_glyph_count(); },
    // A change is waiting for its autosave; the page's last write to localStorage (performance.now()).
    savePending: function () { return Module._sx_api_save_pending() === 1; },
    lastWrite: function () { return window.sxBridge.storage.lastWrite; },
    // A font file (0 the UI font, 1 the GB2312 one) has reached the app.
    fontLoaded: function (file) { return performance.getEntriesByName('sx-font-' + file).length > 0; },
    fallbackFrames: function () { return window.sxBridge.fallbackFramesShown; },
    nextFrame: function () { return window.sxBridge.nextFrame(); },
    // The accessibility mirror shows the last frame drawn (its sync waits 100 ms after a change).
    mirrorSynced: function () { return !window.sxBridge.mirror.pending(); }
  };
})();
