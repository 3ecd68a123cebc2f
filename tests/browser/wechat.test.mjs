// WeChat's in-app browser (issue 17): iOS's has no service worker and no in-app browser saves a
// downloaded file. Opened as WeChat on an iPhone, without a service worker, the tool runs, takes
// taps, keeps its work across a reload, and says on 开始 and 导出 how to open it in a browser;
// the same page in a browser says nothing of it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, settle, press, typeInto, autosaved, screenshot } from './harness.mjs';

const wechatUserAgent = 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 ' +
  '(KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.40(0x1800282a) NetType/WIFI Language/zh_CN';
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
// As iOS's WKWebView: no navigator.serviceWorker at all.
const noServiceWorker = 'delete Navigator.prototype.serviceWorker;';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const mirror = (page) => page.evaluate(() => document.getElementById('a11y').textContent);
const heading = (page) => page.evaluate(() => document.querySelector('#a11y h1').textContent);

test('in WeChat without a service worker the tool runs, keeps work and says how to save files', async () => {
  const { page, context, errors } = await openApp(browser, server,
    { ...phone, userAgent: wechatUserAgent, init: noServiceWorker });
  assert.equal(await page.evaluate(() => 'serviceWorker' in navigator), false);
  assert.match(await mirror(page), /在微信中打开/);
  assert.match(await mirror(page), /在浏览器打开/);
  await screenshot(page, 'wechat-start.png');

  // The quick check opens with a tap.
  await press(page, '快速自测（约 2 分钟）', { tap: true });
  await settle(page);
  assert.match(await mirror(page), /第 1 题/);

  // Work typed here survives a reload (localStorage; no service worker needed).
  await page.evaluate(() => { location.hash = '#/enterprise'; });
  await settle(page);
  assert.equal(await heading(page), '企业与项目');
  const since = await page.evaluate(() => performance.now());
  await typeInto(page, '企业名称', '绍兴市微信测试有限公司');
  await autosaved(page, since);
  await page.reload();
  await page.waitForFunction(() => window.sxApp && window.sxApp.frames() > 0, null, { timeout: 30000 });
  await settle(page);
  assert.equal((await page.evaluate(() => window.sxApp.state())).enterprise.name, '绍兴市微信测试有限公司');

  await page.evaluate(() => { location.hash = '#/export'; });
  await settle(page);
  assert.equal(await heading(page), '导出');
  assert.match(await mirror(page), /微信中无法保存文件/);
  await screenshot(page, 'wechat-export.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('in a browser, neither 开始 nor 导出 speaks of WeChat', async () => {
  const { page, context } = await openApp(browser, server, phone);
  assert.doesNotMatch(await mirror(page), /微信中打开|在浏览器打开/);
  await page.evaluate(() => { location.hash = '#/export'; });
  await settle(page);
  assert.doesNotMatch(await mirror(page), /微信中无法保存文件/);
  await context.close();
});
