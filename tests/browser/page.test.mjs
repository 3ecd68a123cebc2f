// The page loads under a sub-path, shows Chinese text, requests nothing from other origins,
// draws no frames while idle, and looks right at desktop and phone sizes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, settle, widget, screenshot, reveal, distFile, typeInto, click } from './harness.mjs';

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

test('a slow download shows the loading progress, then the app', { timeout: 300000 }, async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions',
    { offline: false, latency: 40, downloadThroughput: 600 * 1024, uploadThroughput: 100 * 1024 });
  // Wait for the app's first frame, not the load event: under a loaded machine the throttled
  // download can outlast goto's 30 s, and the progress is what this test is about.
  await page.goto(server.url, { waitUntil: 'commit' });
  const shown = [];
  const deadline = Date.now() + 240000;
  while (!(await page.evaluate(() => !!(window.sxApp && window.sxApp.frames() > 0)).catch(() => false))) {
    assert.ok(Date.now() < deadline, `no first frame within 240 s; progress seen: ${shown.join(' | ')}`);
    const text = await page.textContent('#progress-text', { timeout: 5000 }).catch(() => null);
    if (text && !shown.includes(text)) shown.push(text);
    await page.waitForTimeout(100);
  }
  const percents = shown.map((t) => Number((/^(\d+)%/.exec(t) || [])[1])).filter((n) => n > 0 && n < 100);
  assert.ok(percents.length >= 3, `progress seen: ${shown.join(' | ')}`);
  assert.deepEqual(percents, [...percents].sort((a, b) => a - b), 'progress only grows');
  assert.match(shown.find((t) => t.includes('KB')) || '', /（\d+ \/ \d+ KB）/);
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('loader')).display), 'none');
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

// With a field open only the caret blinks: a frame every 0.4 s, each counted as the blink's
// (settle() in the harness waits past them, not for them to stop).
test('idle with a field open: only the caret\'s frames, each counted as a blink', async () => {
  const { page, context } = await openApp(browser, server);
  await page.evaluate(() => window.sxApp.show('enterprise'));
  await settle(page);
  await click(page, '企业名称');
  await settle(page);
  const count = () => page.evaluate(() => ({ all: window.sxApp.frames(), work: window.sxApp.workFrames(),
                                               pending: window.sxApp.workPending() }));
  const before = await count();
  await page.waitForTimeout(2000);
  const after = await count();
  assert.ok(after.all - before.all >= 3 && after.all - before.all <= 6, `${after.all - before.all} frames in 2 s`);
  assert.equal(after.work, before.work, 'a blink counted as work');
  assert.equal(after.pending, false);
  await page.keyboard.type('7');
  await settle(page);
  assert.ok((await count()).work > after.work, 'a key typed is work');
  assert.equal((await page.evaluate(() => window.sxApp.state())).enterprise.name, '7');
  await context.close();
});

test('phone: 390×844 with touch, tap a control', async () => {
  const { page, context } = await openApp(browser, server, {
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true });
  await page.evaluate(() => window.sxApp.show('enterprise'));
  await settle(page);
  const type = await reveal(page, '流程型（表2）');
  await page.touchscreen.tap(type.x + type.w / 2, type.y + type.h / 2);
  await settle(page);
  assert.equal((await page.evaluate(() => window.sxApp.state())).type, 'process');
  await screenshot(page, 'phone-390x844.png');
  await context.close();
});

test('phone: dragging scrolls the content instead of clicking', async () => {
  const { page, context } = await openApp(browser, server, {
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  await page.evaluate(() => window.sxApp.show('score'));
  await settle(page);
  const target = await widget(page, 'step.next');
  const cdp = await context.newCDPSession(page);
  const x = 200, y0 = 700, y1 = 300;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0 }] });
  for (let i = 1; i <= 10; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y0 + (y1 - y0) * i / 10 }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await settle(page);
  const moved = await widget(page, 'step.next');
  assert.ok(moved.y < target.y - 100, `content should scroll up: ${target.y} → ${moved.y}`);
  // The content follows the finger (the toolbar scrolls with it on a phone, app_frame.cpp).
  assert.ok(Math.abs(target.y - moved.y - (y0 - y1)) <= 40, `a ${y0 - y1} px drag scrolled ${target.y - moved.y} px`);
  assert.equal((await page.evaluate(() => window.sxApp.state())).type, 'discrete', 'no click happened');
  await context.close();
});

test('without WebGL 2 the page says so in Chinese instead of a blank canvas', async () => {
  const init = () => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
    };
  };
  const context = await browser.newContext();
  await context.addInitScript(init);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('#failure:not([hidden])');
  assert.match(await page.textContent('#failure-text'), /WebGL 2/);
  assert.match(await page.textContent('#failure-text'), /浏览器/);
  await context.close();
});

test('保存文件 downloads the document as JSON', async () => {
  const { page, context } = await openApp(browser, server);
  await page.evaluate(() => window.sxApp.load({ format: 'sx-retrofit-assessment', version: 1,
    standard: 'shaoxing-2019', type: 'process', enterprise: { name: '新昌县示例化工有限公司' } }));
  await settle(page);
  const [download] = await Promise.all([page.waitForEvent('download'), (async () => {
    const w = await widget(page, '保存文件');
    await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
  })()]);
  assert.equal(download.suggestedFilename(), '新昌县示例化工有限公司-智能化改造自评.json');
  const text = await (await import('node:fs')).promises.readFile(await download.path(), 'utf8');
  assert.equal(JSON.parse(text).enterprise.name, '新昌县示例化工有限公司');
  await context.close();
});

test('the atlas starts with the first screen\'s characters and adds what scrolling shows, never drawing the fallback', async () => {
  // Without the GB2312 file the rest of the UI font never joins at once: every glyph comes as drawn.
  const { page, context } = await openApp(browser, server, { hold: [`**/${distFile('fonts/gb2312.ttf')}`] });
  const first = await page.evaluate(() => window.sxApp.glyphCount());
  assert.ok(first > 95 + 50 && first < 500, `first screen: ${first} glyphs (ASCII and the screen's characters)`);
  await page.evaluate(() => window.sxApp.show('policy'));
  await settle(page);
  const policy = await page.evaluate(() => window.sxApp.glyphCount());
  assert.ok(policy > first, `glyphs ${first} → ${policy} on the policy screen`);
  await page.mouse.move(640, 400);
  for (let i = 0; i < 40; i++) await page.mouse.wheel(0, 300);
  await settle(page);
  const scrolled = await page.evaluate(() => window.sxApp.glyphCount());
  assert.ok(scrolled > policy, `glyphs ${policy} → ${scrolled} after scrolling to the end`);
  assert.equal(await page.evaluate(() => window.sxApp.fallbackFrames()), 0);
  await screenshot(page, 'scrolled-to-end.png');
  await context.close();
});

// The first load carries fonts/start.ttf alone (tools/make_fonts.py): the first screen, fresh, at
// either width, must need nothing else. With the UI and GB2312 files held back, a character it
// lacked would keep the loading screen up (a frame with the fallback glyph is not shown).
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };
for (const [label, options] of [['desktop', {}], ['phone', phone]]) {
  test(`the first screen draws from the first screen's font alone (${label})`, async () => {
    const { page, context } = await openApp(browser, server, { ...options,
      hold: [`**/${distFile('fonts/ui.ttf')}`, `**/${distFile('fonts/gb2312.ttf')}`] });
    await page.waitForFunction(() => document.getElementById('loader').hidden, null, { timeout: 10000 });
    assert.equal(await page.evaluate(() => window.sxApp.fallbackFrames()), 0);
    assert.equal(await page.evaluate(() => window.sxApp.fontLoaded(2)), true, 'start.ttf given to the app');
    assert.equal(await page.evaluate(() => window.sxApp.fontLoaded(0)), false, 'ui.ttf held back');
    await screenshot(page, `first-screen-start-font-${label}.png`);
    await context.close();
  });
}

test('a screen that needs the UI font waits for it on the last frame, never showing the fallback', async () => {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route(`**/${distFile('fonts/ui.ttf')}`, async (route) => { await released; await route.continue(); });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.getElementById('loader').hidden, null, { timeout: 30000 });
  await settle(page);
  await click(page, '开始自评');
  await settle(page);
  assert.equal(await page.evaluate(() => window.sxApp.fontLoaded(0)), false, 'ui.ttf still held');
  const held = await page.screenshot();
  await screenshot(page, 'held-for-ui-font.png');
  // The app is on 企业与项目 already; the canvas still shows 开始 (the frame of the press).
  assert.ok(await page.evaluate(() => window.sxApp.widget('企业名称')), 'the app is on 企业与项目');
  assert.equal(await page.evaluate(() => window.sxApp.fallbackFrames()), 0, 'no fallback glyph shown while held');
  release();
  await page.waitForFunction(() => window.sxApp.fontLoaded(0), null, { timeout: 10000 });
  await settle(page);
  const shown = await page.screenshot();
  assert.notDeepEqual(shown, held, 'the next screen is drawn once the UI font has come');
  assert.equal(await page.evaluate(() => window.sxApp.fallbackFrames()), 0);
  await screenshot(page, 'after-ui-font.png');
  await context.close();
});

// A page opening on a saved document whose name needs the GB2312 file; `gb2312` answers its request.
const rareName = '嵊州市鑫鹭翔锦纶丝绸厂';
async function openOnSavedRareName(gb2312) {
  const saved = { format: 'sx-retrofit-assessment', version: 1, standard: 'shaoxing-2019', type: 'discrete',
                  enterprise: { name: rareName } };
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript((doc) => localStorage.setItem('sx-retrofit.assessment.v1', doc), JSON.stringify(saved));
  await context.route(`**/${distFile('fonts/gb2312.ttf')}`, gb2312);
  const page = await context.newPage();
  await page.goto(server.url);
  return { page, context };
}

test('a restored document with rare characters waits behind the loading screen for the GB2312 font', async () => {
  // Held until the first frames are seen, not for a fixed time: under load the page may take longer
  // than any delay to reach its first frame, and the font would be there already.
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  const { page, context } = await openOnSavedRareName(async (route) => { await released; await route.continue(); });
  await page.waitForFunction(() => window.sxApp && window.sxApp.frames() > 0, null, { timeout: 30000 });
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.getElementById('loader').hidden), false,
               'the first frame needs 鑫鹭翔锦纶丝绸: the loading screen stays');
  release();
  await page.waitForFunction(() => document.getElementById('loader').hidden, null, { timeout: 20000 });
  await settle(page);
  assert.equal(await page.evaluate(() => window.sxApp.fallbackFrames()), 0);
  assert.equal((await page.evaluate(() => window.sxApp.state())).enterprise.name, rareName);
  await screenshot(page, 'restored-rare-name.png');
  await context.close();
});

test('if the GB2312 font cannot load, the app still opens', async () => {
  const { page, context } = await openOnSavedRareName((route) => route.fulfill({ status: 404, body: '' }));
  await page.waitForFunction(() => document.getElementById('loader').hidden, null, { timeout: 20000 });
  assert.equal(await page.evaluate(() => document.getElementById('failure').hidden), true);
  assert.equal((await page.evaluate(() => window.sxApp.state())).enterprise.name, rareName);
  await context.close();
});

test('characters typed beyond the UI set (GB2312, then 喆堃 from the system fonts) are added to the atlas', async () => {
  const { page, context } = await openApp(browser, server);
  // The GB2312 font loads after the first frame; the whole UI font joins the atlas with it.
  await page.waitForFunction(() => window.sxApp.fontLoaded(1), null, { timeout: 20000 });
  await settle(page);
  const before = await page.evaluate(() => window.sxApp.glyphCount());
  assert.ok(before >= 700, `the whole UI font joins once the page is up: ${before} glyphs`);
  await page.evaluate(() => window.sxApp.show('enterprise'));
  await typeInto(page, '企业名称', '嵊州市鑫鹭翔锦纶丝绸厂');
  assert.equal((await page.evaluate(() => window.sxApp.state())).enterprise.name, '嵊州市鑫鹭翔锦纶丝绸厂');
  const after = await page.evaluate(() => window.sxApp.glyphCount());
  assert.ok(after > before, `glyphs ${before} → ${after}`);
  assert.equal(await page.evaluate(() => window.sxApp.fallbackFrames()), 0);
  await screenshot(page, 'rare-gb2312-name.png');
  // 喆 and 堃 are in neither file: the system's fonts draw them into the atlas, not '?'.
  await typeInto(page, '企业名称', '嵊州市鑫鹭翔锦纶丝绸厂喆堃');
  assert.equal((await page.evaluate(() => window.sxApp.state())).enterprise.name, '嵊州市鑫鹭翔锦纶丝绸厂喆堃');
  // Each was drawn into the atlas with ink (a box or '?' would not come through the system path).
  const inked = await page.evaluate(() => window.sxBridge.systemGlyphs.inked);
  for (const ch of '喆堃') assert.ok(inked[ch.codePointAt(0)] > 20, `${ch} drawn by the system font: ${JSON.stringify(inked)}`);
  await screenshot(page, 'rare-system-name.png');
  await context.close();
});

test('导出 Word downloads the draft application; 打印 opens the print page', async () => {
  const { page, context } = await openApp(browser, server);
  const text = (await import('node:fs')).readFileSync(new URL('../fixtures/process-full.json', import.meta.url), 'utf8');
  assert.deepEqual(await page.evaluate((t) => window.sxApp.load(t), text), []);
  await page.evaluate(() => window.sxApp.show('export'));
  await settle(page);
  const [download] = await Promise.all([page.waitForEvent('download'), (async () => {
    const w = await reveal(page, '导出 Word');
    await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
  })()]);
  assert.equal(download.suggestedFilename(), '绍兴市上虞区示例化工股份有限公司-智能化改造自评-申报书草稿.docx');
  const bytes = (await import('node:fs')).readFileSync(await download.path());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'a zip container');
  assert.ok(bytes.length > 5000);
  // Said beside the buttons, seen and heard: the browser's own sign of a download is easy to miss.
  await page.waitForFunction(() => document.getElementById('a11y').textContent
    .includes('已下载“绍兴市上虞区示例化工股份有限公司-智能化改造自评-申报书草稿.docx”'), null, { timeout: 5000 });
  const [popup] = await Promise.all([page.waitForEvent('popup'), (async () => {
    const w = await reveal(page, '打印 / 另存 PDF');
    await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
  })()]);
  await popup.waitForLoadState();
  const body = await popup.textContent('body');
  assert.match(body, /绍兴市传统产业智能化改造项目认定申报书（草稿）/);
  assert.match(body, /绍兴市上虞区示例化工股份有限公司/);
  assert.match(body, /合计\s*84/);
  await popup.screenshot({ path: (await import('./harness.mjs')).artifacts + '/print-page.png' });
  await context.close();
});
