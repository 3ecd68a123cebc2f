// Work survives the page being hidden, reloaded or closed within the autosave delay, and two tabs
// of the tool never overwrite each other's work unseen: one follows the other, and when both
// changed the document the user chooses (README: "Saving, and several tabs").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, settle, goTo, press, reveal, widget, screenshot } from './harness.mjs';

const KEY = 'sx-retrofit.assessment.v1';
const SIX_TWO_YES = '6.2 智能化改造人才储备 · 有';
const SIX_TWO_NO = '6.2 智能化改造人才储备 · 无';
const ONE_ONE_YES = '1.1 入户诊断 · 有';
const ONE_ONE_NO = '1.1 入户诊断 · 无';
const CAD = '2.1 产品设计数字化 · 采用CAD等技术进行产品设计';
const ADOPT = '采用另一页的内容';
const KEEP = '保留本页的内容';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const state = (page) => page.evaluate(() => window.sxApp.state());
const stored = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) || 'null'), KEY);
const ready = (page) => page.waitForFunction(() => window.sxApp && window.sxApp.frames() > 0, null, { timeout: 30000 });

// Another page of the same browser (a link to the tool clicked again).
async function openTab(context) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await ready(page);
  await settle(page);
  page.errors = errors;
  return page;
}

// A mouse click at a widget already on screen, without waiting for the page to settle.
async function clickNow(page, w) {
  await page.mouse.click(w.x + Math.min(w.w / 2, 12), w.y + w.h / 2);
}

test('a click saved by reloading 100 ms later, before the autosave delay', async () => {
  const { page, context, errors } = await openApp(browser, server);
  await goTo(page, 'score');
  await clickNow(page, await reveal(page, SIX_TWO_YES));
  await page.waitForTimeout(100);
  assert.equal((await stored(page))?.answers?.['6.2'], undefined, 'not yet saved by the timer');
  await page.reload();
  await ready(page);
  assert.equal((await state(page)).answers['6.2'], true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a click saved when the tab is closed at once; a new tab has it', async () => {
  const { page, context } = await openApp(browser, server);
  await goTo(page, 'score');
  await clickNow(page, await reveal(page, SIX_TWO_YES));
  await page.close({ runBeforeUnload: true });
  const next = await openTab(context);
  assert.equal((await state(next)).answers['6.2'], true);
  await context.close();
});

test('digits typed and the page hidden at once: saved when hidden, there on reopening', async () => {
  const { page, context } = await openApp(browser, server);
  await goTo(page, 'figures');
  await press(page, '关键生产装备总数');
  for (const key of '1375') await page.keyboard.press(key);
  const typed = Date.now();
  // Hidden as when the user switches tab or app. Headless Chromium 156 keeps a page visible
  // under every real means tried (another tab in front, the window minimised, CDP
  // Page.setWebLifecycleState frozen), so the change of visibility is emulated.
  const saved = await page.evaluate((k) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    return JSON.parse(localStorage.getItem(k) || 'null');
  }, KEY);
  assert.ok(Date.now() - typed < 450, 'hidden within the autosave delay (the test is too slow to tell otherwise)');
  assert.equal(saved?.figures?.key_equipment, 1375, JSON.stringify(saved));
  await page.close();
  const next = await openTab(context);
  assert.equal((await state(next)).figures.key_equipment, 1375);
  await context.close();
});

test('two tabs: B follows A’s answers, A follows B’s; a new tab shows both', async () => {
  const { page: a, context, errors } = await openApp(browser, server);
  const b = await openTab(context);
  await goTo(a, 'score');
  await goTo(b, 'score');
  await press(a, ONE_ONE_YES);
  await press(a, CAD);
  const fromA = await state(a);
  assert.equal(fromA.answers['1.1'], true);
  assert.deepEqual(fromA.answers['2.1'], ['cad']);
  // B, untouched, follows A's save by itself.
  await b.waitForFunction(() => (window.sxApp.state().answers || {})['2.1'], null, { timeout: 5000 });
  await settle(b);
  assert.deepEqual((await state(b)).answers, fromA.answers);
  await screenshot(b, 'tabs-followed.png');
  await press(b, ONE_ONE_NO);
  const fromB = await state(b);
  assert.deepEqual(fromB.answers, { '1.1': false, '2.1': ['cad'] }, 'B keeps A’s 2.1 and its own 1.1');
  await a.waitForFunction(() => (window.sxApp.state().answers || {})['1.1'] === false, null, { timeout: 5000 });
  assert.deepEqual(await state(a), fromB);
  await b.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).answers['1.1'] === false, KEY);
  const c = await openTab(context);
  assert.deepEqual((await state(c)).answers, { '1.1': false, '2.1': ['cad'] });
  assert.deepEqual([...errors, ...b.errors, ...c.errors], []);
  await context.close();
});

// B is down the form, at 6.2, when A's change arrives: B follows and says so at the screen's top,
// out of view above — the answer B is at stays where it was (the notice pushed the form down).
test('B, down the form, follows A: the notice above it does not move the answer B is at', async () => {
  const { page: a, context } = await openApp(browser, server);
  const b = await openTab(context);
  await goTo(a, 'score');
  await goTo(b, 'score');
  await b.bringToFront();
  const before = await reveal(b, SIX_TWO_YES);
  await a.bringToFront();
  await press(a, ONE_ONE_YES);
  await b.bringToFront();
  await b.waitForFunction(() => (window.sxApp.state().answers || {})['1.1'] === true, null, { timeout: 5000 });
  await settle(b);
  const after = await widget(b, SIX_TWO_YES);
  assert.ok(Math.abs(after.y - before.y) <= 1, `6.2 moved from y ${before.y} to ${after.y} when the notice came`);
  await clickNow(b, after);
  await settle(b);
  assert.equal((await state(b)).answers['6.2'], true, 'a tap where 6.2 was did not answer it');
  // B said it followed, at the top.
  await b.mouse.move(after.x, after.y);
  await b.mouse.wheel(0, -100000);
  await settle(b);
  await widget(b, '知道了');
  await context.close();
});

// A answers 6.2 有 and B 6.2 无 before A's save reaches B: B is asked.
async function conflict(options = {}) {
  const { page: a, context } = await openApp(browser, server, options);
  const b = await openTab(context);
  await goTo(a, 'score');
  await goTo(b, 'score');
  // A tab in the background draws no frames (requestAnimationFrame waits), so each is scrolled
  // to its answer in front, as the user would.
  await a.bringToFront();
  const yes = await reveal(a, SIX_TWO_YES);
  await b.bringToFront();
  const no = await reveal(b, SIX_TWO_NO);
  // Two people clicking within A's autosave delay, made certain: A's save (by its timer, or at
  // once when A is hidden) is held in A until B's click is in, then written as it was.
  await a.bringToFront();
  await a.evaluate(() => {
    const storage = window.sxBridge.storage;
    const write = storage.set;
    window.sxHeld = [];
    storage.set = (key, value) => { window.sxHeld.push([key, value]); return 0; };
    window.sxRelease = () => { storage.set = write; for (const [key, value] of window.sxHeld) write(key, value); };
  });
  await clickNow(a, yes);
  await a.waitForFunction(() => window.sxApp.state().answers['6.2'] === true, null, { timeout: 5000 });
  await b.bringToFront();
  await a.waitForFunction((k) => window.sxHeld.some(([key]) => key === k), KEY, { timeout: 5000, polling: 50 });
  await clickNow(b, no);
  await a.evaluate(() => window.sxRelease());
  await b.waitForFunction((l) => window.sxApp.widget(l), ADOPT, { timeout: 5000 });
  await settle(b);
  assert.equal((await stored(a)).answers['6.2'], true, 'A’s save stands until B’s user chooses');
  await b.waitForTimeout(700);  // past B's own autosave delay: B still writes nothing
  assert.equal((await stored(a)).answers['6.2'], true);
  assert.equal((await state(b)).answers['6.2'], false);
  assert.equal(await a.evaluate((l) => window.sxApp.widget(l), ADOPT), null, 'A is not asked');
  // Told in Chinese, in a dialog a screen reader announces by its title, naming what differs.
  const dialog = await b.evaluate(() => {
    const el = document.querySelector('#a11y [role=dialog]');
    return el && { name: el.getAttribute('aria-label'), text: el.textContent };
  });
  assert.equal(dialog?.name, '另一个标签页修改了这份自评');
  assert.ok(dialog.text.includes('两份不同之处：') && dialog.text.includes('评分表 6.2 智能化改造人才储备'), dialog.text);
  return { a, b, context };
}

test('both tabs changed: B chooses 保留本页的内容; A follows, its own answer one 撤销 away', async () => {
  const { a, b, context } = await conflict();
  await screenshot(b, 'tabs-conflict-desktop.png');
  await press(b, KEEP);
  await b.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).answers['6.2'] === false, KEY, { timeout: 3000 });
  await a.waitForFunction(() => window.sxApp.state().answers['6.2'] === false, null, { timeout: 5000 });
  await settle(a);
  await press(a, '撤销');
  assert.equal((await state(a)).answers['6.2'], true, 'A’s answer was not lost');
  await context.close();
});

test('both tabs changed, on a phone: B chooses 采用另一页的内容; its own answer one 撤销 away', async () => {
  const { b, context } = await conflict({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  await screenshot(b, 'tabs-conflict-phone.png');
  const adopt = await widget(b, ADOPT);
  const keep = await widget(b, KEEP);
  assert.ok(adopt.h >= 44 && keep.h >= 44, `tap targets ${adopt.h} and ${keep.h} px high`);
  assert.ok(keep.x + keep.w <= 390, 'both buttons on screen');
  await press(b, ADOPT, { tap: true });
  assert.equal((await state(b)).answers['6.2'], true);
  assert.equal((await stored(b)).answers['6.2'], true);
  // The phone's toolbar scrolls away with the screen: back to the top, where 撤销 is.
  await b.mouse.move(200, 400);
  for (let i = 0; i < 30 && !(await b.evaluate(() => window.sxApp.widget('撤销'))); i++) {
    await b.mouse.wheel(0, -800);
    await settle(b, 60);
  }
  await press(b, '撤销', { tap: true });
  assert.equal((await state(b)).answers['6.2'], false, 'B’s answer was not lost');
  await context.close();
});
