// Driving the app with the keyboard alone, through the accessibility mirror (web/mirror.js):
// Tab and Shift+Tab to a widget, Space and the arrows to choose, Enter to press, typing into
// fields. No mouse event is ever sent. Widgets are found by their ImGui ID from sxApp.widgets();
// their mirror element is #m-i<ID>. `pause` is how long the user waits, once the screen is still,
// after reaching a widget and after acting on it; 0 is a fast typist who never waits.
import assert from 'node:assert/strict';
import { settle } from './harness.mjs';

const focused = (page) => page.evaluate(() => {
  const a = document.activeElement;
  return a ? { id: a.id, name: a.name || '', type: a.type || '', ime: a.id === 'ime' } : null;
});

// Where the widget is relative to the focus: 1 after it, -1 before, 0 it (or in its radio group).
function whereIs(page, id) {
  return page.evaluate((target) => {
    const el = document.getElementById(target);
    if (!el) return null;
    let from = document.activeElement;
    if (from && from.id === 'ime') from = document.getElementById('m-i' + window.sxBridge.ime.field()) || from;
    if (from === el) return 0;
    if (el.type === 'radio' && from && from.type === 'radio' && from.name === el.name) return 0;
    if (!from || from === document.body) return 1;
    return from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING ? 1 : -1;
  }, `m-i${id}`);
}

// Tabs (forwards or backwards, whichever is shorter in document order) until the widget, or its
// radio group, has the focus.
export async function tabTo(page, widget, pause = 40) {
  // A widget the app has just drawn is in the mirror once the app stops drawing for a moment.
  await page.waitForSelector(`#m-i${widget.id}`, { state: 'attached', timeout: 5000 }).catch(() => {});
  for (let i = 0; i < 600; i++) {
    const where = await whereIs(page, widget.id);
    if (where === null) throw new Error(`no mirror element for "${widget.name || widget.label}" (${widget.id})`);
    if (where === 0) {
      if (pause) await settle(page, pause);
      return;
    }
    await page.keyboard.press(where > 0 ? 'Tab' : 'Shift+Tab');
  }
  throw new Error(`Tab never reached "${widget.name || widget.label}"`);
}

// Whether the app has the widget checked, as its last frame drew it.
const appChecked = (page, id) => page.evaluate((i) => {
  const w = window.sxApp.widgets().find((x) => x.id === i);
  return w ? w.checked : null;
}, id);

// Chooses a radio: Tab to its group, then Space (nothing chosen yet and it is the first) or the
// arrow keys until it is the one. The app must then agree that it is chosen.
export async function chooseRadio(page, widget, pause = 40) {
  await tabTo(page, widget, pause);
  const seen = [];
  for (let i = 0; i < 12; i++) {
    const state = await page.evaluate((t) => {
      const el = document.getElementById(t);
      const a = document.activeElement;
      const group = Array.from(document.querySelectorAll(`input[name="${el.name}"]`));
      return { focused: a === el, checked: el.checked, active: a ? a.id || a.tagName : '',
               group: group.map((r) => `${r.id}${r.checked ? '*' : ''}`).join(' ') };
    }, `m-i${widget.id}`);
    seen.push(`${state.active} [${state.group}]`);
    if (state.focused && state.checked) {
      if (pause) await settle(page, pause);
      else await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
      assert.equal(await appChecked(page, widget.id), true, `the app has "${widget.name || widget.label}" chosen`);
      return;
    }
    await page.keyboard.press(state.focused ? 'Space' : 'ArrowRight');
  }
  // Where the focus was after each key, and the group (* checked): a focus that left the group
  // means a key acted on another widget.
  throw new Error(`could not choose "${widget.name || widget.label}" (m-i${widget.id}) with the arrow keys; ` +
                  `focus and group after each key: ${seen.join(' | ')}`);
}

// Ticks (or unticks) a check box with Space.
export async function toggle(page, widget, pause = 40) {
  await tabTo(page, widget, pause);
  await page.keyboard.press('Space');
  if (pause) await settle(page, pause);
}

// Presses a button or link with Enter.
export async function activate(page, widget, pause = 40) {
  await tabTo(page, widget, pause);
  await page.keyboard.press('Enter');
  if (pause) await settle(page, pause * 2);
}

// Tabs into a text field (the app enters it), types `text` and stays in it.
export async function typeText(page, widget, text, pause = 40) {
  await tabTo(page, widget, pause);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'ime');
  for (const ch of text) {
    if (/[\x20-\x7e]/.test(ch)) await page.keyboard.type(ch);
    else await page.keyboard.insertText(ch);
  }
  if (pause) await settle(page, pause);
}

export { focused };
