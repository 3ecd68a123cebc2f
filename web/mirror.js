// window.sxBridge.mirror: the accessibility mirror. The canvas is pixels; this keeps an invisible
// DOM tree of what it shows (app/ui/mirror.cpp sends each frame's changes), in reading order, with
// real buttons, radios, check boxes and text fields, so that screen readers, Tab / Shift+Tab,
// Enter / Space, arrow keys in radio groups and the browser's find-in-page all work. Each window
// of the app is a container placed over it, scrolled as it is scrolled: focusing an element or
// finding a text scrolls the container, and the app scrolls with it. Only changes touch the DOM,
// so an idle page costs nothing.
(function () {
  'use strict';
  var root = document.getElementById('a11y');
  var liveRegion = document.getElementById('a11y-live');
  var skip = document.getElementById('skip');
  var windows = {};   // key → {el, spacer, data}
  var elements = {};  // key → {el, data}
  var keyboard = false;  // the last input was a key: focus shows a ring
  var acted = false;     // the user has pressed a key or the pointer (ImGui's first focus is its own)
  var quiet = false;     // focus moved by the mirror itself, not by the user
  var liveBefore = null;
  var dialog = null;     // the open modal's key
  var dialogReturn = null;  // where focus goes back to when it closes
  var FOCUSABLE = 'button, a[href], input, textarea, [role="option"], [tabindex="0"]';

  function call(name) {
    var fn = window.Module && Module['_sx_a11y_' + name];
    if (!fn || !window.sxBridge.running) return;
    return fn.apply(null, Array.prototype.slice.call(arguments, 1));
  }

  function idOf(key) { return key && key.charAt(0) === 'i' ? Number(key.slice(1)) : 0; }
  function recordOf(el) {
    var holder = el && el.closest ? el.closest('[data-k]') : null;
    return holder ? elements[holder.dataset.k] : null;
  }

  function quietFocus(el) {
    quiet = true;
    try { el.focus({ preventScroll: true }); } finally { quiet = false; }
  }

  // --- building elements -------------------------------------------------------------------

  var TAGS = {
    h1: 'h1', h2: 'h2', text: 'p', error: 'p', button: 'button', navitem: 'button',
    disclosure: 'button', combobox: 'button', link: 'a', radio: 'input', checkbox: 'input',
    textbox: 'input', textarea: 'textarea', option: 'div', radiogroup: 'div',
    table: 'div', row: 'div', cell: 'div', columnheader: 'div'
  };
  // A table's parts hold the items drawn in them; they have no place of their own.
  var STRUCTURE = { radiogroup: true, table: true, row: true, cell: true, columnheader: true };

  function create(entry) {
    var el = document.createElement(TAGS[entry.r] || 'p');
    el.dataset.k = entry.k;
    el.id = 'm-' + entry.k;
    switch (entry.r) {
      case 'button': case 'navitem': case 'disclosure': el.type = 'button'; break;
      case 'combobox': el.type = 'button'; el.setAttribute('role', 'combobox'); el.setAttribute('aria-haspopup', 'listbox'); break;
      case 'link': el.href = '#'; break;
      case 'radio': el.type = 'radio'; el.name = entry.p; break;
      case 'checkbox': el.type = 'checkbox'; break;
      case 'textbox': el.type = 'text'; el.autocomplete = 'off'; break;
      case 'option': el.setAttribute('role', 'option'); el.tabIndex = 0; break;
      case 'radiogroup': case 'table': case 'row': case 'cell': case 'columnheader':
        el.setAttribute('role', entry.r); break;
      case 'h1': el.tabIndex = -1; break;  // the skip link's target
    }
    if (entry.r === 'error') el.setAttribute('role', 'alert');
    return el;
  }

  function setAttr(el, name, value) {
    if (value === null || value === undefined) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
    } else if (el.getAttribute(name) !== String(value)) {
      el.setAttribute(name, value);
    }
  }

  function update(rec, entry) {
    var el = rec.el, old = rec.data || {};
    var r = entry.r;
    if (STRUCTURE[r] && r !== 'radiogroup') {
      setAttr(el, 'aria-label', r === 'table' ? entry.n : null);
      setAttr(el, 'aria-rowcount', entry.rc);
      setAttr(el, 'aria-colcount', entry.cc);
      setAttr(el, 'aria-rowindex', entry.ri);
      setAttr(el, 'aria-colindex', entry.ci);
      setAttr(el, 'aria-sort', entry.s);
      rec.data = entry;
      return;
    }
    if (entry.n !== old.n) {
      if (r === 'radio' || r === 'checkbox' || r === 'textbox' || r === 'textarea' ||
          r === 'combobox' || r === 'radiogroup') {
        el.setAttribute('aria-label', entry.n);
      }
      if (r !== 'radio' && r !== 'checkbox' && r !== 'textbox' && r !== 'textarea' &&
          r !== 'combobox' && r !== 'radiogroup') {
        el.textContent = entry.n;
      }
    }
    if (r === 'combobox' && entry.v !== old.v) el.textContent = entry.v;
    if (r !== 'radiogroup' && (entry.x !== old.x || entry.y !== old.y || entry.w !== old.w || entry.h !== old.h)) {
      el.style.cssText = 'left:' + entry.x + 'px;top:' + entry.y + 'px;width:' + entry.w + 'px;height:' + entry.h + 'px';
    }
    if ((r === 'textbox' || r === 'textarea') && el.value !== (entry.v || '')) el.value = entry.v || '';
    if (r === 'radio' || r === 'checkbox') el.checked = !!entry.c;
    if (r === 'navitem') setAttr(el, 'aria-current', entry.c ? 'page' : null);
    if (r === 'disclosure' || r === 'combobox') setAttr(el, 'aria-expanded', entry.c ? 'true' : 'false');
    if (r === 'option') setAttr(el, 'aria-selected', entry.c ? 'true' : 'false');
    setAttr(el, 'aria-disabled', entry.d ? 'true' : null);
    setAttr(el, 'aria-invalid', entry.e ? 'true' : null);
    setAttr(el, 'aria-describedby', entry.e ? 'm-' + entry.e : null);
    rec.data = entry;
  }

  function set(entry) {
    var rec = elements[entry.k];
    if (rec && rec.data.r !== entry.r) {
      rec.el.remove();
      rec = null;
    }
    if (!rec) rec = elements[entry.k] = { el: create(entry), data: null };
    update(rec, entry);
  }

  function containerOf(key) {
    if (windows[key]) return windows[key].el;
    return elements[key] ? elements[key].el : null;
  }

  // The indices of a longest increasing run (not necessarily contiguous) of `seq`, ignoring -1s:
  // the elements that can stay where they are.
  function steadyIndices(seq) {
    var tails = [], prev = new Array(seq.length), keep = {};
    for (var i = 0; i < seq.length; i++) {
      if (seq[i] < 0) continue;
      var lo = 0, hi = tails.length;
      while (lo < hi) {
        var mid = (lo + hi) >> 1;
        if (seq[tails[mid]] < seq[i]) lo = mid + 1; else hi = mid;
      }
      prev[i] = lo > 0 ? tails[lo - 1] : -1;
      tails[lo] = i;
    }
    for (var k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = prev[k]) keep[k] = true;
    return keep;
  }

  // Puts `list` (elements) under `parent` in that order, moving as few as possible: a moved
  // element loses the focus, so the one being used must not move because text appeared above it.
  function arrange(parent, list) {
    var at = new Map();
    Array.prototype.forEach.call(parent.children, function (child, i) { at.set(child, i); });
    var keep = steadyIndices(list.map(function (el) { return at.has(el) ? at.get(el) : -1; }));
    var next = null;
    for (var i = list.length - 1; i >= 0; i--) {
      if (!keep[i]) parent.insertBefore(list[i], next);
      next = list[i];
    }
  }

  // Puts every element under its window (or radio group) in the given order; drops the rest.
  // A nested window (a scrolling table) is in the order too, among its parent window's elements.
  function reorder(keys) {
    var keep = {};
    keys.forEach(function (k) { keep[k] = true; });
    Object.keys(elements).forEach(function (k) {
      if (!keep[k]) {
        elements[k].el.remove();
        delete elements[k];
      }
    });
    var lists = new Map();
    keys.forEach(function (k) {
      var rec = elements[k] || (windows[k] && windows[k].data.pw ? { el: windows[k].el, data: { p: windows[k].data.pw } } : null);
      var parent = rec && containerOf(rec.data.p);
      if (!parent) return;
      if (!lists.has(parent)) lists.set(parent, []);
      lists.get(parent).push(rec.el);
    });
    lists.forEach(function (list, parent) {
      // Most changes leave a parent's children as they were: check before moving anything.
      var children = parent.children, offset = children[0] && children[0].className === 'sx-spacer' ? 1 : 0;
      var same = children.length === list.length + offset;
      for (var i = 0; same && i < list.length; i++) same = children[i + offset] === list[i];
      if (!same) arrange(parent, list);
    });
    // Options make their popup a list box (ARIA wants options inside one).
    Object.keys(windows).forEach(function (k) {
      var w = windows[k];
      if (w.data.m) return;
      var list = w.data.pp && w.el.querySelector('[role="option"]');
      setAttr(w.el, 'role', list ? 'listbox' : landmarkRole(w.data));
      setAttr(w.el, 'aria-label', list ? w.data.n.split('##')[0] || '选项' : null);
    });
  }

  function landmarkRole(data) {
    return data.l ? data.l : null;
  }

  function updateWindows(list) {
    var present = {};
    var index = 0;  // among the page's own windows; a nested one is placed by reorder
    list.forEach(function (data) {
      present[data.k] = true;
      var w = windows[data.k];
      if (!w) {
        var el = document.createElement('div');
        el.className = 'sx-win';
        el.dataset.w = data.k;
        var spacer = document.createElement('div');
        spacer.className = 'sx-spacer';
        el.appendChild(spacer);
        el.addEventListener('scroll', function () { onScroll(data.k); });
        w = windows[data.k] = { el: el, spacer: spacer, data: {} };
      }
      var old = w.data, el2 = w.el;
      if (data.x !== old.x || data.y !== old.y || data.w !== old.w || data.h !== old.h) {
        el2.style.left = data.x + 'px';
        el2.style.top = data.y + 'px';
        el2.style.width = data.w + 'px';
        el2.style.height = data.h + 'px';
      }
      if (data.sw !== old.sw || data.sh !== old.sh) {
        w.spacer.style.width = data.sw + 'px';
        w.spacer.style.height = data.sh + 'px';
        // Shorter content (another screen opened from far down the last) makes the browser clamp
        // the container's scroll and report it as a scroll of its own, which took the new screen
        // part-way down: the app's scroll goes in first, and the clamp's event is its echo.
        if (data.sh < old.sh && w.shownY !== data.sy) el2.scrollTop = w.shownY = data.sy;
        if (data.sw < old.sw && w.shownX !== data.sx) el2.scrollLeft = w.shownX = data.sx;
      }
      if (data.m) {
        setAttr(el2, 'role', 'dialog');
        setAttr(el2, 'aria-modal', 'true');
        setAttr(el2, 'aria-label', data.n.split('##')[0]);
      } else if (!data.pp) {
        setAttr(el2, 'role', landmarkRole(data));
      }
      w.data = data;
      if (!data.pw) {
        if (root.children[index] !== el2) root.insertBefore(el2, root.children[index] || null);
        index++;
      }
    });
    Object.keys(windows).forEach(function (k) {
      if (!present[k]) {
        windows[k].el.remove();
        delete windows[k];
      }
    });
  }

  // After the elements are in: scroll positions (they need the spacer's size) and the dialog.
  // Scroll positions follow the app's once it stops scrolling for a moment: each write makes the
  // browser lay out what comes into the container's view, and no one reads them mid-scroll (the
  // browser's own scrolling, for focus or find, starts from wherever the container is).
  var scrollPending = false;
  var SCROLL_SETTLE_MS = 120;
  function writeScrolls() {
    scrollPending = false;
    Object.keys(windows).forEach(function (k) {
      var w = windows[k];
      if (w.shownX !== w.data.sx) { w.el.scrollLeft = w.shownX = w.data.sx; }
      if (w.shownY !== w.data.sy) { w.el.scrollTop = w.shownY = w.data.sy; }
    });
  }

  function settleWindows() {
    var modal = null;
    Object.keys(windows).forEach(function (k) {
      var w = windows[k];
      if (w.shownX !== w.data.sx || w.shownY !== w.data.sy) {
        clearTimeout(scrollPending);
        scrollPending = setTimeout(writeScrolls, SCROLL_SETTLE_MS);
      }
      if (w.data.m) modal = k;
    });
    if (modal !== dialog) {
      following = null;  // a dialog opening or closing decides where focus goes
      var opening = modal && !dialog;
      if (opening) dialogReturn = document.activeElement;
      dialog = modal;
      // Everything outside an open dialog is inert: Tab and the screen reader stay inside it.
      // A nested window is as its parent is.
      Object.keys(windows).forEach(function (k) { windows[k].el.inert = !!modal && k !== modal && !windows[k].data.pw; });
      skip.inert = !!modal;
      if (modal) {
        var first = windows[modal].el.querySelector(FOCUSABLE);
        if (first) first.focus({ preventScroll: true });
      } else if (dialogReturn && dialogReturn.isConnected) {
        dialogReturn.focus({ preventScroll: true });
        dialogReturn = null;
      }
    }
  }

  // The browser scrolled a container (find-in-page, focus): the app's window follows.
  function onScroll(key) {
    var w = windows[key];
    if (!w) return;
    var x = w.el.scrollLeft, y = w.el.scrollTop;
    if (Math.abs(y - w.data.sy) <= 1 && Math.abs(x - w.data.sx) <= 1) return;
    // The echo of the mirror's own write (writeScrolls): the event comes a frame later, when the
    // app may have scrolled on (a jump to a field); sent back, it would undo that scroll.
    if (Math.abs(y - w.shownY) <= 1 && Math.abs(x - w.shownX) <= 1) return;
    w.shownX = x;
    w.shownY = y;
    call('scroll', Number(key.slice(1)), x, y);
  }

  // Polite announcements: only the lines whose text changed (the first list is what was there).
  function announce(list) {
    var now = {};
    list.forEach(function (pair) { now[pair[0]] = pair[1]; });
    if (liveBefore) {
      var changed = list.filter(function (pair) { return liveBefore[pair[0]] !== pair[1]; })
        .map(function (pair) { return pair[1]; });
      if (changed.length) liveRegion.textContent = changed.join('；');
    }
    liveBefore = now;
  }

  function apply(json) {
    var changes = JSON.parse(json);
    if (changes.windows) updateWindows(changes.windows);
    if (changes.set) changes.set.forEach(set);
    if (changes.order) reorder(changes.order);
    if (changes.windows) settleWindows();
    if (changes.live) announce(changes.live);
  }

  // ImGui's focus moved (a click on the canvas): the page's focus goes along, unless a text field
  // is being typed into, or a touch moved it (focus there could open a phone's keyboard).
  // Returns false when the page has no element for it yet (the app then calls again after the
  // changes that bring it). The focus itself waits for an idle moment: focusing makes the browser
  // bring its styles up to date, a millisecond on a long screen that a click's frame need not
  // pay; anything that needs the page's focus right (a key, the mirror's own focus) settles it
  // first (settleFollow).
  var following = null, followTimer = 0;
  function follow(id) {
    var rec = elements['i' + id];
    if (!rec) return false;
    if (!acted) return true;
    if (!keyboard && (rec.data.r === 'textbox' || rec.data.r === 'textarea')) return true;
    following = rec.el;
    // Keys move the page's focus themselves and settle the mirror first (flush): a focus left for
    // later could land after the next key had moved on, so with the keyboard it is done now.
    if (keyboard) {
      settleFollow();
      return true;
    }
    if (!followTimer) {
      followTimer = window.requestIdleCallback ? requestIdleCallback(settleFollow, { timeout: 100 })
                                               : setTimeout(settleFollow, 0);
    }
    return true;
  }
  function settleFollow() {
    if (followTimer && window.cancelIdleCallback) cancelIdleCallback(followTimer);
    else clearTimeout(followTimer);
    followTimer = 0;
    var el = following;
    following = null;
    if (!el || !el.isConnected) return;
    var active = document.activeElement;
    if (active === window.sxBridge.ime.element || active === el) return;
    quietFocus(el);
  }

  // The element after (or before) `from` in Tab order, within the open dialog if there is one.
  function neighbour(from, backwards) {
    var scope = dialog ? windows[dialog].el : document;
    var list = Array.prototype.filter.call(scope.querySelectorAll(FOCUSABLE), function (el) {
      if (el === skip && dialog) return false;
      if (el.closest('[inert]')) return false;
      if (el.type === 'radio' && !el.checked) {
        // A radio group is one stop: its checked radio, or its first when none is.
        var group = root.querySelectorAll('input[type="radio"][name="' + el.name + '"]');
        var checked = Array.prototype.filter.call(group, function (r) { return r.checked; })[0];
        return checked ? false : group[0] === el;
      }
      return true;
    });
    var at = list.indexOf(from);
    if (at < 0) return list[backwards ? list.length - 1 : 0] || null;
    return list[at + (backwards ? -1 : 1)] || null;
  }

  // Leaving a text field with Tab: it stops editing and focus goes to its neighbour.
  function tabOutOfField(field, backwards) {
    var rec = elements['i' + field];
    window.sxBridge.ime.release();
    call('end_text', field);
    flush();
    var next = rec ? neighbour(rec.el, backwards) : null;
    if (next) next.focus();
    else if (rec) quietFocus(rec.el);
  }

  // --- events ------------------------------------------------------------------------------

  root.addEventListener('focusin', function (event) {
    if (quiet) return;
    following = null;  // the user moved the focus: an older follow must not take it back
    flush();
    var rec = recordOf(event.target);
    if (rec && idOf(rec.data.k)) call('focus', idOf(rec.data.k), keyboard ? 1 : 0);
  });

  // The app's changes come once it stops drawing for a moment (a burst of frames, one update), or
  // at once when the page is about to use the mirror: a key, an activation, a focus. 100 ms: the
  // events of one pointer gesture (moves, wheel ticks) come closer than that, so a gesture costs
  // one update, and a screen reader reading the page is still told within a tenth of a second.
  var SYNC_SETTLE_MS = 100;
  var syncTimer = 0;
  function flush() {
    clearTimeout(syncTimer);
    syncTimer = 0;
    call('sync');
    settleFollow();
  }

  function activate(rec) {
    var id = idOf(rec.data.k);
    if (id) call('activate', id);
    flush();
  }

  root.addEventListener('click', function (event) {
    var rec = recordOf(event.target);
    if (!rec) return;
    var r = rec.data.r;
    if (r === 'link') event.preventDefault();
    if (r === 'button' || r === 'navitem' || r === 'disclosure' || r === 'combobox' || r === 'link' || r === 'option') {
      activate(rec);
    }
  });

  // Radios and check boxes change natively (Space, arrows, a screen reader's click); the app
  // decides, and the element shows what it decided (a refused choice springs back).
  root.addEventListener('change', function (event) {
    var rec = recordOf(event.target);
    if (!rec || (rec.data.r !== 'radio' && rec.data.r !== 'checkbox')) return;
    activate(rec);
    var group = rec.data.r === 'radio' ? root.querySelectorAll('input[name="' + rec.data.p + '"]') : [rec.el];
    Array.prototype.forEach.call(group, function (el) {
      var r2 = recordOf(el);
      if (r2) el.checked = !!r2.data.c;
    });
  });

  // Keys on mirrored elements beyond their native behaviour.
  function onMirrorKey(event) {
    var rec = recordOf(event.target);
    if (!rec) return;
    var r = rec.data.r;
    if (r === 'textbox' || r === 'textarea') {
      // Typing into a mirrored field opens the field in the app; the key's text then goes to the
      // IME textarea, which the app focuses, as with a click.
      var typing = (event.key.length === 1 && !event.ctrlKey && !event.metaKey) ||
                   event.key === 'Backspace' || event.key === 'Delete' || event.key === 'Enter' ||
                   event.key === 'F2' || event.key === 'Process';
      if (typing) {
        if (event.key === 'Enter' || event.key === 'F2') event.preventDefault();
        call('focus', idOf(rec.data.k), 1);
      }
    } else if (r === 'option') {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        var sibling = event.key === 'ArrowDown' ? rec.el.nextElementSibling : rec.el.previousElementSibling;
        while (sibling && sibling.getAttribute('role') !== 'option') {
          sibling = event.key === 'ArrowDown' ? sibling.nextElementSibling : sibling.previousElementSibling;
        }
        if (sibling) sibling.focus();
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        activate(rec);
      }
    }
  }

  // Registered before the app's own key handler (app.js runs after this file): Tab belongs to
  // the page's focus order, so ImGui never sees it (its own Tab would jump to a text field).
  window.addEventListener('keydown', function (event) {
    acted = true;
    flush();  // Tab and the arrows move through the mirror: it must show the app as it is now
    if (event.key === 'Tab' || event.key.indexOf('Arrow') === 0) {
      if (!keyboard) {
        keyboard = true;
        if (root.contains(document.activeElement)) call('ring', 1);
      }
    }
    var ime = window.sxBridge.ime;
    if (event.target === ime.element) {
      if (event.key === 'Tab' && !event.isComposing && ime.field()) {
        event.preventDefault();
        event.stopImmediatePropagation();
        keyboard = true;
        tabOutOfField(ime.field(), event.shiftKey);
      }
      return;
    }
    if (event.key === 'Tab') {
      event.stopImmediatePropagation();  // the browser moves focus; ImGui must not
      return;
    }
    // In the mirror, keys are the elements' own (Enter on a button, arrows in a radio group);
    // ImGui needs only Escape (closing a dialog) and its shortcuts.
    if (root.contains(event.target)) {
      onMirrorKey(event);
      if (event.key !== 'Escape' && !event.ctrlKey && !event.metaKey) event.stopImmediatePropagation();
    }
  }, true);

  window.addEventListener('pointerdown', function () {
    acted = true;
    keyboard = false;
    call('ring', 0);  // also the ring a jump put on the field it landed on, which no key began
  }, true);

  // Text found with the browser's find (window.find, a selection) is brought into view: its
  // container scrolls, and the app with it (Chromium's find bar scrolls the container itself).
  document.addEventListener('selectionchange', function () {
    var selection = document.getSelection();
    if (!selection || selection.isCollapsed || !selection.anchorNode) return;
    var holder = selection.anchorNode.nodeType === 1 ? selection.anchorNode : selection.anchorNode.parentElement;
    if (!holder || !root.contains(holder) || holder.tagName === 'INPUT' || holder.tagName === 'TEXTAREA') return;
    holder.scrollIntoView({ block: 'center', inline: 'nearest' });
  });

  skip.addEventListener('click', function (event) {
    event.preventDefault();
    var main = root.querySelector('[role="main"]');
    var target = main && (main.querySelector('h1') || main.querySelector(FOCUSABLE));
    if (target) target.focus();
  });

  window.sxBridge.mirror = {
    apply: apply,
    later: function () {
      clearTimeout(syncTimer);
      syncTimer = setTimeout(flush, SYNC_SETTLE_MS);
    },
    follow: follow,
    // A change waits for its sync (the tests wait for the mirror to show the frame they read).
    pending: function () { return syncTimer !== 0; },
    // Focus the mirror of widget `id` (the IME bridge, when a field stops editing).
    focus: function (id) {
      following = null;
      var rec = elements['i' + id];
      if (rec && keyboard) quietFocus(rec.el);
      return !!(rec && keyboard);
    },
    keyboard: function () { return keyboard; },
    root: root
  };
})();
