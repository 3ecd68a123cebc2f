// Driving the app with the keyboard alone, through the accessibility mirror (web/mirror.js):
// Tab and Shift+Tab to a widget, Space and the arrows to choose, Enter to press, typing into
// fields. No mouse event is ever sent. Widgets are found by their ImGui ID from sxApp.widgets();
// their mirror element is #m-i<ID>.
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
export async function tabTo(page, widget) {
  for (let i = 0; i < 600; i++) {
    const where = await whereIs(page, widget.id);
    if (where === null) throw new Error(`no mirror element for "${widget.name || widget.label}" (${widget.id})`);
    if (where === 0) {
      await settle(page, 40);
      return;
    }
    await page.keyboard.press(where > 0 ? 'Tab' : 'Shift+Tab');
  }
  throw new Error(`Tab never reached "${widget.name || widget.label}"`);
}

// Chooses a radio: Tab to its group, then Space (nothing chosen yet and it is the first) or the
// arrow keys until it is the one.
export async function chooseRadio(page, widget) {
  await tabTo(page, widget);
  for (let i = 0; i < 12; i++) {
    const state = await page.evaluate((t) => {
      const el = document.getElementById(t);
      return { focused: document.activeElement === el, checked: el.checked };
    }, `m-i${widget.id}`);
    if (state.focused && state.checked) return settle(page, 40);
    await page.keyboard.press(state.focused ? 'Space' : 'ArrowRight');
  }
  throw new Error(`could not choose "${widget.name || widget.label}" with the arrow keys`);
}

// Ticks (or unticks) a check box with Space.
export async function toggle(page, widget) {
  await tabTo(page, widget);
  await page.keyboard.press('Space');
  await settle(page, 40);
}

// Presses a button or link with Enter.
export async function activate(page, widget) {
  await tabTo(page, widget);
  await page.keyboard.press('Enter');
  await settle(page, 80);
}

// Tabs into a text field (the app enters it), types `text` and stays in it.
export async function typeText(page, widget, text) {
  await tabTo(page, widget);
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'ime');
  for (const ch of text) {
    if (/[\x20-\x7e]/.test(ch)) await page.keyboard.type(ch);
    else await page.keyboard.insertText(ch);
  }
  await settle(page, 40);
}

export { focused };
