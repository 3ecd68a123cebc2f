// The whole 离散型 self-assessment with the keyboard alone: Tab / Shift+Tab through the
// accessibility mirror, Enter on buttons, Space and the arrow keys in radio groups and check
// boxes, typing into fields, Escape out of a dialog. Not one mouse or touch event is sent (the
// test counts them on the page). What it answered must be what sxApp.evaluation() concludes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, settle, widgetsNamed, widget, screenshot } from './harness.mjs';
import { figures, metrics, answerConditions, answerItems, rateMode, assertWalkEvaluation, assertPartialEvaluation } from './walk_data.mjs';
import { chooseRadio, toggle, activate, typeText } from './keys.mjs';
import { deskBatch } from './desk_batch.mjs';

const FULL = process.env.SX_FULL === '1';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const evaluation = (page) => page.evaluate(() => window.sxApp.evaluation());
const state = (page) => page.evaluate(() => window.sxApp.state());

// Each screen is looked at once it shows (a user reads the new screen), whatever the pause.
async function goTo(page, id, pause) {
  await activate(page, await widget(page, `nav.${id}`), pause);
  await settle(page, 40);
  assert.equal((await page.evaluate(() => document.querySelector('#a11y h1').textContent)).length > 0, true);
}

// The 离散型 path; `pause` as in keys.mjs. `whole`: every item of 表1 and every element of the mode;
// else the sections that hold each kind of answer (有/无, check boxes, a choice, rates: 1, 2 and 6)
// and three elements — the Tab walk through the rest repeats them (SX_FULL=1 takes it all).
const SOME_SECTIONS = [0, 1, 5];
const SOME_ELEMENTS = 3;
async function walk(pause, shot, whole) {
  const { page, context } = await openApp(browser, server);
  await page.evaluate(() => {
    window.pointerEvents = 0;
    for (const type of ['mousedown', 'mouseup', 'click', 'pointerdown', 'touchstart', 'wheel']) {
      window.addEventListener(type, (e) => { if (e.isTrusted && (type !== 'click' || e.detail > 0)) window.pointerEvents++; }, true);
    }
  });
  const type = 'discrete';

  // The skip link comes first and lands on the screen's heading.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'skip');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');

  await goTo(page, 'enterprise', pause);
  for (const [label, text] of [['企业名称', '绍兴市柯桥区鑫淼纺织科技有限公司'], ['统一社会信用代码', '91330603MA2BK7L37A'],
                               ['联系人', '王建国'], ['项目名称', '印染车间智能化改造项目']]) {
    await typeText(page, await widget(page, label), text, pause);
  }
  // A dialog opened from the keyboard closes with Escape and gives the focus back.
  const fresh = await widget(page, '新建自评');
  await activate(page, fresh, pause);
  await page.waitForFunction(() => document.activeElement.closest('[role="dialog"]') !== null, null, { timeout: 5000 });
  await page.keyboard.press('Escape');
  await settle(page);
  assert.equal(await page.evaluate(() => document.activeElement.id), `m-i${fresh.id}`);
  assert.equal((await state(page)).enterprise.name, '绍兴市柯桥区鑫淼纺织科技有限公司');

  await goTo(page, 'figures', pause);
  for (const [label, value] of Object.entries(figures)) {
    const field = (await widgetsNamed(page, label)).find((w) => w.kind === 'text');
    assert.ok(field, label);
    await typeText(page, field, value, pause);
  }
  await settle(page, 40);
  const afterFigures = await state(page);
  for (const [key, value] of Object.entries(metrics)) assert.equal(afterFigures.metrics[key], value, key);

  // By keyboard: Tab to the widget, then Space or the arrows.
  const keys = { choose: (w) => chooseRadio(page, w, pause), toggle: (w) => toggle(page, w, pause) };
  await goTo(page, 'categories', pause);
  await answerConditions(page, keys);
  await goTo(page, 'score', pause);
  await answerItems(page, type, keys, whole ? null : SOME_SECTIONS);
  await goTo(page, 'modes', pause);
  await rateMode(page, type, keys, whole ? Infinity : SOME_ELEMENTS);
  await settle(page, 40);

  if (whole) assertWalkEvaluation(await evaluation(page), type);
  else assertPartialEvaluation(await evaluation(page), type, SOME_SECTIONS, SOME_ELEMENTS);
  if (shot) await screenshot(page, shot);
  assert.equal(await page.evaluate(() => window.pointerEvents), 0, 'no mouse, pointer or touch event reached the page');
  await context.close();
}

// Keys as fast as the browser takes them: typed digits then Tab at once, a Space right after a
// Tab. Each must act on the widget the focus is on, as the screen is by then (a key must not
// land on a frame still to come: the page's scroll, a typed digit still waiting).
test(`离散型: the path by keyboard at typing speed, never waiting for the screen${FULL ? '' : ' (表1 sections 1, 2, 6; SX_FULL=1 all)'}`, { timeout: 600000 },
     () => walk(0, 'keyboard-modes.png', FULL));

// The same at a person's pace (40 ms between keys): two minutes, so only in the long run
// (SX_FULL=1, README); the walk above is the harder of the two.
test('离散型: the whole path by keyboard alone, at a person\'s pace', { timeout: 600000, skip: !FULL && 'SX_FULL=1 runs it' },
     () => walk(40, 'keyboard-modes-paced.png', true));


// 审核台 by keyboard alone: Enter opens it and the file chooser; Tab goes through the open buttons,
// the filters, the table's headers and its rows in that order; Enter on a header sorts, Enter on
// a row opens its details.
test('审核台: Tab reaches the open buttons, the filters, the headers and the rows; Enter opens a row', { timeout: 180000 }, async () => {
  const { page, context } = await openApp(browser, server);
  await page.evaluate(() => {
    window.pointerEvents = 0;
    for (const type of ['mousedown', 'mouseup', 'pointerdown', 'touchstart', 'wheel']) {
      window.addEventListener(type, (e) => { if (e.isTrusted) window.pointerEvents++; }, true);
    }
  });
  await activate(page, await widget(page, 'start.desk'));
  await settle(page);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), activate(page, await widget(page, 'desk.open'))]);
  const files = deskBatch(6);
  await chooser.setFiles(files);
  await page.waitForFunction((n) => window.sxApp.widgets().filter((w) => /^desk\.row\.\d+$/.test(w.name || '')).length === n,
                             files.length, { timeout: 60000 });
  await settle(page);

  // From the top of the page, Tab after Tab: what each stop is. Back to the top with Shift+Tab
  // (a blur would not do: Chromium's next Tab goes on from the element that lost the focus).
  for (let i = 0; i < 60 && await page.evaluate(() => document.activeElement.id) !== 'skip'; i++) {
    await page.keyboard.press('Shift+Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), 'skip', 'Shift+Tab goes back to the skip link');
  const stops = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const id = (document.activeElement.id || '').replace(/^m-i/, '');
      const w = window.sxApp.widgets().find((x) => String(x.id) === id);
      return w ? w.name || w.label : document.activeElement.id;
    });
    stops.push(stop);
    if (/^desk\.row\.\d+$/.test(stop) && stops.filter((s) => /^desk\.row\./.test(s)).length >= 3) break;
  }
  const at = (re) => stops.findIndex((s) => re.test(s));
  const order = [at(/^desk\.open$/), at(/^desk\.district$/), at(/^desk\.flag$/), at(/^desk\.sort\.文件$/), at(/^desk\.sort\.总分$/), at(/^desk\.row\.\d+$/)];
  assert.ok(order.every((i) => i >= 0), `every kind of stop reached: ${stops.join(' → ')}`);
  assert.deepEqual([...order].sort((a, b) => a - b), order, `in reading order: ${stops.join(' → ')}`);

  // Enter on 总分's header sorts by it; Enter on a row opens its details.
  await activate(page, await widget(page, 'desk.sort.总分'));
  await settle(page);
  assert.equal(await page.evaluate(() => document.querySelector('#a11y [role="columnheader"][aria-sort]')?.textContent), '总分');
  const row = await widget(page, 'desk.row.2');
  await activate(page, row);
  await settle(page);
  assert.ok(await page.evaluate(() => !!window.sxApp.widget('desk.decision.recommend')), 'the row\'s details are open');
  assert.match(await page.evaluate(() => document.getElementById('a11y').textContent), /审核意见/);
  assert.equal(await page.evaluate(() => window.pointerEvents), 0, 'no mouse, pointer or touch event reached the page');
  await context.close();
});
