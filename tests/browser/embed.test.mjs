// The tool inside the bureau's CMS page (issue 17, web/DEPLOY.md "Embedding"): DEPLOY.md's own
// <iframe> snippet on a page of another origin, the tool served with the frame-ancestors policy
// DEPLOY.md tells the web team to set. It draws its first frame inside the frame, fills the size
// the frame is given (and follows it), takes real clicks and typing, and its keyboard and
// screen-reader access work inside the frame: Tab goes from the host page into the tool's skip
// link and on through its widgets, Enter presses them. Without that policy the frame stays empty.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { serve, launch, settle, widget, goTo, typeInto, press, root, artifacts } from './harness.mjs';
import { tabTo, typeText } from './keys.mjs';

const CSP = fs.readFileSync(path.join(root, 'web/csp.txt'), 'utf8').trim();
const deploy = fs.readFileSync(path.join(root, 'web/DEPLOY.md'), 'utf8');
const snippet = /<iframe[\s\S]*?<\/iframe>/.exec(deploy)[0];
const documented = /src="([^"]+)"/.exec(snippet)[1];

// A CMS page: a header with a link, a heading, the snippet with the tool's address, a footer.
function hostPage(appUrl) {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>绍兴市经济和信息化局</title>
<style>body{margin:0;font:16px/1.6 sans-serif;color:#222}header{padding:12px 16px;background:#b8261a;color:#fff}
header a{color:#fff}main{padding:12px 16px}h1{font-size:22px;margin:0 0 12px}</style></head>
<body><header><a id="home" href="#">首页</a> · 绍兴市经济和信息化局</header>
<main><h1>传统产业智能化改造项目认定 · 企业自评</h1>
${snippet.replace(documented, appUrl)}
<p>本页内嵌的自评工具由市经信局提供。</p></main></body></html>`;
}

function serveHost() {
  const state = { appUrl: '' };
  const server = http.createServer((req, res) => {
    const body = Buffer.from(hostPage(state.appUrl));
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    resolve({ url: `http://127.0.0.1:${port}/news/zngz.html`, origin: `http://127.0.0.1:${port}`, state,
              close: () => new Promise((r) => server.close(r)) });
  }));
}

// The frame as the harness's page: the app's functions run in the frame; the mouse is the page's,
// moved by where the frame sits on it, and the "viewport" is the frame's.
async function inFrame(page, frame) {
  const box = async () => (await (await frame.frameElement()).boundingBox());
  const at = async (x, y) => { const b = await box(); return [b.x + x, b.y + y]; };
  const size = () => frame.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
  let viewport = await size();
  return {
    frame,
    refresh: async () => { viewport = await size(); },
    evaluate: (fn, arg) => frame.evaluate(fn, arg),
    waitForFunction: (fn, arg, options) => frame.waitForFunction(fn, arg, options),
    waitForSelector: (selector, options) => frame.waitForSelector(selector, options),
    keyboard: page.keyboard,
    mouse: {
      click: async (x, y, options) => page.mouse.click(...await at(x, y), options),
      move: async (x, y, options) => page.mouse.move(...await at(x, y), options),
      wheel: (dx, dy) => page.mouse.wheel(dx, dy),
    },
    viewportSize: () => viewport,
  };
}

let host, app, other, browser;
before(async () => {
  host = await serveHost();
  // DEPLOY.md: a deployment adds its CMS's origin to frame-ancestors.
  app = await serve('/tools/zngz/', undefined, { 'Content-Security-Policy': CSP.replace("frame-ancestors 'self'", `frame-ancestors 'self' ${host.origin}`) });
  other = await serve('/tools/zngz/', undefined, { 'Content-Security-Policy': CSP });
  browser = await launch();
});
after(async () => { await browser.close(); await app.close(); await other.close(); await host.close(); });

async function openEmbedded(options) {
  host.state.appUrl = app.url;
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(host.url);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForFunction(() => window.sxApp && window.sxApp.frames() > 0, null, { timeout: 30000 });
  const tool = await inFrame(page, frame);
  // The harness's settle, on the frame.
  await settle(tool);
  return { context, page, frame, tool, errors };
}

// The canvas against the frame: CSS size, and the backing store at the device's pixel ratio.
function fit(frame) {
  return frame.evaluate(() => {
    const c = document.getElementById('canvas').getBoundingClientRect();
    return { inner: [window.innerWidth, window.innerHeight], canvas: [c.width, c.height],
             backing: [document.getElementById('canvas').width, document.getElementById('canvas').height],
             dpr: window.devicePixelRatio };
  });
}

function assertFills(f, [w, h]) {
  assert.deepEqual(f.inner, [w, h], 'the frame is the size the host gave it');
  assert.deepEqual(f.canvas, [w, h], 'the canvas fills the frame');
  assert.deepEqual(f.backing, [Math.round(w * f.dpr), Math.round(h * f.dpr)], 'drawn at the device pixel ratio');
}

test('embedded from another origin: first frame inside the frame, fills it, real clicks and typing', { timeout: 120000 }, async () => {
  const { context, page, frame, tool, errors } = await openEmbedded({ viewport: { width: 1280, height: 800 } });
  assert.notEqual(new URL(frame.url()).origin, new URL(page.url()).origin, 'the tool is on another origin than the page');
  const iframe = await page.$eval('iframe', (el) => ({ w: el.clientWidth, h: el.clientHeight, title: el.title }));
  assert.match(iframe.title, /企业自评/, 'the frame is named for screen readers');
  assertFills(await fit(frame), [iframe.w, iframe.h]);
  await page.screenshot({ path: path.join(artifacts, 'embed-1280x800.png') });

  // Clicks with the mouse, typing with the keyboard, as a person does inside the frame.
  await goTo(tool, 'enterprise');
  const name = '绍兴市柯桥区示例印染有限公司';
  await typeInto(tool, '企业名称', name);
  await press(tool, '流程型（表2）');
  const state = await frame.evaluate(() => window.sxApp.state());
  assert.equal(state.enterprise.name, name);
  assert.equal(state.type, 'process');
  await page.screenshot({ path: path.join(artifacts, 'embed-typed-1280x800.png') });

  // The host page gives it another size: the app follows.
  await page.$eval('iframe', (el) => { el.style.height = '600px'; el.style.width = '900px'; });
  await frame.waitForFunction(() => window.innerWidth === 900 && window.innerHeight === 600);
  await tool.refresh();
  await settle(tool);
  assertFills(await fit(frame), [900, 600]);
  assert.ok((await widget(tool, '企业名称')).w <= 900, 'the screen is laid out for the new width');
  assert.deepEqual(errors, []);
  await context.close();
});

test('embedded: Tab goes from the host page into the tool and through it; Enter presses; the mirror is there for screen readers', { timeout: 120000 }, async () => {
  const { context, page, frame, tool, errors } = await openEmbedded({ viewport: { width: 1280, height: 800 } });
  await page.focus('#home');
  await page.keyboard.press('Tab');
  assert.equal(await frame.evaluate(() => document.activeElement.id), 'skip', 'the first stop in the frame is 跳到正文');
  await page.keyboard.press('Enter');
  assert.equal(await frame.evaluate(() => document.activeElement.tagName), 'H1');

  // The screen reader's view of the frame: the mirror's landmarks, heading and named controls.
  const snapshot = await frame.locator('#a11y').ariaSnapshot();
  assert.match(snapshot, /heading "开始" \[level=1\]/, snapshot);
  assert.match(snapshot, /button "开始自评"/);
  assert.match(snapshot, /navigation/);

  // Keyboard alone: Tab to 企业与项目 in the navigation, Enter, then to the name field and type.
  const nav = await widget(tool, 'nav.enterprise');
  await tabTo(tool, nav);
  await page.keyboard.press('Enter');
  await settle(tool);
  assert.equal(await frame.evaluate(() => document.querySelector('#a11y h1').textContent), '企业与项目');
  await typeText(tool, await widget(tool, '企业名称'), '绍兴市越城区键盘纺织有限公司');
  await page.keyboard.press('Tab');
  await settle(tool);
  assert.equal((await frame.evaluate(() => window.sxApp.state())).enterprise.name, '绍兴市越城区键盘纺织有限公司');
  await page.screenshot({ path: path.join(artifacts, 'embed-keyboard-1280x800.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('embedded on a phone: the frame as wide as the page, the app fills it', { timeout: 90000 }, async () => {
  const { context, page, frame, tool, errors } = await openEmbedded({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const iframe = await page.$eval('iframe', (el) => ({ w: el.clientWidth, h: el.clientHeight }));
  assertFills(await fit(frame), [iframe.w, iframe.h]);
  const menu = await widget(tool, 'nav.menu');
  assert.ok(menu.x + menu.w <= iframe.w, 'the phone layout, within the frame');
  await page.screenshot({ path: path.join(artifacts, 'embed-390x844.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('without the CMS origin in frame-ancestors (web/csp.txt as it is), another site cannot frame the tool', async () => {
  host.state.appUrl = other.url;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(host.url);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await page.waitForTimeout(1500);
  const loaded = await frame.evaluate(() => !!window.sxApp).catch(() => false);
  assert.equal(loaded, false, 'the browser refuses to show the tool in the frame');
  await context.close();
});
