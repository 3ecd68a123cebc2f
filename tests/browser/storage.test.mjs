// The user's work survives reloads, corrupt saves, bad imports and full or disabled storage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, settle, click, widget } from './harness.mjs';

const KEY = 'sx-retrofit.assessment.v1';
const doc = {
  format: 'sx-retrofit-assessment', version: 1, standard: 'shaoxing-2019', type: 'discrete',
  enterprise: { name: '绍兴市柯桥区示例印染有限公司', district: 'keqiao', note: '自由字段保留' },
  metrics: { cnc_rate: 66.5 }, answers: { '1.1': true },
};

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

test('autosave within a second, restored after reload', async () => {
  const { page, context } = await openApp(browser, server);
  assert.deepEqual(await page.evaluate((d) => window.sxApp.load(d), doc), []);
  await page.waitForTimeout(1000);
  const saved = await page.evaluate((k) => localStorage.getItem(k), KEY);
  assert.ok(saved && JSON.parse(saved).enterprise.name === doc.enterprise.name, 'saved within 1 s');
  await page.reload();
  await page.waitForFunction(() => window.sxApp && window.sxApp.frames() > 0);
  const state = await page.evaluate(() => window.sxApp.state());
  assert.equal(state.enterprise.name, doc.enterprise.name);
  assert.equal(state.enterprise.note, '自由字段保留');
  assert.equal((await page.evaluate(() => window.sxApp.evaluation())).items.find((i) => i.id === '3.1').points, 10);
  await context.close();
});

test('load() of an invalid document returns the errors and changes nothing', async () => {
  const { page, context } = await openApp(browser, server);
  await page.evaluate((d) => window.sxApp.load(d), doc);
  const errors = await page.evaluate(() => window.sxApp.load({ ...{ format: 'sx-retrofit-assessment', version: 1, standard: 'shaoxing-2019', type: 'discrete' }, answers: { '2.1': ['cad', 'cax'] } }));
  assert.equal(errors.length, 1);
  assert.equal(errors[0].path, 'answers["2.1"][1]');
  assert.equal((await page.evaluate(() => window.sxApp.state())).enterprise.name, doc.enterprise.name);
  await context.close();
});

test('a corrupt save is reported and kept aside, never deleted', async () => {
  const { page, context } = await openApp(browser, server);
  await page.evaluate((k) => localStorage.setItem(k, '{"format": "sx-retrofit-assessment", "vers'), KEY);
  await page.reload();
  await page.waitForFunction(() => window.sxApp && window.sxApp.frames() > 0);
  await settle(page);
  await widget(page, '知道了');  // the notice is on screen
  const kept = await page.evaluate((k) => Object.keys(localStorage).filter((key) => key.startsWith(k + '.corrupt.')).map((key) => localStorage.getItem(key)), KEY);
  assert.deepEqual(kept, ['{"format": "sx-retrofit-assessment", "vers']);
  await context.close();
});

test('a save the core rejects opens with everything readable and names what was dropped', async () => {
  const { page, context } = await openApp(browser, server);
  // 4.3 claimed without 4.1 and 4.2 (what an older build could write), plus an unknown metric.
  const rejected = { ...doc, answers: { '1.1': true, '4.3': true }, metrics: { cnc_rate: 66.5, speed: 3 } };
  await page.evaluate(([k, d]) => localStorage.setItem(k, JSON.stringify(d)), [KEY, rejected]);
  await page.reload();
  await page.waitForFunction(() => window.sxApp && window.sxApp.frames() > 0);
  await settle(page);
  const state = await page.evaluate(() => window.sxApp.state());
  assert.equal(state.enterprise.name, doc.enterprise.name);
  assert.deepEqual(state.answers, { '1.1': true });
  assert.deepEqual(state.metrics, { cnc_rate: 66.5 });
  await widget(page, '知道了');
  const kept = await page.evaluate((k) => Object.keys(localStorage).filter((key) => key.startsWith(k + '.corrupt.')).map((key) => JSON.parse(localStorage.getItem(key))), KEY);
  assert.deepEqual(kept, [rejected], 'the original text is kept aside');
  await context.close();
});

test('a bad file is refused with the core’s errors; a good one replaces after confirmation', async () => {
  const { page, context } = await openApp(browser, server);
  await page.evaluate((d) => window.sxApp.load(d), doc);
  await page.setInputFiles('#file', { name: 'bad.json', mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...doc, metrics: { cnc_rate: 140 } })) });
  await settle(page);
  await widget(page, '关闭');
  const text = await page.evaluate(() => window.sxApp.widgets().map((w) => w.label).join('\n'));
  assert.ok(text.includes('关闭'));
  assert.equal((await page.evaluate(() => window.sxApp.state())).metrics.cnc_rate, 66.5, 'work untouched');
  await click(page, '关闭');
  await page.setInputFiles('#file', { name: 'latin1.json', mimeType: 'application/json', buffer: Buffer.from([0x7b, 0xe9, 0x7d]) });
  await settle(page);
  await click(page, '关闭');
  const other = { ...doc, enterprise: { name: '上虞区另一家企业' } };
  await page.setInputFiles('#file', { name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
  await settle(page);
  await click(page, '替换');
  assert.equal((await page.evaluate(() => window.sxApp.state())).enterprise.name, '上虞区另一家企业');
  await context.close();
});

test('full storage is told to the user and the work stays in the page', async () => {
  const init = () => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  };
  const { page, context } = await openApp(browser, server, { init });
  await page.evaluate((d) => window.sxApp.load(d), doc);
  await page.waitForTimeout(1000);
  await settle(page);
  await widget(page, '知道了');
  assert.equal((await page.evaluate(() => window.sxApp.state())).enterprise.name, doc.enterprise.name);
  await context.close();
});

test('disabled storage (private mode) is told at start', async () => {
  const init = () => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  };
  const { page, context } = await openApp(browser, server, { init });
  await widget(page, '知道了');
  await context.close();
});

test('新建自评 asks before discarding; 取消 keeps the work, 确定新建 starts afresh', async () => {
  const { page, context } = await openApp(browser, server);
  await page.evaluate((d) => window.sxApp.load(d), doc);
  await settle(page);
  await click(page, '新建自评');
  await click(page, '取消');
  assert.equal((await page.evaluate(() => window.sxApp.state())).enterprise.name, doc.enterprise.name);
  await click(page, '新建自评');
  await click(page, '确定新建');
  const state = await page.evaluate(() => window.sxApp.state());
  assert.equal(state.enterprise, undefined);
  assert.equal(state.type, 'discrete');
  await context.close();
});

test('a file dropped on the page opens like a picked one', async () => {
  const { page, context } = await openApp(browser, server);
  const dropped = { ...doc, enterprise: { name: '诸暨市拖放测试袜业有限公司' } };
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, JSON.stringify(dropped));
  await settle(page);
  await click(page, '替换');
  assert.equal((await page.evaluate(() => window.sxApp.state())).enterprise.name, '诸暨市拖放测试袜业有限公司');
  await context.close();
});
