// The whole 离散型 self-assessment with the keyboard alone: Tab / Shift+Tab through the
// accessibility mirror, Enter on buttons, Space and the arrow keys in radio groups and check
// boxes, typing into fields, Escape out of a dialog. Not one mouse or touch event is sent (the
// test counts them on the page). What it answered must be what sxApp.evaluation() concludes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, settle, widgetsNamed, widget, screenshot } from './harness.mjs';
import { figures, metrics, answerConditions, answerItems, rateMode, assertWalkEvaluation } from './walk_data.mjs';
import { chooseRadio, toggle, activate, typeText } from './keys.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const evaluation = (page) => page.evaluate(() => window.sxApp.evaluation());
const state = (page) => page.evaluate(() => window.sxApp.state());

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

  // By keyboard: Tab to the widget, then Space or the arrows.
  const keys = { choose: (w) => chooseRadio(page, w), toggle: (w) => toggle(page, w) };
  await goTo(page, 'categories');
  await answerConditions(page, keys);
  await goTo(page, 'score');
  await answerItems(page, type, keys);
  await goTo(page, 'modes');
  await rateMode(page, type, keys);

  assertWalkEvaluation(await evaluation(page), type);
  await screenshot(page, 'keyboard-modes.png');
  assert.equal(await page.evaluate(() => window.pointerEvents), 0, 'no mouse, pointer or touch event reached the page');
  await context.close();
});
