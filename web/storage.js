// localStorage with its failures told apart: 0 saved, 1 full, 2 unavailable, 3 other. And the
// events that make the app save or look again: the page hidden or closed (the pending save is
// written at once), another tab's save (the `storage` event, fired only in the other tabs).
(function () {
  'use strict';
  function storage() {
    try { return window.localStorage; } catch (e) { return null; }  // SecurityError when disabled
  }
  var watched = null;  // {document, stamp}: the keys the app told us of
  var later = 0;

  function changed() {
    later = 0;
    if (window.sxBridge.running) Module._sx_storage_changed();
  }
  function flush(closing) {
    if (window.sxBridge.running) Module._sx_flush_save(closing ? 1 : 0);
  }

  window.addEventListener('storage', function (e) {
    if (!watched) return;
    if (e.key === watched.stamp) {
      if (later) clearTimeout(later);
      changed();
    } else if (e.key === watched.document || e.key === null) {
      // The document is written before its stamp: wait a moment for the stamp's event too.
      if (!later) later = setTimeout(changed, 60);
    }
  });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') flush(false);
  });
  window.addEventListener('pagehide', function () { flush(true); });

  window.sxBridge.storage = {
    watch: function (documentKey, stampKey) { watched = { document: documentKey, stamp: stampKey }; },
    get: function (key) {
      var s = storage();
      if (!s) return null;
      try { return s.getItem(key); } catch (e) { return null; }
    },
    lastWrite: null,  // when the app last wrote (performance.now()), for the tests
    set: function (key, value) {
      window.sxBridge.storage.lastWrite = performance.now();
      var s = storage();
      if (!s) return 2;
      try {
        s.setItem(key, value);
        return 0;
      } catch (e) {
        if (e && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22)) return 1;
        if (e && e.name === 'SecurityError') return 2;
        return 3;
      }
    }
  };
})();
