// The wasm in two (tools/dist/split_wasm.py, web/loader.js): a first visit's start screen and
// 快速自测 draw from app.wasm alone, app.deferred.wasm comes after the first frame and joins the
// running app; a page opened at another screen's address, or with saved work to show, loads both
// first; and a function needed before the rest has come is fetched at once. When a start test fails, tools/split/deferred.txt is out of date: run
// scripts/split-profile.sh.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openApp, settle, press, goTo, root, widget } from './harness.mjs';

const KEY = 'sx-retrofit.assessment.v1';
const fixture = (name) => JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures', name), 'utf8'));
const CAD = '采用CAD等技术进行产品设计（6 分）';  // an option of 评分表's item 2.1
const SENSING = '关键质量指标在线测量的智能感知先进技术（8 分）';  // one of 表2's, the 流程型 table
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const neededBy = (page) => page.evaluate(() => window.sxLoader.deferredNeededBy());
const joined = (page) => page.waitForFunction(() => performance.getEntriesByName('sx-deferred').length > 0,
  null, { timeout: 30000 });

// The functions behind the placeholders a page called, by name (build/web/split/app.placeholders).
function named(calls) {
  const file = path.join(root, 'build/web/split/app.placeholders');
  const map = fs.existsSync(file) ? new Map(fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)
    .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)])) : new Map();
  return calls.map((c) => `${map.get(String(c.placeholder)) || c.placeholder} (frame ${c.frame})`).join('\n');
}

const starts = [
  ['desktop, first visit', {}, null],
  ['phone, first visit', phone, null],
  ['phone, with work just begun', phone, fixture('discrete-started.json')],
  ['desktop, with a finished 表2 sheet', {}, fixture('process-full.json')],
  ['phone, 快速自测 from an article', { ...phone, hash: '#/quick' }, null],
];
for (const [name, options, work] of starts) {
  const when = work ? 'both modules join before the first frame' : 'the deferred module joins after the first frame';
  test(`${name}: the start runs nothing of the deferred module unasked; ${when}`, async () => {
    const init = work ? `localStorage.setItem(${JSON.stringify(KEY)}, ${JSON.stringify(JSON.stringify(work))})` : null;
    const { page, context, errors } = await openApp(browser, server, { ...options, ...(init ? { init } : {}) });
    await joined(page);
    await settle(page);
    const calls = await neededBy(page);
    assert.deepEqual(calls, [], `the start called functions of app.deferred.wasm; run scripts/split-profile.sh:\n${named(calls)}`);
    const order = await page.evaluate(() => ['sx-first-frame', 'sx-deferred']
      .map((mark) => performance.getEntriesByName(mark)[0].startTime));
    // Saved work is evaluated for the first frame: the rest came with app.wasm (web/loader.js).
    if (work) assert.ok(order[1] < order[0], `with saved work app.deferred.wasm joined at ${order[1]} ms, after the first frame at ${order[0]} ms`);
    else assert.ok(order[0] < order[1], `app.deferred.wasm joined at ${order[1]} ms, after the first frame at ${order[0]} ms`);
    if (work) assert.equal((await page.evaluate(() => window.sxApp.state())).enterprise.name, work.enterprise.name);
    // What the deferred module holds works: 评分表 draws, the evaluation answers. 快速自测 has no
    // navigation: its reader follows a link to 评分表.
    if (options.hash) await page.evaluate(() => { location.hash = '#/score'; });
    else await goTo(page, 'score');
    await settle(page);
    assert.ok(await widget(page, work && work.type === 'process' ? SENSING : CAD), '评分表 drew its table');
    assert.equal(typeof (await page.evaluate(() => window.sxApp.evaluation())).total, 'number');
    assert.deepEqual(await neededBy(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a page opened at 评分表\'s address loads both modules before its first frame', async () => {
  const { page, context, errors } = await openApp(browser, server, { hash: '#/score' });
  assert.equal(await page.evaluate(() => location.hash), '#/score');
  assert.ok(await widget(page, CAD), '评分表 drew its 2.1 item');
  const requested = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => /app\.deferred\.[0-9a-f]+\.wasm$/.test(e.name)).map((e) => e.startTime));
  const first = await page.evaluate(() => performance.getEntriesByName('sx-first-frame')[0].startTime);
  assert.equal(requested.length, 1, 'app.deferred.wasm was fetched once');
  assert.ok(requested[0] < first, 'app.deferred.wasm was asked for before the first frame');
  assert.deepEqual(await neededBy(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a tap that needs the deferred module before it has come fetches it at once and works', async () => {
  // The deferred module's download after the first frame never answers; a tap on 开始自评 then
  // needs functions only it has: the placeholder fetches it synchronously (not held: a new request).
  // No service worker: one installed by an earlier load served the module past the route.
  let held = 0;
  const hang = (route) => {
    if (held++ === 0) return;  // the first request, the one after the first frame, hangs
    route.continue();
  };
  const { page, context, errors } = await openApp(browser, server, {
    ...phone, serviceWorkers: 'block', routes: [[/app\.deferred\.[0-9a-f]+\.wasm$/, hang]] });
  assert.equal(await page.evaluate(() => performance.getEntriesByName('sx-deferred').length), 0,
    'the deferred module had not joined before the tap');
  await press(page, '开始自评', { tap: true });
  await settle(page);
  assert.equal(await page.evaluate(() => location.hash), '#/enterprise');
  const calls = await neededBy(page);
  assert.ok(calls.length >= 1, 'a placeholder asked for the module');
  assert.ok(calls.every((c) => c.frame >= 1), 'only after the first frame');
  await goTo(page, 'score');
  assert.ok(await widget(page, CAD), '评分表 drew after the synchronous load');
  assert.deepEqual(errors, []);
  await context.close();
});
