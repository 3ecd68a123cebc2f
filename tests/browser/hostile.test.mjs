// Hostile files opened in the app (issue 9): through the file picker behind 打开文件 and by drag
// and drop, each bad file is refused with a Chinese message naming what is wrong, and the user's
// work — the document and its autosave — stays byte for byte as it was. Markup in a name is text
// everywhere: on screen, in the accessibility mirror, in the print page and the Word file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openApp, settle, widget, press, typeInto, goTo, screenshot, root, artifacts } from './harness.mjs';

const KEY = 'sx-retrofit.assessment.v1';
const LIMIT = 1024 * 1024;  // sx::kMaxDocumentBytes
const fixture = JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures/discrete-partial.json'), 'utf8'));
const typedName = '绍兴市越城区手输测试纺织有限公司';
const head = '{"format":"sx-retrofit-assessment","version":1,"standard":"shaoxing-2019","type":"discrete"';

// A valid document padded with spaces to exactly `size` bytes.
function padded(size) {
  const text = JSON.stringify({ ...fixture, enterprise: { name: '填充到上限的企业' } });
  return Buffer.concat([Buffer.from(text), Buffer.alloc(size - Buffer.byteLength(text), ' ')]);
}

// name, file name, bytes, what the message must say (each a part of the visible text).
const cases = [
  ['malformed JSON', 'malformed.json', Buffer.from(head + ',"answers":{"1.1":true,,}}'),
    ['第 1 行第 115 列：不是有效的 JSON：此处不应出现英文逗号“,”；此处应为用英文双引号括起的文字']],
  ['over the 1 MiB limit', 'huge.json', padded(LIMIT + 1),
    ['文件大小为 1,048,577 字节，超过 1 MiB（1,048,576 字节）的大小上限，未读取']],
  ['100000 nested arrays', 'deep.json', Buffer.from(head + ',"note":' + '['.repeat(100000) + ']'.repeat(100000) + '}'),
    ['嵌套超过 64 层']],
  ['invalid UTF-8', 'latin1.json', Buffer.concat([Buffer.from(head + ',\n"enterprise":{"name":"Caf'), Buffer.from([0xe9]), Buffer.from('"}}')]),
    ['第 2 行第 26 列：不是有效的 JSON：文字中有不是 UTF-8 编码的字节（文件须以 UTF-8 保存）']],
  ['a newer format version', 'version-2.json', Buffer.from(JSON.stringify({ ...fixture, version: 2 })),
    ['version：文件的格式版本为 2，是更新版本的自评工具保存的；本工具只能读取版本 0 和 1']],
  ['answers as an array', 'shape.json', Buffer.from(head + ',"answers":["1.1",true]}'),
    ['answers：应为 JSON 对象']],
  ['cnc_rate 150', 'range.json', Buffer.from(head + ',"metrics":{"cnc_rate":150}}'),
    ['metrics.cnc_rate：数值 150 超出范围 [0, 100]']],
  ['a number beyond double (1e400)', 'overflow.json', Buffer.from(head + ',"metrics":{"cnc_rate":1e400}}'),
    ['不是有效的 JSON：数字 1e400 超出可表示的范围']],
  ['a duplicate key', 'duplicate.json', Buffer.from(head + ',"answers":{"1.1":true,"1.1":false}}'),
    ['answers["1.1"]：重复的键 "1.1"（同一对象中只能出现一次）']],
];

let server, browser, shared;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { if (shared) await shared.context.close(); await browser.close(); await server.close(); });

// Counts every read of a File's bytes and every text handed to the core, and every dialog.
function spies() {
  window.__reads = [];
  for (const name of ['arrayBuffer', 'text', 'stream', 'slice']) {
    const original = Blob.prototype[name];
    Blob.prototype[name] = function (...args) {
      window.__reads.push({ how: name, size: this.size });
      return original.apply(this, args);
    };
  }
  for (const name of ['readAsArrayBuffer', 'readAsText', 'readAsBinaryString', 'readAsDataURL']) {
    const original = FileReader.prototype[name];
    FileReader.prototype[name] = function (blob, ...args) {
      window.__reads.push({ how: name, size: blob.size });
      return original.call(this, blob, ...args);
    };
  }
}

async function open(options = {}) {
  const app = await openApp(browser, server, { init: spies, ...options });
  app.dialogs = [];
  app.page.on('dialog', (d) => { app.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  await app.page.evaluate(() => {
    window.__opened = 0;
    const original = Module._sx_file_opened;
    Module._sx_file_opened = function (...args) { window.__opened++; return original.apply(this, args); };
  });
  return app;
}

// The user's work: a fixture, then the enterprise's name typed in, and its autosave.
async function setUpWork(page) {
  assert.deepEqual(await page.evaluate((d) => window.sxApp.load(d), fixture), []);
  await goTo(page, 'enterprise');
  await typeInto(page, '企业名称', typedName);
  await page.waitForFunction(([k, n]) => (localStorage.getItem(k) || '').includes(n), [KEY, typedName], { timeout: 5000 });
  return snapshot(page);
}

// The document exactly as the app holds it, and the autosave exactly as stored.
function snapshot(page) {
  return page.evaluate((k) => ({
    document: Module.UTF8ToString(Module._sx_api_state()),
    saved: localStorage.getItem(k),
  }), KEY);
}

async function pick(page, name, buffer) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), press(page, '打开文件')]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer });
  await settle(page);
}

async function drop(page, name, buffer) {
  await page.evaluate(([n, b64]) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], n, { type: 'application/json' }));
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [name, buffer.toString('base64')]);
  await settle(page);
}

// The visible text of the accessibility mirror once it holds `part` (the mirror follows the
// canvas after a burst of frames).
async function mirrorText(page, part) {
  await page.waitForFunction((p) => document.getElementById('a11y').textContent.includes(p), part, { timeout: 10000 })
    .catch(() => {});
  return page.evaluate(() => document.getElementById('a11y').textContent);
}

// The bad files are opened one after another over the same work, as a user trying file after file
// would: each must leave it as it was, so the next case starts from it (and a page per case was a
// minute and a half of the suite's budget).
async function workPage() {
  if (!shared) {
    shared = await open();
    shared.before = await setUpWork(shared.page);
  }
  return shared;
}

for (const [name, file, bytes, says] of cases) {
  test(`${name}: refused with its reason, the work untouched (picker and drop)`, async () => {
    const { page, dialogs, errors, before } = await workPage();
    for (const [how, put] of [['picker', pick], ['drop', drop]]) {
      await page.evaluate(() => { window.__reads = []; window.__opened = 0; });
      await put(page, file, bytes);
      await widget(page, '关闭');  // the error dialog is up
      const text = await mirrorText(page, says[0]);
      assert.ok(text.includes(`无法打开“${file}”`), `${how}: the message names the file\n${text}`);
      for (const part of says) assert.ok(text.includes(part), `${how}: the message says "${part}"\n${text}`);
      assert.doesNotMatch(text, /not valid JSON|syntax error|is outside|duplicate key|must be|expected/,
                          `${how}: the message is Chinese only`);
      assert.ok(text.includes('当前内容未改动'), `${how}: says the work is untouched`);
      if (how === 'picker' && ['malformed JSON', 'over the 1 MiB limit', 'a newer format version'].includes(name)) {
        await screenshot(page, `hostile-${file.replace('.json', '')}.png`);
      }
      if (bytes.length > LIMIT) {
        const reads = await page.evaluate(() => window.__reads);
        assert.deepEqual(reads.filter((r) => r.size > LIMIT), [], `${how}: not a byte of the large file is read`);
        assert.equal(await page.evaluate(() => window.__opened), 0, `${how}: nothing reaches the core`);
      }
      await press(page, '关闭');
      await page.waitForTimeout(800);  // past the autosave delay: nothing may be written
      assert.deepEqual(await snapshot(page), before, `${how}: document and autosave byte for byte as before`);
    }
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
  });
}

test('a file of exactly 1 MiB is read and goes to the confirmation; 取消 keeps the work', async () => {
  const { page, context } = await open();
  const before = await setUpWork(page);
  await pick(page, 'at-limit.json', padded(LIMIT));
  // Reading a whole MiB can outlast settle()'s quiet spell on a loaded machine (no frame is drawn
  // while the browser reads the file): wait for the question itself.
  await page.waitForFunction(() => window.sxApp.widget('替换'), null, { timeout: 15000 }).catch(() => {});
  await widget(page, '替换');
  assert.equal(await page.evaluate(() => window.__opened), 1);
  await press(page, '取消');
  await page.waitForTimeout(800);
  assert.deepEqual(await snapshot(page), before);
  await context.close();
});

test('markup in names is text: on screen, in the mirror, the print page and the Word file; nothing runs', async () => {
  const { page, context, dialogs, errors } = await open();
  await setUpWork(page);
  const img = '<img src=x onerror=alert(1)>';
  const script = '<script>alert(2)</script>';
  const doc = { ...fixture, enterprise: { ...fixture.enterprise, name: img }, project: { name: script } };
  const fileName = `${img}.json`;
  await drop(page, fileName, Buffer.from(JSON.stringify(doc)));
  const confirm = await mirrorText(page, `打开“${fileName}”将替换当前自评`);
  assert.ok(confirm.includes(`打开“${fileName}”将替换当前自评`), confirm);
  await press(page, '替换');
  const state = await page.evaluate(() => window.sxApp.state());
  assert.equal(state.enterprise.name, img);
  assert.equal(state.project.name, script);
  await goTo(page, 'enterprise');
  const mirror = await page.evaluate(() => {
    const fields = [...document.querySelectorAll('#a11y input')].map((i) => i.value);
    return { fields, elements: document.querySelectorAll('#a11y img, #a11y script, img').length };
  });
  assert.ok(mirror.fields.includes(img) && mirror.fields.includes(script), `the fields hold the text: ${mirror.fields}`);
  assert.equal(mirror.elements, 0, 'no element made from the names');
  await screenshot(page, 'hostile-markup-enterprise.png');

  await goTo(page, 'export');
  const [popup] = await Promise.all([page.waitForEvent('popup'), press(page, '打印 / 另存 PDF')]);
  await popup.waitForLoadState();
  const print = await popup.evaluate(() => ({ text: document.body.textContent, elements: document.querySelectorAll('img, script, iframe, object').length }));
  assert.ok(print.text.includes(img) && print.text.includes(script), 'the print page shows the names as text');
  assert.equal(print.elements, 0);
  await popup.close();

  const [download] = await Promise.all([page.waitForEvent('download'), press(page, '导出 Word')]);
  const docx = path.join(artifacts, 'hostile-markup.docx');
  await download.saveAs(docx);
  const xml = execFileSync('/usr/bin/python3', ['-c',
    'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode("utf-8"))', docx]).toString();
  assert.ok(xml.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the Word file holds the name as escaped text');
  assert.ok(!xml.includes('<img') && !xml.includes('<script'));
  await page.waitForTimeout(300);
  assert.deepEqual(dialogs, [], 'no dialog or alert fired');
  assert.deepEqual(errors, []);
  await context.close();
});
