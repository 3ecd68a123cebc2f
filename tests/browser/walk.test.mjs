// The whole self-assessment with real clicks and typing only (no load()): one 离散型 and one
// 流程型 enterprise answer the profile in Chinese, the figures, every condition, every item of
// their table and every element of their mode; what the page shows and what it saved must match
// what the standard's data says those answers are worth, and survive a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openApp, settle, screenshot, root, goTo, press, typeInto, widgetsNamed, reveal, autosaved, atOneSize } from './harness.mjs';
import { figures, metrics, answerConditions, answerItems, rateMode, assertWalkEvaluation } from './walk_data.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const state = (page) => page.evaluate(() => window.sxApp.state());
const evaluation = (page) => page.evaluate(() => window.sxApp.evaluation());

async function pressNamed(page, ...parts) {
  const found = await widgetsNamed(page, ...parts);
  assert.ok(found.length > 0, `no widget named with ${parts.join(' + ')}`);
  await press(page, found[0].name || found[0].label);
  return found[0];
}

async function walk(page, type, enterpriseName, creditCode) {
  await goTo(page, 'enterprise');
  await typeInto(page, '企业名称', enterpriseName);
  await typeInto(page, '统一社会信用代码', creditCode);
  await typeInto(page, '联系人', '王建国');
  await typeInto(page, '项目名称', '印染车间智能化改造项目');
  if (type === 'process') await press(page, '流程型（表2）');
  assert.equal((await state(page)).type, type);

  await goTo(page, 'figures');
  for (const [label, value] of Object.entries(figures)) await typeInto(page, label, value);
  const afterFigures = await state(page);
  for (const [key, value] of Object.entries(metrics)) assert.equal(afterFigures.metrics[key], value, key);

  // By mouse: a click on the widget.
  const click = { choose: (w) => press(page, w.name || w.label), toggle: (w) => press(page, w.name || w.label) };
  await goTo(page, 'categories');
  await answerConditions(page, click);
  await goTo(page, 'score');
  await answerItems(page, type, click);
  await goTo(page, 'modes');
  await rateMode(page, type, click);

  const doc = await state(page);
  const e = await evaluation(page);
  assertWalkEvaluation(e, type);
  assert.equal(e.recommended, 'factory');
  assert.equal(e.modes[type].basically_met, true);
  assert.equal(doc.enterprise.name, enterpriseName);
  return { doc, e };
}

// By default the 流程型 walk alone: 表1 is walked by keyboard (keyboard.test.mjs) and drawn item by
// item natively (test_views); SX_FULL=1 walks both by clicks.
for (const [type, name, code] of atOneSize([
  ['discrete', '绍兴市柯桥区鑫淼纺织科技有限公司', '91330603MA2BK7L37A'],
  ['process', '绍兴市上虞区示范化工股份有限公司', '91330604MA2D4C8Q0R'],
], 'process')) {
  test(`${type}: the whole path by clicks and typing, then a reload keeps it`, { timeout: 600000 }, async () => {
    const { page, context } = await openApp(browser, server);
    const { doc, e } = await walk(page, type, name, code);
    // What the screens show is what the core concluded: the mode's header carries its verdict,
    // and the navigation marks the parts answered in full as 已完成.
    await goTo(page, 'modes');
    const header = await page.evaluate((n) => window.sxApp.widget(n), `mode.${type}`);
    assert.match(header.label, /：基本具备$/);
    for (const id of ['figures', 'categories', 'score']) {
      const entry = await page.evaluate((n) => window.sxApp.widget(n), `nav.${id}`);
      assert.match(entry.label, /（已完成）$/, id);
    }
    // One mode of five rated in full: enough (第八条（二） asks for one), the part is finished.
    assert.match((await page.evaluate(() => window.sxApp.widget('nav.modes'))).label, /（已完成）$/);
    await goTo(page, 'score');
    await screenshot(page, `walk-${type}-score.png`);
    await autosaved(page);
    await page.reload();
    await page.waitForFunction(() => window.sxApp && window.sxApp.frames() > 0);
    await settle(page);
    assert.deepEqual(await state(page), doc);
    assert.deepEqual(await evaluation(page), e);
    await context.close();
  });
}

test('表1 4.1/4.2/4.3 有, then 4.1 无: 4.3 becomes 无, the save reloads with every answer', async () => {
  const { page, context } = await openApp(browser, server);
  await goTo(page, 'score');
  for (const id of ['4.1', '4.2', '4.3']) await pressNamed(page, `${id} `, ' · 有');
  assert.equal((await evaluation(page)).items.find((i) => i.id === '4.3').points, 4);
  await pressNamed(page, '4.1 ', ' · 无');
  const doc = await state(page);
  assert.deepEqual(doc.answers, { '4.1': false, '4.2': true, '4.3': false });
  await autosaved(page);
  await page.reload();
  await page.waitForFunction(() => window.sxApp && window.sxApp.frames() > 0);
  await settle(page);
  assert.deepEqual((await state(page)).answers, doc.answers);
  // 4.3 无 can be chosen while 4.1 and 4.2 are missing, so the sheet can be completed.
  await press(page, '新建自评');
  await press(page, '确定新建');
  await goTo(page, 'score');
  await pressNamed(page, '4.3 ', ' · 无');
  assert.deepEqual((await state(page)).answers, { '4.3': false });
  await context.close();
});

test('a number field keeps focus and every keystroke: 65, 150 refused, Backspace to empty', async () => {
  const { page, context } = await openApp(browser, server);
  await goTo(page, 'score');
  const field = (await widgetsNamed(page, '3.1 ', '数控化率')).find((w) => w.kind === 'text');
  await press(page, field.name);
  await page.keyboard.type('65');
  await settle(page);
  assert.equal((await state(page)).metrics.cnc_rate, 65);
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await settle(page);
  assert.equal((await state(page)).metrics, undefined);
  await page.keyboard.type('150');
  await settle(page);
  // Out of range: the field keeps 150 with its reason, and the document keeps no 15 the user
  // never meant (nor a score from it).
  assert.equal((await state(page)).metrics?.cnc_rate, undefined, '150 is out of range: 15 stayed');
  const shown = (await widgetsNamed(page, '3.1 ', '数控化率')).find((w) => w.kind === 'text');
  assert.equal(shown.value, '150', 'what was typed stays in the field');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('00');
  await settle(page);
  assert.equal((await state(page)).metrics.cnc_rate, 100);
  await context.close();
});

test('switching 离散型 → 流程型 says what goes, carries shared answers, and undo brings all back', async () => {
  const { page, context } = await openApp(browser, server);
  await goTo(page, 'score');
  await pressNamed(page, '1.1 ', ' · 有');
  await pressNamed(page, '4.1 ', ' · 有');
  await pressNamed(page, '6.2 ', ' · 有');
  const before = await state(page);
  await goTo(page, 'enterprise');
  await press(page, '流程型（表2）');
  await press(page, '确定切换');
  const switched = await state(page);
  assert.equal(switched.type, 'process');
  assert.deepEqual(switched.answers, { '1.1': true, '5.2': true });
  await page.keyboard.press('Control+Z');
  await settle(page);
  assert.deepEqual(await state(page), before);
  await page.keyboard.press('Control+Shift+Z');
  await settle(page);
  assert.deepEqual(await state(page), switched);
  await press(page, '撤销');
  assert.deepEqual(await state(page), before);
  await context.close();
});

test('every screen renders at desktop and phone sizes with nothing past the right edge', async () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    const { page, context } = await openApp(browser, server, { viewport });
    // A full document, so every screen shows its fullest state (load() sets the case up only).
    const full = fs.readFileSync(path.join(root, 'tests/fixtures/discrete-full.json'), 'utf8');
    assert.deepEqual(await page.evaluate((t) => window.sxApp.load(t), full), []);
    const ids = await page.evaluate(() => window.sxApp.screens());
    assert.deepEqual(ids, ['start', 'enterprise', 'figures', 'categories', 'score', 'modes', 'gaps', 'whatif', 'policy', 'export']);
    for (const id of ids) {
      await page.evaluate((i) => window.sxApp.show(i), id);
      await settle(page);
      const over = (await page.evaluate(() => window.sxApp.widgets()))
        .filter((w) => w.visible && w.x + w.w > viewport.width + 1);
      assert.deepEqual(over.map((w) => w.name || w.label), [], `${id} at ${viewport.width}px`);
      await screenshot(page, `screen-${id}-${viewport.width}x${viewport.height}.png`);
    }
    await context.close();
  }
});
