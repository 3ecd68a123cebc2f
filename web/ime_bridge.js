// A hidden <textarea> receives all typed text: it is focused while ImGui wants text input and
// placed at the caret, so pinyin candidate windows and mobile keyboards appear where the user
// types. Committed text (after composition, or as typed) goes to ImGui and the textarea empties.
(function () {
  'use strict';
  var area = document.getElementById('ime');
  var canvas = document.getElementById('canvas');
  var composing = false;
  var active = false;
  var field = 0;  // the ImGui ID of the field being edited

  function flush() {
    var text = area.value;
    area.value = '';
    window.sxBridge.sendText(text);
  }

  area.addEventListener('compositionstart', function () { composing = true; });
  area.addEventListener('compositionend', function () { composing = false; flush(); });
  area.addEventListener('input', function (event) {
    if (composing || event.isComposing) return;
    flush();
  });
  // Mobile keyboards report most keys as keyCode 229: deletions and Enter arrive only here.
  area.addEventListener('beforeinput', function (event) {
    if (composing || event.isComposing) return;
    var keys = { deleteContentBackward: 8, deleteContentForward: 46, insertLineBreak: 13 };
    var key = keys[event.inputType];
    if (key) {
      event.preventDefault();
      Module._sx_key_tap(key);
    }
  });
  area.addEventListener('paste', function (event) {
    var text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
    event.preventDefault();
    window.sxBridge.sendText(text);
  });
  area.addEventListener('blur', function () {
    // Clicking the canvas blurs the textarea; keep it focused while a field is being edited.
    if (active) setTimeout(function () { if (active) area.focus({ preventScroll: true }); }, 0);
  });

  // While a field is edited the textarea stands for it to screen readers: its name, not hidden.
  function expose(id) {
    var mirrored = id ? document.getElementById('m-i' + id) : null;
    if (mirrored) {
      area.removeAttribute('aria-hidden');
      area.setAttribute('aria-label', mirrored.getAttribute('aria-label') || '');
    } else {
      area.setAttribute('aria-hidden', 'true');
      area.removeAttribute('aria-label');
    }
  }

  window.sxBridge.ime = {
    update: function (wantText, id, x, y, lineHeight) {
      active = wantText;
      var left = field;
      if (id !== field) expose(id);
      field = id;
      if (wantText) {
        var rect = canvas.getBoundingClientRect();
        area.style.left = (rect.left + x) + 'px';
        area.style.top = (rect.top + y) + 'px';
        area.style.height = Math.max(lineHeight, 16) + 'px';
        if (document.activeElement !== area) area.focus({ preventScroll: true });
      } else if (document.activeElement === area) {
        if (composing) return;
        area.value = '';
        // Enter or Escape ended the editing: a keyboard user stays on the field's mirror.
        if (!(left && window.sxBridge.mirror.focus(left))) area.blur();
      }
    },
    field: function () { return field; },
    // Tab is leaving the field: stop holding the focus.
    release: function () { active = false; },
    element: area
  };
})();
