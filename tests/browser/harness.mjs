// Shared set-up of the browser tests: a static server for build/web/dist (recording every
// request), Debian's Chromium through playwright-core, and helpers that drive the real page
// through window.sxApp (README: "Test API").
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
// SX_DIST points the tests at another build's dist/ (a second build directory), default build/web.
export const dist = process.env.SX_DIST ? path.resolve(process.env.SX_DIST) : path.join(root, 'build/web/dist');
export const artifacts = path.join(root, 'build/test-artifacts');

// A test run at two sizes whose code is the same at both: the default run takes the size named
// (the other has tests of its own layout besides), the long run (SX_FULL=1, README) takes both.
// Entries are [name, …] or { name, … }.
export const FULL = process.env.SX_FULL === '1';
export function atOneSize(sizes, keep) {
  return FULL ? sizes : sizes.filter((s) => (Array.isArray(s) ? s[0] : s.name) === keep);
}
fs.mkdirSync(artifacts, { recursive: true });

// The build gives files content-hashed names (tools/dist/finish_dist.py): `distFile('fonts/ui.ttf')`
// is the path in dist/ of what the sources call fonts/ui.ttf (index.html and sw.js keep theirs).
export function distFile(name, dir = dist) {
  const manifest = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifest)) return name;
  const entry = JSON.parse(fs.readFileSync(manifest, 'utf8')).files[name];
  return entry ? entry.file : name;
}

export const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.ttf': 'font/ttf', '.json': 'application/json',
  '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};

// Serves `dir` (the app by default) under `prefix` (a sub-path, to prove relative paths work),
// with `headers` on every file (e.g. a Content-Security-Policy). With `precompressed`, a file's
// .br (or .gz) twin goes out when the browser accepts it, as a deployment serves them (web/DEPLOY.md).
export function serve(prefix = '/sub/path/', dir = dist, headers = {}, { precompressed = false } = {}) {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(prefix)) { res.writeHead(404); res.end(); return; }
    let file = path.join(dir, decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html');
    if (file.endsWith(path.sep) || file === dir) file = path.join(dir, 'index.html');
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404); res.end(); return;
    }
    const accepted = String(req.headers['accept-encoding'] || '');
    const twin = !precompressed ? null : [['br', '.br'], ['gzip', '.gz']]
      .find(([name, ext]) => new RegExp(`\\b${name}\\b`).test(accepted) && fs.existsSync(file + ext));
    const body = fs.readFileSync(twin ? file + twin[1] : file);
    res.writeHead(200, { ...headers, 'Content-Type': types[path.extname(file)] || 'application/octet-stream',
                         'Content-Length': body.length, ...(twin ? { 'Content-Encoding': twin[0] } : {}) });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    resolve({ url: `http://127.0.0.1:${port}${prefix}`, origin: `http://127.0.0.1:${port}`,
              requests, close: () => new Promise((r) => server.close(r)) });
  }));
}

export const chromiumFlags = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

// `extra`: more Chromium flags, e.g. ['--js-flags=--noexpose_wasm'] for a browser without WebAssembly.
export async function launch(extra = []) {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: [...chromiumFlags, ...extra] });
}

// A page on the app, ready (first frame drawn). Options: viewport, deviceScaleFactor, hasTouch,
// isMobile, userAgent, init (a script run before the page's), hold (URL globs left unanswered), hash (the
// address opened: '#/modes').
export async function openApp(browser, server, options = {}) {
  const context = await browser.newContext({
    viewport: options.viewport || { width: 1280, height: 800 },
    deviceScaleFactor: options.deviceScaleFactor || 1,
    hasTouch: !!options.hasTouch,
    isMobile: !!options.isMobile,
    acceptDownloads: true,
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
    ...(options.serviceWorkers ? { serviceWorkers: options.serviceWorkers } : {}),
  });
  if (options.init) await context.addInitScript(options.init);
  // Requests never answered, e.g. to keep the lazy GB2312 font away.
  for (const glob of options.hold || []) await context.route(glob, () => {});
  // Other handlers, in place before the page's first request.
  for (const [pattern, handler] of options.routes || []) await context.route(pattern, handler);
  const page = await context.newPage();
  const offOrigin = [];
  page.on('request', (r) => { if (!r.url().startsWith(server.origin) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) offOrigin.push(r.url()); });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url + (options.hash || ''));
  await page.waitForFunction(() => window.sxApp && window.sxApp.frames() > 0, null, { timeout: 30000 });
  await settle(page);
  return { context, page, offOrigin, errors };
}

// Waits until the page has drawn no frame for `quietMs` and asks for none, not counting the
// frames a blinking caret draws (every 0.4 s: on a loaded machine a phone-sized frame took most of
// that gap, and a quiet spell never came). The spell is timed in the page, so that a slow round
// trip to it does not stretch it.
export async function settle(page, quietMs = 250) {
  for (let i = 0; i < 80; i++) {
    const quiet = await page.evaluate((ms) => new Promise((resolve) => {
      const before = window.sxApp.workFrames();
      setTimeout(() => resolve(window.sxApp.workFrames() === before && !window.sxApp.workPending()
        ? window.sxApp.frames() : -1), ms);
    }), quietMs);
    if (quiet >= 0) return quiet;
  }
  throw new Error('the page never stopped drawing frames');
}

// Waits until the last change's autosave has been written, not a fixed time: the autosave comes
// half a second after a change. Where storage fails the app tries again later (always pending):
// pass `since` (the page's performance.now() before the change) to wait for the first try instead.
export async function autosaved(page, since = null) {
  await page.waitForFunction((t) => !window.sxApp.savePending() ||
                                    (t !== null && (window.sxApp.lastWrite() ?? -1) > t), since, { timeout: 5000 });
}

// The widget whose visible label, or whose name (the part after "##"), is `label`.
export async function widget(page, label) {
  const found = await page.evaluate((l) => window.sxApp.widget(l), label);
  if (!found) {
    const labels = await page.evaluate(() => window.sxApp.widgets().map((w) => w.label));
    throw new Error(`no widget labelled "${label}"; the last frame drew: ${labels.join(' | ')}`);
  }
  return found;
}

// On a phone the toolbar's actions (撤销, 新建自评, 保存文件, 文字大小 …) are inside the header's
// 菜单: a person opens it first, and so does a test asking for one of them.
export async function openMenuFor(page, label) {
  const [found, menu] = await page.evaluate((l) => [!!window.sxApp.widget(l), window.sxApp.widget('toolbar.menu')], label);
  if (found || !menu || menu.checked) return;
  await page.mouse.click(menu.x + menu.w / 2, menu.y + menu.h / 2);
  await settle(page, 80);
}

// Clicks the widget with this label at its centre, with the mouse (or a tap).
export async function click(page, label, { tap = false } = {}) {
  await openMenuFor(page, label);
  const w = await widget(page, label);
  const x = w.x + w.w / 2, y = w.y + w.h / 2;
  if (tap) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
  await settle(page);
  return w;
}

export async function screenshot(page, name) {
  const file = path.join(artifacts, name);
  await page.screenshot({ path: file });
  return file;
}

// ---- Driving the app as a person does: real wheel, clicks and keys, no load(). ----

// Scrolls the screen with the mouse wheel until the widget is fully on screen; returns it.
export async function reveal(page, label) {
  await openMenuFor(page, label);
  const { width, height } = page.viewportSize();
  let previous = null;
  for (let i = 0; i < 120; i++) {
    // A long list (the desk's table) does not draw what lies far from the view: look further down,
    // then further up.
    const found = await page.evaluate((l) => window.sxApp.widget(l), label);
    if (!found && i < 119) {
      const before = await page.evaluate(() => window.sxApp.frames());
      await page.mouse.move(width / 2, height / 2);
      await page.mouse.wheel(0, i < 60 ? 400 : -400);
      await page.waitForFunction((n) => window.sxApp.frames() > n, before, { timeout: 5000 }).catch(() => {});
      await settle(page, 60);
      continue;
    }
    const w = await widget(page, label);
    const top = 90, bottom = height - 10;
    if (w.visible && w.y >= top && w.y + w.h <= bottom) return w;
    // Outside the scrolling content (the toolbar): the wheel does not move it.
    if (w.visible && previous && previous.y === w.y && w.y >= 0 && w.y + w.h <= height) return w;
    if (!w.visible && w.y >= top && w.y + w.h <= bottom) {
      // In view down the page but not sideways (a column of a wide table): wheel sideways over
      // its row, as a trackpad or shift+wheel does.
      const before = await page.evaluate(() => window.sxApp.frames());
      await page.mouse.move(width / 2, w.y + w.h / 2);
      await page.mouse.wheel(w.x < width / 2 ? -300 : 300, 0);
      await page.waitForFunction((n) => window.sxApp.frames() > n, before, { timeout: 5000 }).catch(() => {});
      await settle(page, 60);
      continue;
    }
    previous = w;
    const x = Math.min(width - 30, Math.max(w.x + 5, width > 1000 ? 400 : width / 2));
    await page.mouse.move(x, Math.min(height - 40, Math.max(top + 20, height / 2)));
    // The wheel moves the content by its own pixels (imgui_impl_html5): one turn brings a widget
    // seen far down to the middle; a few screens at most, so that each turn draws a frame to look at.
    const reach = 4 * height;
    const distance = w.y < top ? Math.max(-reach, w.y - height / 2) : Math.min(reach, w.y - height / 2);
    // The wheel's frame must have come before the widget is looked at again: on a loaded machine
    // 60 ms may pass without one, and an unmoved widget would pass for one in the toolbar.
    const before = await page.evaluate(() => window.sxApp.frames());
    await page.mouse.wheel(0, distance === 0 ? 40 : distance);
    await page.waitForFunction((n) => window.sxApp.frames() > n, before, { timeout: 5000 }).catch(() => {});
    await settle(page, 60);
  }
  throw new Error(`could not scroll "${label}" into view`);
}

// Reveals and clicks a widget (by visible label or name) with the mouse.
export async function press(page, label, { tap = false } = {}) {
  const w = await reveal(page, label);
  const x = w.x + Math.min(w.w / 2, 12), y = w.y + w.h / 2;
  if (tap) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
  await settle(page, 80);
  return w;
}

// Clicks into a field, selects what is there, types `text` key by key and leaves with Enter.
export async function typeInto(page, label, text, { clear = true } = {}) {
  await press(page, label);
  if (clear) {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
  }
  for (const ch of text) {
    if (/[\x20-\x7e]/.test(ch)) await page.keyboard.type(ch);
    else await page.keyboard.insertText(ch);
    await settle(page, 40);
  }
  await page.keyboard.press('Enter');
  await settle(page, 80);
}

// Goes to a screen through the navigation (the side list, or the phone's menu).
export async function goTo(page, id) {
  const menu = await page.evaluate(() => window.sxApp.widget('nav.menu'));
  if (menu) {
    const open = await page.evaluate((n) => window.sxApp.widget(n), `nav.${id}`);
    if (!open) await press(page, 'nav.menu');
  }
  await press(page, `nav.${id}`);
}

// Every widget whose name contains all the given parts.
export async function widgetsNamed(page, ...parts) {
  return page.evaluate((ps) => window.sxApp.widgets().filter(
    (w) => ps.every((p) => (w.name || '').includes(p) || (w.label || '').includes(p))), parts);
}
