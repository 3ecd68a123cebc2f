// The user's work survives reloads, corrupt saves, bad imports and full or disabled storage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openApp, settle, click, widget, press, typeInto, goTo, root, screenshot, autosaved } from './harness.mjs';

const KEY = 'sx-retrofit.assessment.v1';
const doc = {
  format: 'sx-retrofit-assessment', version: 1, standard: 'shaoxing-2019', type: 'discrete',
  enterprise: { name: '绍兴市柯桥区示例印染有限公司', district: 'keqiao', note: '自由字段保留' },
  metrics: { cnc_rate: 66.5 }, answers: { '1.1': true },
};

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

test('a typed change is autosaved within a second, restored after reload with the rest', async () => {
  const { page, context } = await openApp(browser, server);
  assert.deepEqual(await page.evaluate((d) => window.sxApp.load(d), doc), []);
  await autosaved(page);
  await goTo(page, 'enterprise');
  await typeInto(page, '企业名称', '绍兴市柯桥区秒存印染有限公司');
  const typed = await page.evaluate(() => performance.now());
  await autosaved(page);
  const after = await page.evaluate(() => window.sxApp.lastWrite()) - typed;
  assert.ok(after <= 1000, `saved ${after.toFixed(0)} ms after the last key`);
  const saved = await page.evaluate((k) => localStorage.getItem(k), KEY);
  assert.equal(JSON.parse(saved).enterprise.name, '绍兴市柯桥区秒存印染有限公司');
  await page.reload();
  await page.waitForFunction(() => window.sxApp && window.sxApp.frames() > 0);
  const state = await page.evaluate(() => window.sxApp.state());
  assert.equal(state.enterprise.name, '绍兴市柯桥区秒存印染有限公司');
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
  const since = await page.evaluate(() => performance.now());
  await page.evaluate((d) => window.sxApp.load(d), doc);
  await autosaved(page, since);
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

test('a file dropped on the page opens like a picked one (over work, after asking)', async () => {
  const { page, context } = await openApp(browser, server);
  await page.evaluate((d) => window.sxApp.load(d), doc);
  await settle(page);
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

// ---- Storage faults in the middle of a session, and saves of an older format version ----

// The accessibility mirror's text once `part` is (or is no longer, with `gone`) in it.
async function mirrorHas(page, part, { gone = false, timeout = 10000 } = {}) {
  await page.waitForFunction(([p, g]) => document.getElementById('a11y').textContent.includes(p) !== g,
    [part, gone], { timeout });
  return page.evaluate(() => document.getElementById('a11y').textContent);
}

test('storage full mid-session: the last good save stays, the user is told and keeps working; freed space → saved, notice gone', async () => {
  const { page, context, errors } = await openApp(browser, server);
  await page.evaluate((d) => window.sxApp.load(d), doc);
  await goTo(page, 'enterprise');
  await typeInto(page, '企业名称', '绍兴市柯桥区第一次保存印染有限公司');
  await page.waitForFunction((k) => (localStorage.getItem(k) || '').includes('第一次保存'), KEY, { timeout: 5000 });
  const good = await page.evaluate((k) => localStorage.getItem(k), KEY);
  // Fill the origin's real quota to the last character.
  const filled = await page.evaluate(() => {
    let lo = 0, hi = 64 * 1024 * 1024;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      try { localStorage.setItem('filler', 'x'.repeat(mid)); lo = mid; } catch (e) { hi = mid - 1; }
    }
    localStorage.setItem('filler', 'x'.repeat(lo));
    try { localStorage.setItem('one-more', 'x'); return -1; } catch (e) { return e.name === 'QuotaExceededError' ? lo : -2; }
  });
  assert.ok(filled > 0, 'the quota is reached');
  // Typed at the end of the name: every keystroke makes the document longer than the last save.
  // The notice that storage is full can move the field as it appears: click until it is typing.
  for (let i = 0; i < 3 && !(await page.evaluate(() => Module._sx_wants_text_input())); i++) {
    await press(page, '企业名称');
  }
  await page.keyboard.press('End');
  for (const ch of '（存储已满之后继续填写）') { await page.keyboard.insertText(ch); await settle(page, 40); }
  await page.keyboard.press('Enter');
  await settle(page, 80);
  const longer = '绍兴市柯桥区第一次保存印染有限公司（存储已满之后继续填写）';
  const told = await mirrorHas(page, '浏览器存储空间已满');
  assert.ok(told.includes('请点击“保存文件”下载 JSON 自评文件'), told);
  await screenshot(page, 'storage-full-mid-session.png');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), good, 'the last good save is untouched');
  await typeInto(page, '联系人', '王建国');  // keeps working
  const state = await page.evaluate(() => window.sxApp.state());
  assert.equal(state.enterprise.name, longer);
  assert.equal(state.enterprise.contact, '王建国');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), good);
  // Space is freed (another tab, the browser's settings): the app saves without another edit.
  await page.evaluate(() => localStorage.removeItem('filler'));
  await page.waitForFunction(([k, n]) => (localStorage.getItem(k) || '').includes(n), [KEY, longer], { timeout: 10000 });
  const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  assert.deepEqual(saved, await page.evaluate(() => window.sxApp.state()));
  await mirrorHas(page, '浏览器存储空间已满', { gone: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('storage unavailable: told at start in plain words, the work goes on in the page', async () => {
  const init = () => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  };
  const { page, context, errors } = await openApp(browser, server, { init });
  const told = await mirrorHas(page, '浏览器存储不可用');
  assert.ok(told.includes('自评不会自动保存'), told);
  await goTo(page, 'enterprise');
  const since = await page.evaluate(() => performance.now());
  await typeInto(page, '企业名称', '新昌县无痕模式轴承有限公司');
  await autosaved(page, since);
  assert.equal((await page.evaluate(() => window.sxApp.state())).enterprise.name, '新昌县无痕模式轴承有限公司');
  await mirrorHas(page, '浏览器存储不可用');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a corrupt save that cannot be kept aside is never overwritten: autosave pauses and says so', async () => {
  const init = () => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('sx-retrofit.assessment.v1', '{"format": "sx-retrofit-assessment", "vers');
    }
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  };
  const { page, context } = await openApp(browser, server, { init });
  const told = await mirrorHas(page, '已暂停自动保存');
  assert.ok(told.includes('上次自动保存的自评已损坏'), told);
  await goTo(page, 'enterprise');
  await typeInto(page, '企业名称', '嵊州市损坏存档领带有限公司');
  await page.waitForTimeout(1200);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), '{"format": "sx-retrofit-assessment", "vers');
  assert.equal((await page.evaluate(() => window.sxApp.state())).enterprise.name, '嵊州市损坏存档领带有限公司');
  await context.close();
});

const version0 = fs.readFileSync(path.join(root, 'tests/fixtures/version-0.json'), 'utf8');

test('a version-0 autosave opens upgraded with everything, the user is told, the next save is version 1', async () => {
  const { page, context } = await openApp(browser, server);
  await page.evaluate(([k, text]) => localStorage.setItem(k, text), [KEY, version0]);
  await page.reload();
  await page.waitForFunction(() => window.sxApp && window.sxApp.frames() > 0);
  await settle(page);
  const state = await page.evaluate(() => window.sxApp.state());
  const v0 = JSON.parse(version0);
  assert.equal(state.version, 1);
  assert.deepEqual(state.enterprise, v0.enterprise);
  assert.deepEqual(state.project, v0.project);
  assert.equal(state.saved_by, v0.saved_by, 'a free-form key is kept');
  assert.deepEqual(state.facts, v0.facts);
  assert.deepEqual(state.answers, v0.items);
  assert.deepEqual(state.metrics, { cnc_rate: v0.cnc_rate, network_rate: v0.network_rate, efficiency_gain: v0.efficiency_gain });
  assert.deepEqual(state.modes, v0.modes);
  const evaluation = await page.evaluate(() => window.sxApp.evaluation());
  assert.equal(evaluation.items.find((i) => i.id === '3.1').points, 10);
  const told = await mirrorHas(page, '已升级为当前格式（版本 1）');
  assert.ok(told.includes('上次自动保存的自评是旧版工具保存的（格式版本 0），已升级为当前格式（版本 1），内容全部保留。'), told);
  await screenshot(page, 'storage-version-0-upgraded.png');
  await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).version === 1, KEY, { timeout: 3000 });
  assert.deepEqual(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY)), state, 'saved as version 1');
  const kept = await page.evaluate((k) => Object.keys(localStorage).filter((key) => key.startsWith(k + '.version-0.')).map((key) => localStorage.getItem(key)), KEY);
  assert.deepEqual(kept, [version0], 'the version-0 text is kept aside as it was');
  assert.ok(told.includes('升级前的原内容已另存为浏览器存储中的“' + KEY + '.version-0.'), told);
  // And after a reload it is simply the current document: no notice, nothing more kept aside.
  await page.reload();
  await page.waitForFunction(() => window.sxApp && window.sxApp.frames() > 0);
  await settle(page);
  assert.deepEqual(await page.evaluate(() => window.sxApp.state()), state);
  const after = await mirrorHas(page, '企业与项目');
  assert.ok(!after.includes('已升级为当前格式'), after);
  await context.close();
});

test('a version-0 file opens upgraded through the file picker', async () => {
  const { page, context } = await openApp(browser, server);
  await page.evaluate((d) => window.sxApp.load(d), doc);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), press(page, '打开文件')]);
  await chooser.setFiles({ name: 'version-0.json', mimeType: 'application/json', buffer: Buffer.from(version0) });
  await settle(page);
  await click(page, '替换');
  const state = await page.evaluate(() => window.sxApp.state());
  assert.equal(state.version, 1);
  assert.equal(state.enterprise.name, JSON.parse(version0).enterprise.name);
  assert.deepEqual(state.answers, JSON.parse(version0).items);
  await page.waitForFunction((k) => JSON.parse(localStorage.getItem(k)).version === 1 &&
    JSON.parse(localStorage.getItem(k)).answers['4.3'] === true, KEY, { timeout: 3000 });
  await context.close();
});
