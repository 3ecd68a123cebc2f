// The page loads under a sub-path, shows Chinese text, requests nothing from other origins,
// draws no frames while idle, and looks right at desktop and phone sizes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, settle, widget, screenshot } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

test('desktop: Chinese UI, test API, no foreign requests', async () => {
  const { page, offOrigin, errors, context } = await openApp(browser, server);
  const labels = (await page.evaluate(() => window.sxApp.widgets())).map((w) => w.label);
  for (const label of ['新建自评', '打开文件', '保存文件']) assert.ok(labels.includes(label), label);
  const state = await page.evaluate(() => window.sxApp.state());
  assert.equal(state.format, 'sx-retrofit-assessment');
  assert.equal(state.standard, 'shaoxing-2019');
  const evaluation = await page.evaluate(() => window.sxApp.evaluation());
  assert.equal(evaluation.max, 100);
  assert.ok(Array.isArray(evaluation.items) && evaluation.items.length > 10);
  assert.deepEqual(offOrigin, []);
  assert.deepEqual(errors, []);
  await screenshot(page, 'desktop-1280x800.png');
  await context.close();
});

test('idle: zero frames per second when nothing happens', async () => {
  const { page, context } = await openApp(browser, server);
  await settle(page);
  const before = await page.evaluate(() => window.sxApp.frames());
  await page.waitForTimeout(3000);
  const after = await page.evaluate(() => window.sxApp.frames());
  assert.equal(after - before, 0, `drew ${after - before} frames in 3 s while idle`);
  await context.close();
});

test('phone: 390×844 with touch, tap a control', async () => {
  const { page, context } = await openApp(browser, server, {
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true });
  const type = await widget(page, '流程型（表2）');
  await page.touchscreen.tap(type.x + type.w / 2, type.y + type.h / 2);
  await settle(page);
  assert.equal((await page.evaluate(() => window.sxApp.state())).type, 'process');
  await screenshot(page, 'phone-390x844.png');
  await context.close();
});

test('phone: dragging scrolls the content instead of clicking', async () => {
  const { page, context } = await openApp(browser, server, {
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  const before = await widget(page, '新建自评');
  const target = await widget(page, '离散型（表1）');
  const cdp = await context.newCDPSession(page);
  const x = 200, y0 = 700, y1 = 300;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0 }] });
  for (let i = 1; i <= 10; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y0 + (y1 - y0) * i / 10 }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await settle(page);
  const moved = await widget(page, '离散型（表1）');
  assert.ok(moved.y < target.y - 100, `content should scroll up: ${target.y} → ${moved.y}`);
  assert.equal((await widget(page, '新建自评')).y, before.y, 'the toolbar stays put');
  assert.equal((await page.evaluate(() => window.sxApp.state())).type, 'discrete', 'no click happened');
  await context.close();
});
