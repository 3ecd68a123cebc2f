// The whole 离散型 self-assessment with the keyboard alone: Tab / Shift+Tab through the
// accessibility mirror, Enter on buttons, Space and the arrow keys in radio groups and check
// boxes, typing into fields, Escape out of a dialog. Not one mouse or touch event is sent (the
// test counts them on the page). What it answered must be what sxApp.evaluation() concludes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, settle, widgetsNamed, widget, screenshot } from './harness.mjs';
import { tables, conditions, modes, figures, metrics, expectedPoints } from './walk_data.mjs';
import { tabTo, chooseRadio, toggle, activate, typeText } from './keys.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const evaluation = (page) => page.evaluate(() => window.sxApp.evaluation());
const state = (page) => page.evaluate(() => window.sxApp.state());

async function named(page, ...parts) {
  const found = await widgetsNamed(page, ...parts);
  assert.ok(found.length > 0, `no widget named with ${parts.join(' + ')}`);
  return found[0];
}

async function goTo(page, id) {
  await activate(page, await widget(page, `nav.${id}`));
  assert.equal((await page.evaluate(() => document.querySelector('#a11y h1').textContent)).length > 0, true);
}

test('离散型: the whole path by keyboard alone', { timeout: 600000 }, async () => {
  const { page, context } = await openApp(browser, server);
  await page.evaluate(() => {
    window.pointerEvents = 0;
    for (const type of ['mousedown', 'mouseup', 'click', 'pointerdown', 'touchstart', 'wheel']) {
      window.addEventListener(type, (e) => { if (e.isTrusted && (type !== 'click' || e.detail > 0)) window.pointerEvents++; }, true);
    }
  });
  const type = 'discrete';
  const table = tables[type];

  // The skip link comes first and lands on the screen's heading.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'skip');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');

  await goTo(page, 'enterprise');
  for (const [label, text] of [['企业名称', '绍兴市柯桥区鑫淼纺织科技有限公司'], ['统一社会信用代码', '91330603MA2BK7L37A'],
                               ['联系人', '王建国'], ['项目名称', '印染车间智能化改造项目']]) {
    await typeText(page, await widget(page, label), text);
  }
  // A dialog opened from the keyboard closes with Escape and gives the focus back.
  const fresh = await widget(page, '新建自评');
  await activate(page, fresh);
  assert.equal(await page.evaluate(() => document.activeElement.closest('[role="dialog"]') !== null), true);
  await page.keyboard.press('Escape');
  await settle(page);
  assert.equal(await page.evaluate(() => document.activeElement.id), `m-i${fresh.id}`);
  assert.equal((await state(page)).enterprise.name, '绍兴市柯桥区鑫淼纺织科技有限公司');

  await goTo(page, 'figures');
  for (const [label, value] of Object.entries(figures)) {
    const field = (await widgetsNamed(page, label)).find((w) => w.kind === 'text');
    assert.ok(field, label);
    await typeText(page, field, value);
  }
  const afterFigures = await state(page);
  for (const [key, value] of Object.entries(metrics)) assert.equal(afterFigures.metrics[key], value, key);

  await goTo(page, 'categories');
  for (const c of conditions) {
    if (c.rule.kind === 'facts_true') {
      for (const w of await widgetsNamed(page, c.title, ' · 是')) await chooseRadio(page, w);
    } else if (c.rule.kind === 'fact_false') {
      await chooseRadio(page, await named(page, c.title, ' · 否'));
    } else if (c.rule.kind === 'set_nonempty') {
      const boxes = (await widgetsNamed(page, c.title)).filter((w) => w.checked !== undefined && !w.name.includes('以上均无'));
      await toggle(page, boxes[0]);
    }
  }

  await goTo(page, 'score');
  for (const section of table.sections) {
    for (const item of section.items) {
      const context = `${item.id} ${item.title}`;
      if (item.answer === 'bool') await chooseRadio(page, await named(page, context, ' · 有'));
      else if (item.answer === 'set') for (const o of item.options.slice(0, 2)) await toggle(page, await named(page, context, ` · ${o.label}`));
      else if (item.answer === 'choice') await chooseRadio(page, await named(page, context, ` · ${item.options.find((o) => o.key === 'average').label}`));
    }
  }

  await goTo(page, 'modes');
  const mode = modes.find((m) => m.key === type);
  for (let n = 1; n <= mode.elements.length; n++) await chooseRadio(page, await named(page, mode.title, `要素${n} `, ' · 具备'));

  const e = await evaluation(page);
  let total = 0;
  for (const section of table.sections) {
    for (const item of section.items) {
      const points = expectedPoints(item, metrics);
      total += points;
      assert.equal(e.items.find((i) => i.id === item.id).points, points, `item ${item.id}`);
    }
  }
  assert.equal(e.total, total);
  assert.equal(e.complete, true, 'every item answered');
  for (const c of ['line', 'workshop', 'factory']) assert.equal(e.categories[c].eligible, true, c);
  assert.equal(e.modes[type].basically_met, true);
  await screenshot(page, 'keyboard-modes.png');
  assert.equal(await page.evaluate(() => window.pointerEvents), 0, 'no mouse, pointer or touch event reached the page');
  await context.close();
});
