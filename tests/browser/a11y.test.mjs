// The accessibility mirror, checked by consumers no one here wrote: Chromium's own accessibility
// tree (what a screen reader reads) must list every widget sxApp.widgets() lists, with the right
// role, the Chinese name and the state; axe-core must find no serious or critical violation on any
// screen; an idle page must touch no DOM; find-in-page, a screen reader's focus and click, and a
// mouse click must all keep the canvas and the mirror together.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serve, launch, openApp, settle, root, press, reveal, widgetsNamed, goTo, typeInto, atOneSize } from './harness.mjs';
import { deskBatch, openDeskWith } from './desk_batch.mjs';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const fixture = (name) => fs.readFileSync(path.join(root, 'tests/fixtures', name), 'utf8');

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

// The role Chromium must give each kind of widget the app reports.
const AX_ROLE = {
  button: 'button', navitem: 'button', disclosure: 'button', link: 'link', radio: 'radio',
  checkbox: 'checkbox', textbox: 'textbox', combobox: 'combobox', option: 'option',
};
const INTERACTIVE = new Set(Object.values(AX_ROLE));

// Chromium's accessibility tree, each node with the DOM id of the element it stands for.
async function axTree(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('Accessibility.enable');
  const { root: doc } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const idOf = new Map();
  (function walk(node) {
    const attrs = node.attributes || [];
    for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === 'id') idOf.set(node.backendNodeId, attrs[i + 1]);
    for (const child of node.children || []) walk(child);
  })(doc);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored).map((n) => {
    const props = {};
    for (const p of n.properties || []) props[p.name] = p.value.value;
    return { role: n.role && n.role.value, name: n.name ? n.name.value : '', value: n.value ? n.value.value : undefined,
             props, domId: idOf.get(n.backendDOMNodeId) };
  });
}

// Every widget the app drew against what Chromium exposes; returns the number checked.
async function checkScreen(page, where) {
  await page.waitForFunction(() => window.sxApp.mirrorSynced(), null, { timeout: 5000 });
  const widgets = await page.evaluate(() => window.sxApp.widgets());
  // Under an open dialog the rest of the page is inert: out of the tree, as it must be.
  const hidden = new Set(await page.evaluate(() => Array.from(document.querySelectorAll('#a11y [inert] [id^="m-i"]')).map((e) => e.id)));
  const nodes = await axTree(page);
  const byId = new Map(nodes.filter((n) => n.domId).map((n) => [n.domId, n]));
  let checked = 0;
  for (const w of widgets) {
    const what = `${where}: ${w.role} “${w.accessibleName}” (${w.name || w.label})`;
    const node = byId.get(`m-i${w.id}`);
    if (hidden.has(`m-i${w.id}`)) {
      assert.ok(!node, `${what} is behind the dialog but still in the accessibility tree`);
      continue;
    }
    assert.ok(node, `${what} is missing from the accessibility tree`);
    assert.equal(node.role, AX_ROLE[w.role], `${what}: role`);
    assert.ok(w.accessibleName.trim().length > 0, `${what}: no name`);
    assert.equal(node.name, w.accessibleName, `${what}: name`);
    assert.match(node.name, /[\u4e00-\u9fff]/, `${what}: the name is not Chinese`);
    if (w.role === 'radio' || w.role === 'checkbox') assert.equal(node.props.checked, w.checked ? 'true' : 'false', `${what}: checked`);
    if (w.role === 'textbox') assert.equal(node.value || '', w.value, `${what}: value`);
    if (w.role === 'disclosure' || w.role === 'combobox') assert.ok('expanded' in node.props, `${what}: expanded`);
    assert.equal(!!node.props.disabled, !w.enabled, `${what}: disabled`);
    checked++;
  }
  // No control at all without a name, whether the app lists it or not.
  for (const n of nodes) {
    if (INTERACTIVE.has(n.role) && n.domId !== 'ime') assert.ok(n.name.trim().length > 0, `${where}: unnamed ${n.role} ${n.domId}`);
  }
  return checked;
}

async function runAxe(page) {
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                                           nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
}

function serious(violations) {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

for (const [size, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]]) {
  test(`${size}: on every screen the accessibility tree matches the widgets, and axe finds nothing serious`, { timeout: 300000 }, async (t) => {
    const { page, context } = await openApp(browser, server, { viewport, hasTouch: size === 'phone', isMobile: size === 'phone' });
    assert.deepEqual(await page.evaluate((doc) => window.sxApp.load(doc), fixture('discrete-partial.json')), []);
    await settle(page);
    const counts = [];
    const minor = new Set();
    for (const id of await page.evaluate(() => window.sxApp.screens())) {
      await page.evaluate((s) => window.sxApp.show(s), id);
      await settle(page);
      counts.push(`${id} ${await checkScreen(page, `${size} ${id}`)}`);
      const violations = await runAxe(page);
      assert.deepEqual(serious(violations), [], `${size} ${id}: axe`);
      for (const v of violations) minor.add(`${v.id} (${v.impact})`);
    }
    t.diagnostic(`widgets matched in the AX tree: ${counts.join(', ')}`);
    t.diagnostic(`axe, moderate or minor only: ${[...minor].join(', ') || 'none'}`);
    await context.close();
  });
}

test('a dialog and an open list: named, modal, matched, and clean for axe', { timeout: 120000 }, async () => {
  const { page, context } = await openApp(browser, server);
  await press(page, '新建自评');
  const dialog = await page.evaluate(() => {
    const d = document.querySelector('#a11y [role="dialog"]');
    return d && { name: d.getAttribute('aria-label'), modal: d.getAttribute('aria-modal'),
                  focusInside: d.contains(document.activeElement),
                  inertOutside: Array.from(document.querySelectorAll('#a11y .sx-win')).filter((w) => w !== d).every((w) => w.inert) };
  });
  assert.deepEqual(dialog, { name: '新建自评', modal: 'true', focusInside: true, inertOutside: true });
  await checkScreen(page, 'dialog');
  assert.deepEqual(serious(await runAxe(page)), [], 'dialog: axe');
  await press(page, '取消');
  await goTo(page, 'enterprise');
  await press(page, '所在区、县（市）');
  const options = await page.evaluate(() => Array.from(document.querySelectorAll('#a11y [role="listbox"] [role="option"]')).map((o) => o.textContent));
  assert.ok(options.includes('越城区'), `options: ${options.join(' ')}`);
  await checkScreen(page, 'district list');
  assert.deepEqual(serious(await runAxe(page)), [], 'list: axe');
  await context.close();
});

test('idle: no frame and no DOM mutation in 3 s', async () => {
  const { page, context } = await openApp(browser, server);
  await goTo(page, 'score');
  await settle(page);
  const idle = await page.evaluate(() => new Promise((resolve) => {
    let mutations = 0;
    const observer = new MutationObserver((list) => { mutations += list.length; });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const frames = window.sxApp.frames();
    setTimeout(() => { observer.disconnect(); resolve({ mutations, frames: window.sxApp.frames() - frames }); }, 3000);
  }));
  assert.deepEqual(idle, { mutations: 0, frames: 0 });
  await context.close();
});

test('both directions: a click moves the page focus, a screen reader focus scrolls the canvas, its click acts', async () => {
  const { page, context } = await openApp(browser, server);
  await goTo(page, 'score');
  // A mouse click on the canvas: the page's focus goes to that widget's mirror.
  const near = (await widgetsNamed(page, '2.1 ')).find((w) => w.role === 'checkbox');
  await press(page, near.name);
  assert.equal(await page.evaluate(() => document.activeElement.id), `m-i${near.id}`);
  // A screen reader's cursor lands on a check box far down: the canvas scrolls to it.
  const far = (await widgetsNamed(page, '5.1 ')).find((w) => w.role === 'checkbox');
  assert.equal(far.visible, false, 'the check box starts out of view');
  await page.evaluate((id) => document.getElementById(`m-i${id}`).focus(), far.id);
  await settle(page);
  const shown = (await widgetsNamed(page, far.name))[0];
  assert.equal(shown.visible, true, 'focus brought it into view');
  assert.ok(shown.y > 80 && shown.y + shown.h < 800, `on screen at y=${shown.y}`);
  // Its click (what a screen reader sends) ticks it, as a click on the canvas would.
  await page.evaluate((id) => document.getElementById(`m-i${id}`).click(), far.id);
  await settle(page);
  assert.equal((await widgetsNamed(page, far.name))[0].checked, true);
  assert.equal(await page.evaluate((id) => document.getElementById(`m-i${id}`).checked, far.id), true);
  // The score is announced politely, once, when it changes.
  const live = await page.evaluate(() => document.getElementById('a11y-live').textContent);
  assert.match(live, /^评分表得分 \d+ 分$/);
  await context.close();
});

test('find in page finds a condition\'s wording below the fold and the canvas scrolls to it', async () => {
  const { page, context } = await openApp(browser, server);
  await goTo(page, 'categories');
  const wording = 'MES与ERP信息互联互通';
  const top = (w) => page.evaluate((text) => {
    const p = Array.from(document.querySelectorAll('#a11y p')).find((e) => e.textContent.includes(text));
    return p ? p.getBoundingClientRect().top : null;
  }, w);
  const stepY = async () => (await widgetsNamed(page, 'step.next'))[0].y;
  const before = await top(wording);
  const stepBefore = await stepY();
  assert.ok(before > 800, `the wording starts below the window (top ${before})`);
  assert.equal(await page.evaluate((w) => window.find(w), wording), true, 'the browser finds it');
  await settle(page);
  const after = await top(wording);
  assert.ok(after > 80 && after < 800, `now in the window (top ${after})`);
  // The canvas scrolled by as much: a widget below it moved up by the same distance.
  assert.ok(Math.abs((stepBefore - await stepY()) - (before - after)) <= 2, 'the app scrolled with the find');
  // Select all and copy take the screen's text.
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  await page.keyboard.press('Control+A');
  const selected = await page.evaluate(() => String(document.getSelection()));
  assert.ok(selected.includes(wording) && selected.includes('申报类别'), 'Ctrl+A selects the screen\'s text');
  await context.close();
});

// Issue 14, item 10: the core's credit-code warning, shown under the field, is that field's
// description for a screen reader too, and the field reads as invalid until the code is right.
test('a wrong credit code: the field is invalid and described by the warning', async () => {
  const { page, context } = await openApp(browser, server);
  await goTo(page, 'enterprise');
  // While it is being typed it is not yet wrong: no warning appears under it to push the fields
  // below down at each keystroke (the newcomer's phone walk); it is said once the user leaves it.
  const code = (await widgetsNamed(page, '统一社会信用代码')).find((w) => w.role === 'textbox');
  const next = () => page.evaluate((y) => window.sxApp.widgets().filter((w) => w.role === 'textbox' && w.y > y)
    .sort((p, q) => p.y - q.y)[0], code.y);
  const below = await next();
  await press(page, code.name);
  for (const ch of '9133060') await page.keyboard.type(ch);
  await settle(page, 120);
  const typing = await page.evaluate((id) => document.getElementById(`m-i${id}`).getAttribute('aria-invalid'), code.id);
  assert.equal(typing, null, 'a half-typed code was called invalid');
  assert.equal((await next()).y, below.y, 'the field below moved while the code was typed');
  await typeInto(page, '统一社会信用代码', '91330603MA2BK7L37B');  // check character should be A
  await settle(page, 300);
  const field = await page.evaluate(() => {
    const w = window.sxApp.widgets().find((x) => x.role === 'textbox' && x.value === '91330603MA2BK7L37B');
    const el = w && document.getElementById(`m-i${w.id}`);
    const described = el && el.getAttribute('aria-describedby');
    return el && { invalid: el.getAttribute('aria-invalid'),
                   description: described ? document.getElementById(described)?.textContent : null };
  });
  assert.ok(field, 'the credit code field has no mirror element');
  assert.equal(field.invalid, 'true');
  assert.match(field.description || '', /校验/, `the field is described by “${field.description}”`);
  const ax = (await axTree(page)).find((n) => n.role === 'textbox' && n.value === '91330603MA2BK7L37B');
  assert.ok(ax, 'the field is not in the accessibility tree');
  assert.equal(ax.props.invalid, 'true', 'Chromium does not read the field as invalid');
  // Put right, it is valid and undescribed again.
  await typeInto(page, '统一社会信用代码', '91330603MA2BK7L37A');
  await settle(page, 300);
  const fixed = await page.evaluate(() => {
    const w = window.sxApp.widgets().find((x) => x.role === 'textbox' && x.value === '91330603MA2BK7L37A');
    const el = w && document.getElementById(`m-i${w.id}`);
    return el && { invalid: el.getAttribute('aria-invalid'), described: el.getAttribute('aria-describedby') };
  });
  assert.deepEqual(fixed, { invalid: null, described: null });
  await context.close();
});

// 快速自测 (issue 17), its own page: every question and the result, matched and clean for axe.
test('the quick check: the accessibility tree matches the widgets, and axe finds nothing serious', { timeout: 300000 }, async () => {
  const { page, context } = await openApp(browser, server, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, hash: '#/quick' });
  for (let q = 1; ; q++) {
    await checkScreen(page, `quick ${q}`);
    assert.deepEqual(serious(await runAxe(page)), [], `quick ${q}: axe`);
    if (!(await page.evaluate(() => window.sxApp.widget('quick.next')))) break;
    await press(page, 'quick.next');
  }
  assert.ok(await page.evaluate(() => window.sxApp.widget('quick.full')), 'the result offers 开始完整自评');
  await context.close();
});

// 审核台 with a batch: every widget matched, nothing serious for axe, and the table a table —
// column headers, a row per file shown (aria-rowcount), the sorted column's aria-sort after a
// real click on a header — with the filters named by their captions.
for (const [size, viewport] of atOneSize([['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]], 'desktop')) {
  test(`${size}: the desk's table is a table to a screen reader, and axe finds nothing serious`, { timeout: 180000 }, async () => {
    const { page, context } = await openApp(browser, server, { viewport, hasTouch: size === 'phone', isMobile: size === 'phone' });
    const files = deskBatch();
    await openDeskWith(page, files);
    await checkScreen(page, `${size} desk`);
    assert.deepEqual(serious(await runAxe(page)), [], `${size} desk: axe`);
    // The search box is named by the words inside it, not by the summary line above it.
    const search = await page.evaluate(() => window.sxApp.widget('desk.search'));
    assert.equal(search && search.accessibleName, '查找企业名称、信用代码或文件名');
    assert.equal(await page.getByRole('textbox', { name: '查找企业名称、信用代码或文件名', exact: true }).count(), 1);

    const table = () => page.evaluate(() => {
      const t = document.querySelector('#a11y [role="table"]');
      if (!t) return null;
      const headers = Array.from(t.querySelectorAll('[role="columnheader"]'));
      return {
        name: t.getAttribute('aria-label'),
        rowcount: Number(t.getAttribute('aria-rowcount')),
        colcount: Number(t.getAttribute('aria-colcount')),
        rows: t.querySelectorAll('[role="row"]').length,
        headers: headers.map((h) => h.textContent),
        sorted: headers.filter((h) => h.hasAttribute('aria-sort')).map((h) => `${h.textContent} ${h.getAttribute('aria-sort')}`),
        firstRowCells: Array.from(t.querySelectorAll('[role="row"][aria-rowindex="2"] [role="cell"]')).map((c) => c.textContent),
      };
    });
    const shown = await table();
    assert.ok(shown, 'no table in the mirror');
    assert.equal(shown.name, '申报文件一览');
    assert.equal(shown.rowcount, files.length + 1, 'a row per file and the header row');
    assert.ok(shown.rows >= 2, `rows drawn: ${shown.rows}`);
    for (const title of ['文件', '企业名称', '总分', '审核标记']) assert.ok(shown.headers.includes(title), `header ${title} in ${shown.headers.join(' ')}`);
    assert.deepEqual(shown.sorted, ['文件 ascending']);
    assert.ok(shown.firstRowCells.some((c) => /^企业\d+\.json$/.test(c)), `the first row's cells: ${shown.firstRowCells.join(' | ')}`);

    // Chromium reads it as a table: a table node, rows, column headers and cells.
    const roles = new Set((await axTree(page)).map((n) => n.role));
    for (const role of ['table', 'row', 'columnheader', 'cell']) assert.ok(roles.has(role), `no ${role} in Chromium's tree`);

    // A real click on 总分's header: that column is the sorted one now.
    const header = await reveal(page, 'desk.sort.总分');
    await page.mouse.move(header.x + 12, header.y + header.h / 2);
    await settle(page, 80);
    await press(page, 'desk.sort.总分');
    await settle(page);
    assert.deepEqual((await table()).sorted, ['总分 ascending']);

    // The filters are named by their captions.
    const combos = await page.evaluate(() => Array.from(document.querySelectorAll('#a11y [role="combobox"]')).map((c) => c.getAttribute('aria-label')));
    for (const name of ['所在区、县（市）', '申报类别', '审核标记']) assert.ok(combos.includes(name), `combo ${name} in ${combos.join(' ')}`);
    await context.close();
  });
}
