// The result picture (结果长图, issue 17): a real click on a desktop downloads a PNG, a real tap on a
// phone shows it over the page to be saved by a long press; its QR code decodes (zbarimg, Debian's
// zbar-tools) to the deployment's address from web/public_url.txt, or the page's own without one.
// Its script and QR module load only when first used. The PNGs are left in build/test-artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { serve, launch, openApp, settle, screenshot, goTo, press, reveal, dist, root, artifacts } from './harness.mjs';

const CONFIGURED = 'https://jxj.sx.gov.cn/tools/zngz/';
let browser, plain, configured, tmp;

// The same build finished again with an address in public_url.txt, as a deployment does.
function configuredDist() {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-picture-'));
  fs.mkdirSync(path.join(tmp, 'web'));
  for (const f of ['sw.js', 'csp.txt']) fs.copyFileSync(path.join(root, 'web', f), path.join(tmp, 'web', f));
  fs.writeFileSync(path.join(tmp, 'web/public_url.txt'), `# the deployment's address\n${CONFIGURED}\n`);
  const run = spawnSync('/usr/bin/python3', [path.join(root, 'tools/dist/finish_dist.py'), '--stage', path.join(dist, '../stage'),
                                             '--web', path.join(tmp, 'web'), '--out', path.join(tmp, 'out')], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return path.join(tmp, 'out');
}

before(async () => {
  browser = await launch();
  plain = await serve();
  // The deployment's Content-Security-Policy (web/csp.txt): the script added later, the QR module
  // compiled then and the data: picture must all pass it.
  const csp = fs.readFileSync(path.join(root, 'web/csp.txt'), 'utf8').trim();
  configured = await serve('/tools/zngz/', configuredDist(), { 'Content-Security-Policy': csp });
});
after(async () => {
  await browser.close();
  await plain.close();
  await configured.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const fixture = (name) => fs.readFileSync(path.join(root, 'tests/fixtures', name), 'utf8');

function assertPng(bytes, file) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${file} is not a PNG`);
  const width = bytes.readUInt32BE(16), height = bytes.readUInt32BE(20);
  assert.equal(width, 1080, 'the picture is 1080 px wide, as WeChat shows it');
  assert.ok(height > 1200 && height < 4000, `height ${height}`);
}

function decodeQr(file) {
  const run = spawnSync('zbarimg', ['--raw', '-q', file], { encoding: 'utf8' });
  assert.equal(run.status, 0, `zbarimg found no code in ${file}: ${run.stderr}`);
  return run.stdout.trim();
}

// Nothing of the picture is fetched by the page before it is asked for (the service worker stores
// every file for offline use once the page is up: that is not the page's load).
async function assertNotLoaded(page) {
  const lazy = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)
    .filter((n) => /\/(picture|qr)\.[0-9a-f]+\.(js|wasm)$/.test(n)));
  assert.deepEqual(lazy, [], 'the picture\'s files are part of the page\'s first load');
}

test('desktop: a click on 差距与建议 downloads the PNG; its QR code is the page\'s own address', { timeout: 300000 }, async () => {
  const { page, context, errors, offOrigin } = await openApp(browser, plain);
  await page.evaluate((doc) => window.sxApp.load(doc), fixture('discrete-full.json'));
  await settle(page);
  await goTo(page, 'gaps');
  await reveal(page, '生成结果长图');
  await assertNotLoaded(page);
  await screenshot(page, 'picture-desktop-gaps.png');
  const downloading = page.waitForEvent('download', { timeout: 30000 });
  await press(page, '生成结果长图');
  const download = await downloading;
  assert.equal(download.suggestedFilename(), '绍兴市柯桥区示例纺织有限公司-智能化改造自评-结果长图.png');
  const file = path.join(artifacts, 'picture-desktop.png');
  await download.saveAs(file);
  assertPng(fs.readFileSync(file), file);
  assert.equal(decodeQr(file), plain.url);
  assert.equal(await page.evaluate(() => document.getElementById('sx-picture')), null, 'no overlay on a desktop');
  assert.deepEqual(errors, []);
  assert.deepEqual(offOrigin, []);
  await context.close();
});

test('phone: a tap on 导出 shows the PNG to save by a long press; its QR code is public_url.txt\'s address', { timeout: 300000 }, async () => {
  const { page, context, errors, offOrigin } = await openApp(browser, configured, {
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await page.evaluate((doc) => window.sxApp.load(doc), fixture('process-full.json'));
  await settle(page);
  await goTo(page, 'export');
  const button = await reveal(page, '生成结果长图');
  assert.ok(button.h >= 44, `the button is ${button.h} px tall on a phone`);
  await assertNotLoaded(page);
  await press(page, '生成结果长图', { tap: true });
  await page.waitForSelector('#sx-picture img', { timeout: 30000 });
  const shown = await page.evaluate(() => {
    const img = document.querySelector('#sx-picture img');
    return { src: img.src, alt: img.alt, complete: img.complete, natural: img.naturalWidth,
             buttons: [...document.querySelectorAll('#sx-picture button')].map((b) => b.textContent),
             hint: document.querySelector('#sx-picture p').textContent, focus: document.activeElement.textContent,
             callout: getComputedStyle(img).webkitTouchCallout };
  });
  assert.match(shown.src, /^data:image\/png;base64,/);
  assert.match(shown.hint, /长按图片保存/);
  assert.deepEqual(shown.buttons, ['下载', '关闭']);
  assert.equal(shown.focus, '关闭', 'the focus is in the picture\'s dialog');
  assert.match(shown.alt, /结果长图/);
  const bytes = Buffer.from(shown.src.replace(/^data:image\/png;base64,/, ''), 'base64');
  const file = path.join(artifacts, 'picture-phone.png');
  fs.writeFileSync(file, bytes);
  assertPng(bytes, file);
  assert.equal(decodeQr(file), CONFIGURED);
  await page.waitForFunction(() => document.querySelector('#sx-picture img').complete);
  await screenshot(page, 'picture-phone-overlay.png');
  assert.equal((await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name)
    .filter((n) => /\/(picture|qr)\.[0-9a-f]+\.(js|wasm)$/.test(n)))).length, 2, 'picture.js and qr.wasm came when asked for, by their hashed names');

  // 关闭 takes the picture away, and the app takes taps again.
  const close = await page.evaluate(() => {
    const r = [...document.querySelectorAll('#sx-picture button')].find((b) => b.textContent === '关闭').getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2, h: r.height };
  });
  assert.ok(close.h >= 44);
  await page.touchscreen.tap(close.x, close.y);
  await page.waitForFunction(() => !document.getElementById('sx-picture'));
  await settle(page);
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  assert.deepEqual(offOrigin, []);
  await context.close();
});

test('a fresh document without a name still makes a picture', { timeout: 300000 }, async () => {
  const { page, context, errors } = await openApp(browser, plain, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2,
                                                                   hasTouch: true, isMobile: true });
  await goTo(page, 'gaps');
  await press(page, '生成结果长图', { tap: true });
  await page.waitForSelector('#sx-picture img', { timeout: 30000 });
  const src = await page.evaluate(() => document.querySelector('#sx-picture img').src);
  const file = path.join(artifacts, 'picture-phone-empty.png');
  fs.writeFileSync(file, Buffer.from(src.replace(/^data:image\/png;base64,/, ''), 'base64'));
  assertPng(fs.readFileSync(file), file);
  assert.equal(decodeQr(file), plain.url);
  assert.equal(await page.evaluate(() => window.sxBridge.picture.last.name), '智能化改造自评-结果长图.png');
  assert.deepEqual(errors, []);
  await context.close();
});
