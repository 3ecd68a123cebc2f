// Browsers that cannot run the app (issue 17): without WebAssembly, without WebGL, with no script
// at all, or with an old kernel that refuses WebAssembly under the CSP, the page is the
// explanation of index.html in words — how to switch 360 or QQ to 极速模式, which browsers work —
// with its two links; and the two pages the links open, written at build time from the
// standard's data (tools/dist/make_pages.py), hold every category's conditions and every item of
// both tables, under the Content-Security-Policy, and print on A4.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, artifacts, root, dist } from './harness.mjs';

const CSP = fs.readFileSync(path.join(root, 'web/csp.txt'), 'utf8').trim();
// The standard the pages are written from: the one issued last, as make_pages.py picks it.
const standardDir = fs.readdirSync(path.join(root, 'core/standards'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, 'core/standards', d.name, 'standard.json')))
  .map((d) => path.join(root, 'core/standards', d.name))
  .sort((a, b) => (JSON.parse(fs.readFileSync(path.join(a, 'standard.json'))).issued <
                   JSON.parse(fs.readFileSync(path.join(b, 'standard.json'))).issued ? 1 : -1))[0];
const read = (name) => JSON.parse(fs.readFileSync(path.join(standardDir, name), 'utf8'));
const conditions = read('conditions.json');
const measures = read('measures.json');
const tables = read('tables.json');
const modes = read('modes.json');
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const desktop = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };

let server, cspServer;
before(async () => {
  server = await serve();
  cspServer = await serve('/tools/zngz/', undefined, { 'Content-Security-Policy': CSP });
});
after(async () => { await server.close(); await cspServer.close(); });

// What the page shows: the explanation (and its parts) or the app.
function shown(page) {
  return page.evaluate(() => {
    const visible = (id) => {
      const el = document.getElementById(id);
      return !!el && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;
    };
    return {
      explanation: visible('unsupported'), lead: visible('unsupported-lead'), advice: visible('advice'),
      failure: visible('failure'), loader: visible('loader'), canvas: visible('canvas'),
      capable: document.documentElement.classList.contains('sx-capable'),
      failureText: document.getElementById('failure-text').textContent,
      text: document.getElementById('unsupported').innerText,
      links: Array.from(document.querySelectorAll('#unsupported a')).map((a) => [a.textContent, a.getAttribute('href')]),
    };
  });
}

// Every title and text the standard's conditions have, as the checklist must hold them.
function assertChecklist(text) {
  for (const group of [conditions.common, ...conditions.categories]) {
    assert.ok(text.includes(group.title), `the checklist names ${group.title}`);
  }
  for (const c of conditions.conditions) {
    assert.ok(text.includes(c.title), `the checklist holds ${c.id}: ${c.title}`);
    assert.ok(text.includes(c.evidence), `the checklist holds ${c.id}'s evidence`);
    assert.ok(text.includes(c.article), `the checklist cites ${c.article}`);
  }
  for (const m of modes.modes) assert.ok(text.includes(m.title), `the checklist offers ${m.title}`);
}

function assertPolicy(text) {
  const flat = text.replace(/\s+/g, '');
  const has = (s) => flat.includes(String(s).replace(/\s+/g, ''));
  for (const chapter of measures.chapters) {
    assert.ok(has(chapter.title), chapter.title);
    for (const article of chapter.articles) {
      assert.ok(has(article.text), `${article.id} in full`);
      for (const clause of article.clauses) assert.ok(has(clause), `${article.id}: ${clause}`);
    }
  }
  for (const table of Object.values(tables)) {
    assert.ok(has(table.title), table.title);
    for (const section of table.sections) {
      for (const item of section.items) {
        assert.ok(has(item.text), `${table.title} ${item.id}`);
        for (const line of item.published.split('\n')) assert.ok(has(line), `${item.id}: ${line}`);
      }
    }
  }
  for (const mode of modes.modes) for (const element of mode.elements) assert.ok(has(element), `${mode.title}: ${element.slice(0, 20)}`);
}

async function followLink(page, text) {
  const link = page.locator('#unsupported a', { hasText: text });
  const box = await link.boundingBox();
  await Promise.all([page.waitForNavigation(), page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)]);
  return page.textContent('body');
}

const cases = [
  // V8's --noexpose_wasm no longer hides WebAssembly in Chromium 156; --jitless does (as Edge's
  // enhanced security mode and locked-down kernels have it).
  { name: 'WebAssembly', flags: ['--js-flags=--jitless'], file: 'no-wasm' },
  { name: 'WebGL', flags: ['--disable-webgl'], file: 'no-webgl' },
  { name: '3D APIs', flags: ['--disable-3d-apis'], file: 'no-3d' },
];

for (const c of cases) {
  test(`without ${c.name} (${c.flags.join(' ')}): the page explains 极速模式 and the browsers that work, and links the policy text and the checklist`, { timeout: 120000 }, async () => {
    const browser = await launch(c.flags);
    try {
      for (const [size, options] of [['390x844', phone], ['1280x800', desktop]]) {
        const context = await browser.newContext(options);
        const page = await context.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        await page.goto(server.url);
        await page.waitForFunction(() => getComputedStyle(document.getElementById('unsupported')).display !== 'none' &&
                                         getComputedStyle(document.getElementById('loader')).display === 'none', null, { timeout: 30000 });
        await page.waitForTimeout(300);  // whatever the loader would still do
        const s = await shown(page);
        assert.equal(s.explanation, true, 'the explanation is shown');
        assert.equal(s.advice, true, 'with the advice on browsers');
        assert.equal(s.loader, false, 'no loading screen left over it');
        assert.equal(s.canvas, false, 'no blank canvas');
        // Told apart: a browser without WebAssembly is known before anything loads; one whose
        // WebGL 2 is refused learns it when the app asks for its context, and says why.
        if (c.name === 'WebAssembly') {
          assert.equal(s.capable, false);
          assert.equal(s.lead, true);
          assert.equal(s.failure, false);
        } else {
          assert.equal(s.failure || s.lead, true);
          if (s.failure) assert.match(s.failureText, /WebGL 2/);
        }
        for (const words of ['极速模式', '360', 'QQ 浏览器', '闪电', 'Chrome', 'Edge', 'Firefox', 'Safari', '微信']) {
          assert.ok(s.text.includes(words), `the explanation mentions ${words}`);
        }
        // Seen in WeChat, this page cannot send the reader back to WeChat (a newcomer read that).
        assert.match(s.text, /在浏览器打开/);
        assert.doesNotMatch(s.text, /在微信中直接打开/);
        assert.deepEqual(s.links.map((l) => l[1]), ['policy.html', 'checklist.html']);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `nothing wider than the screen (${overflow} px)`);
        await page.screenshot({ path: path.join(artifacts, `unsupported-${c.file}-${size}.png`), fullPage: size === '390x844' });
        if (size === '1280x800') {
          assertChecklist(await followLink(page, '认定条件自查清单'));
          await page.goBack();
          assertPolicy(await followLink(page, '政策原文'));
        }
        assert.deepEqual(errors, []);
        await context.close();
      }
    } finally {
      await browser.close();
    }
  });
}

test('web/support.js is ES3: the IE kernels of 兼容模式 run it (and find themselves not capable)', () => {
  // Debian's acorn, which the build's Emscripten needs anyway (node-acorn).
  const acorn = createRequire(import.meta.url)('/usr/share/nodejs/acorn');
  assert.doesNotThrow(() => acorn.parse(fs.readFileSync(path.join(root, 'web/support.js'), 'utf8'), { ecmaVersion: 3 }));
});

test('a capable browser never paints the explanation, not even before the app is up', { timeout: 60000 }, async () => {
  const browser = await launch();
  try {
    const context = await browser.newContext(desktop);
    // Before every frame the browser paints, from the very first: is the explanation displayed?
    await context.addInitScript(() => {
      window.sxPainted = [];
      const look = () => {
        const el = document.getElementById('unsupported');
        if (el) window.sxPainted.push(getComputedStyle(el).display);
        if (window.sxPainted.length < 600) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => window.sxApp && window.sxApp.frames() > 0, null, { timeout: 30000 });
    const painted = await page.evaluate(() => window.sxPainted);
    assert.ok(painted.length > 0);
    assert.deepEqual([...new Set(painted)], ['none'], 'the explanation was never displayed');
    assert.equal((await shown(page)).capable, true);
    await context.close();
  } finally {
    await browser.close();
  }
});

test('with no script at all the explanation is there, saying that JavaScript is needed', async () => {
  const browser = await launch();
  try {
    const context = await browser.newContext({ ...desktop, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url);
    const s = await shown(page);
    assert.equal(s.explanation, true);
    assert.equal(s.loader, false);
    assert.equal(s.canvas, false);
    assert.match(s.text, /需要启用 JavaScript/);
    assert.deepEqual(s.links.map((l) => l[1]), ['policy.html', 'checklist.html']);
    await context.close();
  } finally {
    await browser.close();
  }
});

test('a kernel that refuses WebAssembly under the CSP (no \'wasm-unsafe-eval\') is told to switch, not that the download failed', { timeout: 60000 }, async () => {
  const old = await serve('/old/', undefined, { 'Content-Security-Policy': CSP.replace(" 'wasm-unsafe-eval'", '') });
  const browser = await launch();
  try {
    const context = await browser.newContext(desktop);
    const page = await context.newPage();
    await page.goto(old.url);
    await page.waitForSelector('#failure:not([hidden])', { timeout: 30000 });
    const s = await shown(page);
    assert.match(s.failureText, /内核/);
    assert.equal(s.advice, true);
    assert.equal(s.canvas, false);
    await context.close();
  } finally {
    await browser.close();
    await old.close();
  }
});

test('the policy text and the checklist: from the data, under the CSP, no script, printable on A4', { timeout: 120000 }, async () => {
  const browser = await launch();
  try {
    const context = await browser.newContext(desktop);
    const violations = [];
    await context.exposeBinding('sxCspViolation', (source, text) => violations.push(text));
    await context.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) =>
      window.sxCspViolation(`${e.violatedDirective} ${e.blockedURI} (${location.href})`)));
    context.on('console', (m) => { if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text()); });
    const page = await context.newPage();
    for (const name of ['policy.html', 'checklist.html']) {
      const response = await page.goto(cspServer.url + name);
      assert.equal(response.headers()['content-security-policy'], CSP);
      const html = await response.text();
      assert.match(html, /<html lang="zh-CN">/);
      assert.doesNotMatch(html, /<script/i, `${name}: no script`);
      assert.doesNotMatch(html, /<style|\sstyle=/i, `${name}: no inline style`);
      assert.doesNotMatch(html, /(src|href)="(\/|https?:)/, `${name}: every address is relative`);
      // The stylesheet applies (the CSP lets it through): tables collapse their borders.
      assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('table')).borderCollapse), 'collapse');
      const text = await page.textContent('body');
      if (name === 'policy.html') assertPolicy(text); else assertChecklist(text);
      // Each link of the page goes somewhere: its own anchors, the other page's, the app.
      const links = await page.evaluate(() => Array.from(document.querySelectorAll('a[href]')).map((a) => a.getAttribute('href')));
      for (const href of links) {
        const [file, anchor] = href.split('#');
        if (file === '') assert.ok(await page.evaluate((id) => !!document.getElementById(id), decodeURIComponent(anchor)), `#${anchor} exists`);
        else assert.ok(['./', 'policy.html', 'checklist.html'].includes(file), href);
        if (file === 'policy.html' && anchor) {
          const policy = fs.readFileSync(path.join(dist, 'policy.html'), 'utf8');
          assert.ok(policy.includes(`id="${anchor}"`), `policy.html has #${anchor}`);
        }
      }
    }

    // The checklist on screen, as printed (A4, the PDF a browser would print), and on a phone.
    await page.goto(cspServer.url + 'checklist.html');
    await page.screenshot({ path: path.join(artifacts, 'checklist-1280x800.png'), fullPage: true });
    const pdf = path.join(artifacts, 'checklist-print.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: path.join(artifacts, 'checklist-print-media.png'), fullPage: true });
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    assert.match(info, /Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/, info);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)[1]);
    assert.ok(pages >= 1 && pages <= 8, `${pages} A4 pages`);
    execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '2', pdf, path.join(artifacts, 'checklist-print')]);
    const printed = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
    for (const c of conditions.conditions) assert.ok(printed.replace(/\s+/g, '').includes(c.title.replace(/\s+/g, '')), `printed: ${c.title}`);
    await page.emulateMedia({ media: 'screen' });
    await page.goto(cspServer.url + 'policy.html');
    await page.screenshot({ path: path.join(artifacts, 'policy-1280x800.png') });
    const small = await browser.newContext(phone);
    const phonePage = await small.newPage();
    for (const [name, at] of [['checklist', '#line'], ['policy', '#表1']]) {
      await phonePage.goto(cspServer.url + `${name}.html${at}`);
      assert.ok(await phonePage.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${name}.html fits a phone`);
      await phonePage.screenshot({ path: path.join(artifacts, `${name}-390x844.png`) });
    }
    await small.close();
    assert.deepEqual(violations, []);
    await context.close();
  } finally {
    await browser.close();
  }
});
