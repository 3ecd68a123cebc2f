// localStorage with its failures told apart: 0 saved, 1 full, 2 unavailable, 3 other.
(function () {
  'use strict';
  function storage() {
    try { return window.localStorage; } catch (e) { return null; }  // SecurityError when disabled
  }
  window.sxBridge.storage = {
    get: function (key) {
      var s = storage();
      if (!s) return null;
      try { return s.getItem(key); } catch (e) { return null; }
    },
    set: function (key, value) {
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
