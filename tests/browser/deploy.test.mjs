// Deployment (web/DEPLOY.md): dist/ as the build leaves it (hashed names, precompressed twins,
// nothing stale), served under a sub-path the way DEPLOY.md's nginx block serves it (MIME types,
// .br/.gz, cache headers, the Content-Security-Policy of web/csp.txt); every screen, a dialog and
// every export without one CSP violation; and after the first visit the app starts offline with
// the user's autosaved work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import zlib from 'node:zlib';
import { launch, settle, goTo, press, reveal, typeInto, dist, root } from './harness.mjs';

const PREFIX = '/tools/zngz/';
const CSP = fs.readFileSync(path.join(root, 'web/csp.txt'), 'utf8').trim();
const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.ttf': 'font/ttf', '.json': 'application/json',
  '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};
const hashed = /\.[0-9a-f]{10}\.[a-z0-9]+$/;

// What DEPLOY.md's nginx block does, in node: the folder under PREFIX, the precompressed twin the
// request accepts (br, then gzip), a year's caching for hashed names and revalidation for the
// rest, and the CSP on every response. `swVersion` replaces sw.js's version (a "newer build").
function serveDeploy() {
  const log = [];
  const state = { swVersion: null };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const headers = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff' };
    if (url.pathname === PREFIX.slice(0, -1)) {
      res.writeHead(301, { ...headers, Location: PREFIX });
      res.end();
      return;
    }
    let name = url.pathname.startsWith(PREFIX) ? decodeURIComponent(url.pathname.slice(PREFIX.length)) : null;
    if (name === '') name = 'index.html';
    const file = name === null ? null : path.join(dist, name);
    if (!file || !file.startsWith(dist + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile() ||
        /\.(br|gz)$/.test(file)) {
      res.writeHead(404, headers);
      res.end();
      return;
    }
    const accepts = (req.headers['accept-encoding'] || '').split(',').map((s) => s.trim().split(';')[0]);
    let body = fs.readFileSync(file);
    let encoding = null;
    if (name === 'sw.js' && state.swVersion) {
      body = Buffer.from(body.toString('utf8').replace(/^var VERSION = .*;$/m, `var VERSION = "${state.swVersion}";`));
    } else {
      for (const [token, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
        if (accepts.includes(token) && fs.existsSync(file + suffix)) {
          body = fs.readFileSync(file + suffix);
          encoding = token;
          break;
        }
      }
    }
    log.push({ name, encoding, accept: req.headers['accept-encoding'] || '' });
    Object.assign(headers, {
      'Content-Type': types[path.extname(file)] || 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': hashed.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
    });
    if (encoding) headers['Content-Encoding'] = encoding;
    res.writeHead(200, headers);
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    resolve({ url: `http://127.0.0.1:${port}${PREFIX}`, origin: `http://127.0.0.1:${port}`, log, state,
              close: () => { server.closeAllConnections(); return new Promise((r) => server.close(r)); } });
  }));
}

function get(url, acceptEncoding) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

let server, browser;
before(async () => { server = await serveDeploy(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

// Every CSP violation in any page of the context (popups included): the DOM event, and the
// console message the browser prints when it blocks something.
async function watchCsp(context) {
  const violations = [];
  await context.exposeBinding('sxCspViolation', (source, text) => violations.push(text));
  await context.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) =>
    window.sxCspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sample || ''} (${location.href})`)));
  context.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text()); });
  return violations;
}

async function openDeployed(context) {
  const page = await context.newPage();
  const response = await page.goto(server.url);
  assert.equal(response.headers()['content-security-policy'], CSP);
  await page.waitForFunction(() => window.sxApp && window.sxApp.frames() > 0, null, { timeout: 30000 });
  await settle(page);
  return page;
}

test('dist: hashed names, a manifest, .br and .gz twins, nothing else', () => {
  const pages = ['index.html', 'policy.html', 'checklist.html'];
  assert.deepEqual(manifest.not_hashed, ['index.html', 'checklist.html', 'policy.html', 'sw.js', 'manifest.json']);
  const expected = new Set(manifest.not_hashed);
  for (const [name, entry] of Object.entries(manifest.files)) {
    const body = fs.readFileSync(path.join(dist, entry.file));
    const ext = path.extname(name);
    assert.equal(entry.file, `${name.slice(0, -ext.length)}.${crypto.createHash('sha256').update(body).digest('hex').slice(0, 10)}${ext}`);
    assert.equal(entry.bytes, body.length, name);
    expected.add(entry.file);
  }
  for (const name of ['app.js', 'app.wasm', 'sx.js', 'support.js', 'app.css', 'pages.css', 'app.webmanifest',
                      'fonts/start.ttf', 'fonts/ui.ttf', 'fonts/gb2312.ttf', 'icons/favicon-32.png',
                      'icons/apple-touch-icon.png', 'icons/icon-192.png', 'icons/icon-512.png',
                      'icons/icon-maskable-512.png', 'icons/share.png']) {
    assert.ok(manifest.files[name], `${name} is in the manifest`);
  }
  // PNGs are compressed already: no twins.
  for (const name of [...expected].filter((n) => !n.endsWith('.png'))) {
    const body = fs.readFileSync(path.join(dist, name));
    assert.deepEqual(zlib.brotliDecompressSync(fs.readFileSync(path.join(dist, name + '.br'))), body, `${name}.br`);
    assert.deepEqual(zlib.gunzipSync(fs.readFileSync(path.join(dist, name + '.gz'))), body, `${name}.gz`);
    expected.add(name + '.br').add(name + '.gz');
  }
  const present = fs.readdirSync(dist, { recursive: true }).filter((f) => fs.statSync(path.join(dist, f)).isFile());
  assert.deepEqual(present.sort(), [...expected].sort(), 'dist holds exactly this build\'s files');

  // Every file is named, by its hashed name, by a page or the web app manifest; none by its plain name.
  const index = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const texts = [...pages, manifest.files['app.webmanifest'].file].map((f) => fs.readFileSync(path.join(dist, f), 'utf8'));
  for (const [name, entry] of Object.entries(manifest.files)) {
    for (const text of texts) assert.ok(!new RegExp(`(href|src|content)="${name}"`).test(text), `a page still refers to ${name}`);
    assert.ok(texts.some((text) => text.includes(entry.file)), `a page refers to ${entry.file}`);
  }
  for (const [name, entry] of Object.entries(manifest.files)) {
    if (/\.(js|wasm|ttf)$/.test(name) && name !== 'support.js') assert.ok(index.includes(`"${name}":["${entry.file}",${entry.bytes}]`), `the loader is given ${name}`);
  }
  for (const page of pages) {
    const text = fs.readFileSync(path.join(dist, page), 'utf8');
    assert.match(text, /<html lang="zh-CN">/, page);
    assert.doesNotMatch(text, /<script(?![^>]*\bsrc=)/, `${page}: no inline script`);
    assert.doesNotMatch(text, /<[^>]+\sstyle=|<style/, `${page}: no inline style`);
    assert.doesNotMatch(text, /(src|href)="(\/|https?:)/, `${page}: every URL is relative`);
  }
  // The support check runs first, in <head>, before the stylesheet could show anything.
  assert.ok(index.indexOf(manifest.files['support.js'].file) < index.indexOf('</head>'));
  assert.match(index, /<meta name="description" content="[^"]{20,}">/);
  assert.match(index, /<meta property="og:image" content="[^"]*icons\/share\.[0-9a-f]{10}\.png">/);
  const sw = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8');
  assert.ok(sw.includes(`var VERSION = "${manifest.version}";`));
  for (const entry of Object.values(manifest.files)) assert.ok(sw.includes(`"${entry.file}"`), `sw.js precaches ${entry.file}`);
  for (const page of ['policy.html', 'checklist.html']) assert.ok(sw.includes(`"${page}"`), `sw.js precaches ${page}`);

  // One policy: web/csp.txt, copied into the manifest and quoted by DEPLOY.md's nginx block.
  assert.equal(manifest.content_security_policy, CSP);
  assert.doesNotMatch(CSP, /'unsafe-eval'/);
  const deploy = fs.readFileSync(path.join(root, 'web/DEPLOY.md'), 'utf8');
  assert.ok(deploy.includes(`add_header Content-Security-Policy "${CSP}" always;`), 'DEPLOY.md quotes web/csp.txt');
  assert.doesNotMatch(fs.readFileSync(path.join(dist, manifest.files['app.js'].file), 'utf8'), /\beval\(|new Function\(/);
});

test('web/public_url.txt: one line gives the share picture its absolute address', { timeout: 120000 }, () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-public-url-'));
  try {
    fs.mkdirSync(path.join(tmp, 'web'));
    for (const f of ['sw.js', 'csp.txt']) fs.copyFileSync(path.join(root, 'web', f), path.join(tmp, 'web', f));
    const finish = (url) => {
      fs.writeFileSync(path.join(tmp, 'web/public_url.txt'), `# the deployment's address\n${url}\n`);
      return spawnSync('/usr/bin/python3', [path.join(root, 'tools/dist/finish_dist.py'), '--stage', path.join(dist, '../stage'),
                                            '--web', path.join(tmp, 'web'), '--out', path.join(tmp, 'out')], { encoding: 'utf8' });
    };
    const bad = finish('jxj.sx.gov.cn/tools/zngz');
    assert.notEqual(bad.status, 0);
    assert.match(bad.stderr, /public_url\.txt/);
    const url = 'https://jxj.sx.gov.cn/tools/zngz/';
    const good = finish(url);
    assert.equal(good.status, 0, good.stderr);
    const index = fs.readFileSync(path.join(tmp, 'out/index.html'), 'utf8');
    assert.ok(index.includes(`<meta property="og:image" content="${url}${manifest.files['icons/share.png'].file}">`), index);
    assert.ok(index.includes(`<meta property="og:url" content="${url}">`));
    // The committed file has no address: the build in use names the picture relatively.
    assert.ok(fs.readFileSync(path.join(dist, 'index.html'), 'utf8').includes(`<meta property="og:image" content="${manifest.files['icons/share.png'].file}">`));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test('served precompressed: .br for Accept-Encoding br, .gz for gzip, the file itself otherwise', async () => {
  const wasm = manifest.files['app.wasm'].file;
  const raw = fs.readFileSync(path.join(dist, wasm));
  const br = await get(server.url + wasm, 'gzip, deflate, br');
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers['content-type'], 'application/wasm');
  assert.equal(br.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.deepEqual(zlib.brotliDecompressSync(br.body), raw);
  assert.ok(br.body.length < raw.length * 0.5, `brotli: ${br.body.length} of ${raw.length} bytes`);
  const gz = await get(server.url + wasm, 'gzip');
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.deepEqual(zlib.gunzipSync(gz.body), raw);
  const plain = await get(server.url + wasm, 'identity');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.deepEqual(plain.body, raw);
  const index = await get(server.url, 'br');
  assert.equal(index.headers['cache-control'], 'no-cache');
  assert.equal(index.headers['content-security-policy'], CSP);
  assert.equal((await get(server.url + 'sw.js', 'br')).headers['cache-control'], 'no-cache');
});

test('under the CSP: every screen, a dialog and every export, with no violation', { timeout: 180000 }, async (t) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const violations = await watchCsp(context);
  const errors = [];
  const page = await openDeployed(context);
  page.on('pageerror', (e) => errors.push(String(e)));
  const fixture = fs.readFileSync(path.join(root, 'tests/fixtures/process-full.json'), 'utf8');
  assert.deepEqual(await page.evaluate((text) => window.sxApp.load(text), fixture), []);
  await settle(page);
  const screens = await page.evaluate(() => window.sxApp.screens());
  assert.ok(screens.length >= 10, screens.join(' '));
  for (const id of screens) await goTo(page, id);

  await goTo(page, 'start');
  await press(page, '新建自评');
  assert.ok(await page.evaluate(() => !!document.querySelector('#a11y [role="dialog"]')), 'the dialog is open');
  await press(page, '取消');

  await goTo(page, 'export');
  const download = async (label) => {
    const [file] = await Promise.all([page.waitForEvent('download'), (async () => {
      const w = await reveal(page, label);
      await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
    })()]);
    return fs.statSync(await file.path()).size;
  };
  assert.ok(await download('导出 Word') > 5000);
  assert.ok(await download('保存文件') > 500);
  const [popup] = await Promise.all([page.waitForEvent('popup'), (async () => {
    const w = await reveal(page, '打印 / 另存 PDF');
    await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
  })()]);
  await popup.waitForLoadState();
  assert.match(await popup.textContent('body'), /申报书（草稿）/);
  // The print page's own CSS applies under the inherited policy (22pt title, A4 layout): the
  // policy allows its one <style> block by hash, with no 'unsafe-inline'.
  const printed = await popup.evaluate(() => ({
    styles: Array.from(document.querySelectorAll('style')).map((s) => s.textContent),
    inline: document.querySelectorAll('[style]').length,
    columns: Array.from(document.querySelectorAll('table')).filter((t) => t.querySelector('col'))
      .map((t) => [t.querySelector('col').getAttribute('width'), t.querySelector('td, th').getBoundingClientRect().width / t.getBoundingClientRect().width]),
  }));
  assert.equal(printed.styles.length, 1, 'one <style> block');
  const hash = `'sha256-${crypto.createHash('sha256').update(printed.styles[0], 'utf8').digest('base64')}'`;
  assert.ok(CSP.includes(`style-src 'self' ${hash};`),
            `web/csp.txt (and web/DEPLOY.md) must allow the print page's CSS by its hash: style-src 'self' ${hash}`);
  assert.ok(!CSP.includes('unsafe-inline'));
  assert.equal(await popup.evaluate(() => getComputedStyle(document.querySelector('h1')).textAlign), 'center');
  assert.equal(printed.inline, 0, 'no style attribute');
  // The column widths (width attributes) are laid out: the first column is as wide as it says.
  assert.ok(printed.columns.length > 0);
  for (const [width, share] of printed.columns) {
    assert.ok(Math.abs(share * 100 - parseInt(width, 10)) < 3, `a column of ${width} takes ${(share * 100).toFixed(1)} %`);
  }
  await popup.waitForTimeout(300);
  await settle(page);

  const served = server.log.filter((r) => r.name !== 'sw.js');
  t.diagnostic(`browser sent Accept-Encoding "${served[0] && served[0].accept}"; served ${served.map((r) => `${r.name}${r.encoding ? ` (${r.encoding})` : ''}`).join(', ')}`);
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('offline after the first visit: the app starts from the service worker with the autosaved work', { timeout: 180000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const violations = await watchCsp(context);
  const page = await openDeployed(context);
  // The worker registers once the page is up and has every file cached when it takes control.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60000 });
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys[0]);
    return { keys, urls: (await cache.keys()).map((r) => new URL(r.url).pathname) };
  });
  assert.equal(cached.keys.length, 1);
  assert.ok(cached.keys[0].endsWith(` ${manifest.version}`), cached.keys[0]);
  assert.deepEqual(cached.urls.sort(), [PREFIX, PREFIX + 'policy.html', PREFIX + 'checklist.html',
                                        ...Object.values(manifest.files).map((e) => PREFIX + e.file)].sort());
  // 添加到主屏幕: Chromium reads the web app manifest without error and finds the page installable
  // (manifest, icons, the service worker in control).
  const cdp = await context.newCDPSession(page);
  const appManifest = await cdp.send('Page.getAppManifest');
  assert.deepEqual(appManifest.errors, [], JSON.stringify(appManifest.errors));
  assert.equal(JSON.parse(appManifest.data).short_name, '智能化改造自评');
  // The test's browser context is an incognito one, which Chromium never installs from: that is
  // the one reason allowed.
  const installability = (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors
    .filter((e) => e.errorId !== 'in-incognito');
  assert.deepEqual(installability, [], JSON.stringify(installability));

  const name = '绍兴市越城区示例纺织有限公司';
  await goTo(page, 'enterprise');
  await typeInto(page, '企业名称', name);
  await press(page, '流程型（表2）');
  await page.waitForFunction((n) => {
    const saved = JSON.parse(localStorage.getItem('sx-retrofit.assessment.v1') || '{}');
    return saved.type === 'process' && saved.enterprise && saved.enterprise.name === n;
  }, name, { timeout: 5000 });

  await context.setOffline(true);
  const before = server.log.length;
  await page.reload();
  await page.waitForFunction(() => window.sxApp && window.sxApp.frames() > 0, null, { timeout: 30000 });
  await settle(page);
  assert.equal(server.log.length, before, `requests while offline: ${server.log.slice(before).map((r) => r.name).join(', ')}`);
  assert.equal(await page.evaluate(() => document.getElementById('failure').hidden), true);
  const state = await page.evaluate(() => window.sxApp.state());
  assert.equal(state.enterprise.name, name);
  assert.equal(state.type, 'process');
  // The plain pages open offline too, from the same store.
  const offlinePage = await context.newPage();
  await offlinePage.goto(server.url + 'checklist.html');
  assert.match(await offlinePage.textContent('h1'), /认定条件自查清单/);
  assert.equal(await offlinePage.evaluate(() => getComputedStyle(document.querySelector('table')).borderCollapse), 'collapse');
  await offlinePage.close();

  // Online again, a newer build's sw.js: the page says a reload brings it; the old cache goes.
  await context.setOffline(false);
  server.state.swVersion = 'newer-build';
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await page.waitForSelector('#update:not([hidden])', { timeout: 60000 });
  assert.match(await page.textContent('#update'), /新版本已就绪，刷新后使用/);
  assert.deepEqual(await page.evaluate(() => caches.keys()).then((keys) => keys.map((k) => k.split(' ').pop())), ['newer-build']);
  server.state.swVersion = null;
  assert.deepEqual(violations, []);
  await context.close();
});
