// 审核台 (issue 16) in the page, with real clicks: opened from 开始, a batch handed over through the
// file chooser and by a drop, every file a row (a broken, an oversized and a duplicate one with
// their reasons), sorted by a header click, a row opened and a decision taken, the CSV and the
// .xlsx downloaded — and nothing sent anywhere, and the user's own assessment untouched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, launch, openApp, settle, press, reveal, screenshot, root, typeInto, goTo } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const fixture = (name) => fs.readFileSync(path.join(root, 'tests/fixtures', name));

// Several enterprises: the fixtures under other codes and districts, a second file of one code
// (第十三条), a code outside Shaoxing, a broken file, an oversized one and a byte-for-byte copy.
function batch() {
  const base = JSON.parse(fixture('discrete-full.json'));
  const files = [];
  const add = (name, doc) => files.push({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc, null, 2)) });
  add('discrete-full.json', base);
  add('process-full.json', JSON.parse(fixture('process-full.json')));
  add('discrete-partial.json', JSON.parse(fixture('discrete-partial.json')));
  add('same-code-again.json', { ...base, enterprise: { ...base.enterprise, name: '同一企业另一份' } });
  files.push({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "sx-retrofit-assessment",') });
  files.push({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(2 * 1024 * 1024, 32) });
  files.push({ name: 'copy-of-process.json', mimeType: 'application/json', buffer: files[1].buffer });
  return files;
}

// A header is clicked as a mouse user clicks it: hovered first (ImGui's table headers take a
// press only on the widget hovered the frame before).
async function clickHeader(page, name) {
  const w = await reveal(page, name);
  await page.mouse.move(w.x + 12, w.y + w.h / 2);
  await settle(page, 80);
  await press(page, name);
}

const rows = (page) => page.evaluate(() => window.sxApp.widgets().filter((w) => /^desk\.row\.\d+$/.test(w.name || '')));

test('the desk reads a batch, sorts, takes a decision and exports, nothing uploaded', async () => {
  const { page, context, offOrigin } = await openApp(browser, server);
  const before = await page.evaluate(() => window.sxApp.state());
  await press(page, '打开审核台');
  const files = batch();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), press(page, 'desk.open')]);
  assert.equal(chooser.isMultiple(), true, 'the picker takes many files');
  await chooser.setFiles(files);
  await page.waitForFunction((n) => window.sxApp.widgets().filter((w) => /^desk\.row\.\d+$/.test(w.name || '')).length === n,
                             files.length, { timeout: 60000 });
  await settle(page);
  await screenshot(page, 'desk-desktop.png');
  const listed = (await rows(page)).map((w) => w.label);
  assert.deepEqual(listed.sort(), files.map((f) => f.name).sort(), 'every file has a row');

  // Sort by 总分 with a click on its header, twice: descending puts the highest first.
  await clickHeader(page, 'desk.sort.总分');
  await clickHeader(page, 'desk.sort.总分');
  const sorted = await rows(page);
  const first = sorted.reduce((a, b) => (a.y < b.y ? a : b));
  assert.match(first.label, /full/, `highest total first after two clicks, got ${first.label}`);

  // A row opened: its flags explained; 推荐 recorded.
  await press(page, 'desk.row.4');  // broken.json
  const details = await page.evaluate(() => document.getElementById('a11y').textContent);
  assert.match(details, /无法作为自评文件读取/);
  // The details came into view below the table (the page moved); a click on another row then
  // lands on it, not where the page was before it moved.
  await press(page, 'desk.row.3');  // same-code-again.json
  assert.equal((await page.evaluate(() => window.sxApp.desk())).selected, 3, 'the second row clicked is the one open');
  await press(page, 'desk.decision.recommend');
  await screenshot(page, 'desk-row-open.png');
  // The row's assessment, read-only, and back to the desk where it was.
  await press(page, 'desk.view');
  await press(page, 'desk.view.score');
  await screenshot(page, 'desk-viewing-score.png');
  assert.match(await page.evaluate(() => document.getElementById('a11y').textContent), /只读/);
  await press(page, 'desk.view.back');
  assert.ok(await page.evaluate(() => window.sxApp.widget('desk.decision.recommend')), 'back on the desk, the row still open');

  // The revoked list of 第十四条, pasted with real keys: the process enterprise's code is on it.
  const processCode = JSON.parse(fixture('process-full.json')).enterprise.credit_code;
  await press(page, 'desk.revoked');
  await typeInto(page, 'desk.revoked.paste', `${processCode} 2025`);
  await press(page, 'desk.revoked.use');
  assert.match(await page.evaluate(() => document.getElementById('a11y').textContent), /已导入 1 个代码/);

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), press(page, 'desk.csv')]);
  const csv = fs.readFileSync(await csvDownload.path(), 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r\n/);
  assert.equal(lines.length, files.length + 1, 'a header and a row per file');
  assert.match(lines[0], /^file,enterprise,credit_code,type,total,complete,.*,recommended,error,category,flags,decision,comment$/);
  const line = (name) => lines.find((l) => l.startsWith(name + ','));
  assert.match(line('same-code-again.json'), /duplicate/);
  assert.match(line('same-code-again.json'), /,recommend,/);
  assert.match(line('broken.json'), /JSON/);
  assert.match(line('process-full.json'), /revoked/, 'the pasted list flags its code');
  assert.match(line('huge.json'), /1 MiB|1 MB|大于/);

  const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), press(page, 'desk.xlsx')]);
  assert.match(xlsxDownload.suggestedFilename(), /^申报汇总表-\d{8}\.xlsx$/);
  const xlsx = fs.readFileSync(await xlsxDownload.path());
  assert.equal(xlsx.subarray(0, 2).toString(), 'PK', 'a zip package');
  // LibreOffice Calc reads it back: the enterprises' names and the totals as numbers.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-'));
  fs.writeFileSync(path.join(dir, 'summary.xlsx'), xlsx);
  execFileSync('soffice', ['--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir,
                           path.join(dir, 'summary.xlsx')], { stdio: 'ignore', timeout: 120000 });
  const calc = fs.readFileSync(path.join(dir, 'summary.csv'), 'utf8');
  assert.match(calc, /绍兴市柯桥区示例纺织有限公司/);
  assert.match(calc, /,88,/, 'the total is a number cell');
  await screenshot(page, 'desk-exported.png');

  assert.deepEqual(await page.evaluate(() => window.sxApp.state()), before, 'the user\'s own assessment is untouched');
  assert.deepEqual(offOrigin, [], 'nothing sent off the page\'s origin');
  await context.close();
});

test('a batch dropped on the desk is read; on a phone the desk scrolls and its rows are tap targets', async () => {
  const { page, context } = await openApp(browser, server, {
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  await press(page, '打开审核台', { tap: true });
  // The drop goes to the desk once it is open (before, a drop opens one file as the assessment).
  await page.waitForFunction(() => window.sxApp.widget('desk.open'), null, { timeout: 30000 });
  const files = batch().slice(0, 4);
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name, { type: 'application/json' }));
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files.map((f) => ({ name: f.name, b64: f.buffer.toString('base64') })));
  await page.waitForFunction(() => document.getElementById('a11y').textContent.includes('共 4 份文件'), null, { timeout: 60000 });
  await settle(page);
  await reveal(page, 'desk.row.0');
  for (const w of await rows(page)) assert.ok(w.h >= 44, `${w.label} is ${w.h} px tall`);
  await screenshot(page, 'desk-phone.png');
  await context.close();
});

test('the reviewer\'s work survives a reload, and a review file brings it back after 清空', async () => {
  const { page, context } = await openApp(browser, server);
  await press(page, '打开审核台');
  const files = batch().slice(0, 3);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), press(page, 'desk.open')]);
  await chooser.setFiles(files);
  await page.waitForFunction(() => window.sxApp.widgets().filter((w) => /^desk\.row\.\d+$/.test(w.name || '')).length === 3,
                             null, { timeout: 60000 });
  await press(page, 'desk.row.1');
  await press(page, 'desk.decision.not_recommend');
  // Sorted by 总分, lowest first (a click on its header; file order has the partial sheet last):
  // the table comes back so.
  await clickHeader(page, 'desk.sort.总分');
  const topRow = async () => (await rows(page)).reduce((a, b) => (a.y < b.y ? a : b)).label;
  const top = await topRow();
  assert.equal(top, 'discrete-partial.json', 'the lowest total first');
  // The autosave lands (the event, not a fixed wait): then a reload.
  await page.waitForFunction(() => (localStorage.getItem('sx-retrofit.review.v1') || '').includes('"not_recommend"'),
                             null, { timeout: 10000 });
  await page.reload();
  await page.waitForFunction(() => window.sxApp && window.sxApp.frames() > 0, null, { timeout: 30000 });
  await settle(page);
  // The reload stays on the desk (its address, #/desk).
  assert.equal(new URL(page.url()).hash, '#/desk', 'the reload stays on the desk');
  assert.equal((await rows(page)).length, 3, 'the batch is back after the reload');
  assert.equal(await topRow(), top, 'the table is sorted as it was left');
  const header = await page.evaluate(() => document.querySelector('#a11y [role="columnheader"][aria-sort]')?.textContent);
  assert.equal(header, '总分', 'the header says the sort');
  // The next click on the header sorts the other way, from where the reload left it.
  await clickHeader(page, 'desk.sort.总分');
  assert.match(await topRow(), /full/, 'the next click on the header turns the sort');
  await press(page, 'desk.row.1');
  const chosen = await page.evaluate(() => window.sxApp.widget('desk.decision.not_recommend'));
  assert.equal(chosen.checked, true, 'the decision is back');

  const [saved] = await Promise.all([page.waitForEvent('download'), press(page, 'desk.save')]);
  const reviewFile = fs.readFileSync(await saved.path());
  assert.equal(JSON.parse(reviewFile).format, 'sx-retrofit-review');
  await press(page, 'desk.clear');
  // 清空 asks first: the rows are still there, back up the page above the charts.
  assert.ok(await page.evaluate(() => window.sxApp.widget('desk.clear.confirm')), '清空 asks first');
  await reveal(page, 'desk.row.1');
  assert.equal((await rows(page)).length, 3, '清空 asks first');
  await press(page, 'desk.clear.confirm');
  assert.equal((await rows(page)).length, 0);
  const [picker] = await Promise.all([page.waitForEvent('filechooser'), press(page, 'desk.open_review')]);
  await picker.setFiles({ name: 'review.json', mimeType: 'application/json', buffer: reviewFile });
  await page.waitForFunction(() => window.sxApp.widgets().filter((w) => /^desk\.row\.\d+$/.test(w.name || '')).length === 3,
                             null, { timeout: 60000 });
  await press(page, 'desk.row.1');
  assert.equal((await page.evaluate(() => window.sxApp.widget('desk.decision.not_recommend'))).checked, true);
  await context.close();
});

// 第十条's one-file hand-in (issue 16): the draft the page exports carries the assessment inside;
// dropped on the desk with a real drop (the browser's own drag input, files from disk) beside its
// .json, the two are one submission (第十三条: counted once, no 重复申报), scored as the .json; a
// Word file without the part gets the reason naming what to ask for. The Word 审核情况表 downloads from the same desk.
test('an exported draft dropped on the desk beside its .json: one submission, scored as the .json', async () => {
  const { page, context } = await openApp(browser, server);
  const doc = JSON.parse(fixture('discrete-full.json'));
  await page.evaluate((d) => window.sxApp.load(d), doc);
  await settle(page);
  await goTo(page, 'export');
  const [exported] = await Promise.all([page.waitForEvent('download'), press(page, '导出 Word')]);
  const docx = fs.readFileSync(await exported.path());
  assert.equal(docx.subarray(0, 2).toString(), 'PK');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-docx-'));
  const files = {
    'enterprise.json': fixture('discrete-full.json'),
    'enterprise.docx': docx,
    // The same draft with its custom XML part gone, as a program that drops it would save it.
    'resaved.docx': execFileSync('python3', ['-c', `
import io, sys, zipfile
src = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))
out = io.BytesIO()
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    for i in src.infolist():
        if not i.filename.startswith('customXml/'): z.writestr(i, src.read(i))
sys.stdout.buffer.write(out.getvalue())`], { input: docx }),
  };
  for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), bytes);

  await goTo(page, 'start');
  await press(page, '打开审核台');
  await page.waitForFunction(() => window.sxApp.widget('desk.open'), null, { timeout: 30000 });
  // A real drop: Chromium's drag input with files from disk, over the canvas.
  const cdp = await context.newCDPSession(page);
  const box = await page.evaluate(() => { const r = document.getElementById('canvas').getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; });
  const data = { items: [], files: Object.keys(files).map((n) => path.join(dir, n)), dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop']) await cdp.send('Input.dispatchDragEvent', { type, ...box, data });
  await page.waitForFunction(() => window.sxApp.widgets().filter((w) => /^desk\.row\.\d+$/.test(w.name || '')).length === 3,
                             null, { timeout: 60000 });
  await settle(page);
  await screenshot(page, 'desk-docx-dropped.png');

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), press(page, 'desk.csv')]);
  const lines = fs.readFileSync(await csvDownload.path(), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
  const line = (name) => lines.find((l) => l.startsWith(name + ','));
  assert.ok(line('enterprise.docx'), lines.join('\n'));
  // The draft and its .json are one submission: whichever the drop gave first is scored as the
  // core scores the .json, the other says in Chinese that it is the same application.
  const [scored, again] = /同一份申报/.test(line('enterprise.docx')) ? ['enterprise.json', 'enterprise.docx'] : ['enterprise.docx', 'enterprise.json'];
  assert.match(line(scored), new RegExp(`^${scored.replace('.', '\\.')},绍兴市柯桥区示例纺织有限公司,91330603MA2BK7L37A,discrete,88,true,`));
  assert.doesNotMatch(line(scored), /duplicate/, 'one application is no 重复申报');
  assert.match(line(again), new RegExp(`与 ${scored.replace('.', '\\.')} 是同一份申报.*只计一次`));
  assert.match(line('resaved.docx'), /没有自评数据.*请企业提交本工具导出的 \.json 自评文件或未经改动的导出 Word/);

  const [sheet] = await Promise.all([page.waitForEvent('download'), press(page, 'desk.sheet')]);
  assert.match(sheet.suggestedFilename(), /^审核情况表-\d{8}\.docx$/);
  const sheetXml = execFileSync('python3', ['-c',
    'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode("utf-8"))',
    await sheet.path()]).toString();
  assert.match(sheetXml, /审核情况表/);
  assert.match(sheetXml, /初审意见（第十条）/);
  assert.match(sheetXml, /（盖章）/);
  assert.equal((sheetXml.match(/绍兴市柯桥区示例纺织有限公司/g) || []).length, 1, 'the one application listed once');
  await context.close();
});
