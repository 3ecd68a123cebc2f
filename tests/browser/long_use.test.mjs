// Long use (issue 9): scripted use by real mouse and key events for SX_LONG_SECONDS (30 by
// default; 600 for the ten-minute run): every screen, typing (Chinese through an IME composition,
// multi-digit numbers, deletions), conditions, items, modes, the what-if copy, every export, the
// dialogs, 离散型 ↔ 流程型, undo and redo. Every ~10 s a sample of the wasm memory, the JS heap after
// a full GC and the DOM node count; frame CPU all along. Leaks and slow frames fail the test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, openApp, settle, goTo, press as pressWidget, widgetsNamed, screenshot } from './harness.mjs';

const SECONDS = Number(process.env.SX_LONG_SECONDS || 30);
// Every 10 s in a long run; in the short one every 20 s (the leak check compares the first and last
// samples after the warm-up, and each sample costs two full GCs).
const SAMPLE_MS = SECONDS > 60 ? 10000 : 20000;
const MAX_FRAME_MS = 50;

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

// The last actions, for the message when a step fails.
const history = [];
let actions = 0, typed = 0;  // clicks and fields typed into, for the summary
function press(page, label) {
  history.push(label);
  actions++;
  if (history.length > 20) history.shift();
  return pressWidget(page, label);
}

const pick = (list, n, count) => Array.from({ length: Math.min(count, list.length) }, (_, i) => list[(n * count + i) % list.length]);
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * p))] : 0; };
const mb = (n) => (n / 1048576).toFixed(2);

// Radios and check boxes of the content, grouped by their question (the name before the last " · ").
async function questions(page, role) {
  const groups = new Map();
  for (const w of await page.evaluate(() => window.sxApp.widgets())) {
    if (w.role !== role || !w.name || !w.name.includes(' · ') || !w.enabled) continue;
    if (/^(toolbar|nav|文字大小|申报类别)/.test(w.name)) continue;
    const key = w.name.slice(0, w.name.lastIndexOf(' · '));
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(w);
  }
  return [...groups.values()];
}

// A field by its name, clicked; what it holds selected and deleted, `text` typed key by key (or
// composed through the IME when it is Chinese), `extra` typed and taken back with Backspace.
async function typeField(page, cdp, name, text, { extra = '', pinyin = 'pinyin' } = {}) {
  await press(page, name);
  typed++;
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (/^[\x20-\x7e]*$/.test(text)) {
    for (const ch of text + extra) await page.keyboard.type(ch, { delay: 15 });
    for (let i = 0; i < extra.length; i++) await page.keyboard.press('Backspace');
  } else {
    // Two words, each composed from its pinyin and committed, as an input method does.
    const half = Math.ceil(text.length / 2);
    for (const part of [text.slice(0, half), text.slice(half)]) {
      await cdp.send('Input.imeSetComposition', { text: pinyin, selectionStart: pinyin.length, selectionEnd: pinyin.length });
      await cdp.send('Input.imeSetComposition', { text: part, selectionStart: part.length, selectionEnd: part.length });
      await cdp.send('Input.insertText', { text: part });
      await settle(page, 40);
    }
    if (extra) {
      await page.keyboard.insertText(extra);
      for (let i = 0; i < [...extra].length; i++) await page.keyboard.press('Backspace');
    }
  }
  await page.keyboard.press('Enter');
  await settle(page, 80);
}

async function download(page, label) {
  const [file] = await Promise.all([page.waitForEvent('download'), press(page, label)]);
  const bytes = fs.readFileSync(await file.path());
  const name = file.suggestedFilename();
  await file.delete();
  return { name, bytes };
}

const names = [['绍兴市柯桥区鑫淼纺织科技有限公司', 'shaoxing'], ['绍兴市上虞区示范化工股份有限公司', 'shangyu'],
               ['嵊州市领带有限公司', 'shengzhou'], ['新昌县轴承制造有限公司', 'xinchang']];
const people = ['王建国', '李秀英', '张伟', '陈静'];
const industries = ['C17 纺织业', 'C26 化学原料和化学制品制造业', 'C34 通用设备制造业', 'C38 电气机械和器材制造业'];
const figureFields = ['关键生产装备总数', '其中数控装备数', '生产设备总数', '其中联网设备数', '主要生产装备总数',
  '其中智能装备数', '应用研发设计及管理工具的岗位/环节总数', '其中已应用数', '控制回路总数', '其中自控投用回路数',
  '主营业务收入', '研究与试验发展经费支出', '改造前人均产出或单位时间产量', '改造后人均产出或单位时间产量',
  '改造前不良品率', '改造后不良品率', '改造前低端岗位用工人数', '改造后低端岗位用工人数', '企业亩均产值', '上一年度行业亩均产值平均值'];

// One round of use, as steps; `n` is the round, so each round answers other questions differently.
function steps(page, cdp, count, saved) {
  const visit = async (id) => {
    await goTo(page, id);
    const entry = await page.evaluate((n) => window.sxApp.widget(n), `nav.${id}`);
    assert.ok(entry && entry.checked, `the navigation did not go to ${id}`);
    count.screens++;
  };
  return [
    ['enterprise', async (n) => {
      await visit('enterprise');
      const [name, pinyin] = names[n % names.length];
      await typeField(page, cdp, '企业名称', name, { pinyin, extra: '公司' });
      await typeField(page, cdp, '统一社会信用代码', `913306${String(n).padStart(4, '0')}MA2BK7L37A`, { extra: 'X9' });
      if (n % 2) await typeField(page, cdp, '联系人', people[n % people.length], { pinyin: 'ren' });
      else await typeField(page, cdp, '联系电话', `0575-8${String(1000000 + n * 7919).slice(-7)}`, { extra: '12' });
      await press(page, '所属行业');
      await press(page, `所属行业 · ${industries[n % industries.length]}`);
      await press(page, `项目已建成投产 · ${['已建成投产', '尚未建成投产', '不确定'][n % 3]}`);
    }],
    ['figures', async (n) => {
      await visit('figures');
      for (const field of pick(figureFields, n, 3)) {
        const value = String(100 + ((n * 37 + field.length * 13) % 900));
        await typeField(page, cdp, field, n % 2 ? `${value}.${n % 10}` : value, { extra: '7' });
      }
    }],
    ['categories', async (n) => {
      await visit('categories');
      for (const group of pick(await questions(page, 'radio'), n, 3)) {
        await press(page, group[(n + group.length - 1) % group.length].name);
      }
      for (const group of pick(await questions(page, 'checkbox'), n, 1)) await press(page, group[n % group.length].name);
      const rates = (await page.evaluate(() => window.sxApp.widgets())).filter((w) => w.role === 'textbox' && w.name.includes(' · '));
      for (const field of pick(rates, n, n % 2)) await typeField(page, cdp, field.name, String(40 + (n * 7) % 60), { extra: '5' });
      const texts = (await widgetsNamed(page, '原文与证明材料'));
      const disclosure = texts[n % texts.length];
      await press(page, disclosure.name);
      await press(page, disclosure.name);
    }],
    ['score', async (n) => {
      await visit('score');
      for (const group of pick(await questions(page, 'radio'), n, 3)) await press(page, group[n % group.length].name);
      for (const group of pick(await questions(page, 'checkbox'), n, 2)) {
        await press(page, group[n % group.length].name);
        await press(page, group[(n + 1) % group.length].name);
      }
      const fields = (await page.evaluate(() => window.sxApp.widgets())).filter((w) => w.role === 'textbox' && w.name.includes(' · '));
      for (const field of pick(fields, n, 1 - n % 2)) await typeField(page, cdp, field.name, String(10 + (n * 11) % 90), { extra: '3' });
    }],
    ['modes', async (n) => {
      await visit('modes');
      const { type } = await page.evaluate(() => window.sxApp.state());
      const own = (await questions(page, 'radio')).filter((g) => g[0].name.includes('要素'));
      for (const group of pick(own, n, 3)) await press(page, group[n % group.length].name);
      const other = type === 'discrete' ? 'mode.network' : 'mode.remote';
      await press(page, other);
      const opened = (await questions(page, 'radio')).filter((g) => !own.some((o) => o[0].name === g[0].name));
      for (const group of pick(opened, n, 2)) await press(page, group[(n + 1) % group.length].name);
      await press(page, other);
    }],
    ['gaps', async (n) => {
      await visit('gaps');
      const go = (await page.evaluate(() => window.sxApp.widgets())).filter((w) => w.role === 'button' && w.name.includes(' · 去'));
      if (go.length) { await press(page, go[n % go.length].name); count.screens++; }
    }],
    ['whatif', async (n) => {
      await visit('whatif');
      await press(page, 'whatif.start');
      const fields = (await widgetsNamed(page, '假如 · ')).filter((w) => w.role === 'textbox');
      for (const field of pick(fields, n, 2)) await typeField(page, cdp, field.name, String(30 + (n * 13) % 70), { extra: '1' });
      for (const group of pick(await questions(page, 'radio'), n, 2)) await press(page, group[(n + 1) % group.length].name);
      // Back to the top first: under load the harness's reveal() can read a wheel not yet drawn
      // as "this does not scroll" and click the half-hidden button under the toolbar.
      await page.mouse.move(640, 400);
      for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -1000);
      await settle(page);
      await press(page, n % 2 ? 'whatif.keep' : 'whatif.discard');
      assert.ok(await page.evaluate(() => window.sxApp.widget('whatif.start')), 'the what-if copy is still there');
    }],
    ['policy', async (n) => {
      await visit('policy');
      await typeField(page, cdp, 'policy.query', ['智能工厂', '示范车间', '数控化率', '申报'][n % 4], { pinyin: 'sousuo' });
      const { width } = page.viewportSize();
      await page.mouse.move(width / 2, 500);
      for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 300);
      await typeField(page, cdp, 'policy.query', '');
      for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -300);
      await settle(page, 80);
    }],
    ['export', async (n) => {
      await visit('export');
      const categories = await widgetsNamed(page, '申报类别 · ');
      await press(page, categories[n % categories.length].name);
      await typeField(page, cdp, '项目名称', ['印染车间智能化改造项目', '化工装置自控升级项目'][n % 2], { pinyin: 'xiangmu' });
      const docx = await download(page, '导出 Word');
      assert.equal(docx.bytes.subarray(0, 2).toString(), 'PK', docx.name);
      count.exports++;
      const [popup] = await Promise.all([page.waitForEvent('popup'), press(page, '打印 / 另存 PDF')]);
      await popup.waitForLoadState();
      assert.match(await popup.textContent('body'), /申报书（草稿）/);
      await popup.close();
      count.exports++;
      const json = await download(page, '保存自评文件（JSON）');
      JSON.parse(json.bytes.toString('utf8'));
      saved.json = json.bytes;
      count.exports++;
    }],
    ['dialogs', async (n) => {
      // 新建自评, then 取消 or Escape (every fourth round it is confirmed and the rounds refill it).
      await press(page, '新建自评');
      if (n % 4 === 3) await press(page, '确定新建');
      else if (n % 2) await press(page, '取消');
      else { await page.keyboard.press('Escape'); await settle(page, 80); }
      count.dialogs++;
      // 离散型 ↔ 流程型 with its dialog, confirmed or cancelled.
      await visit('enterprise');
      const { type } = await page.evaluate(() => window.sxApp.state());
      await press(page, type === 'discrete' ? '企业类型 · 流程型' : '企业类型 · 离散型');
      // A new, empty document switches at once: nothing to carry over, nothing to confirm.
      if (await page.evaluate(() => window.sxApp.widget('确定切换'))) {
        await press(page, n % 3 === 2 ? '取消' : '确定切换');
        count.dialogs++;
      }
      // The display settings popover: high contrast on and off.
      await press(page, 'toolbar.display');
      await press(page, '高对比度');
      await press(page, '高对比度');
      await press(page, 'toolbar.display');
      // 打开文件 with the JSON saved above, through the file picker, and 替换 (asked only over work:
      // a blank document, just after 确定新建, is replaced at once).
      if (saved.json) {
        const blank = await page.evaluate(() => Object.keys(window.sxApp.state())
          .every((k) => ['format', 'version', 'standard', 'type'].includes(k)));
        const [chooser] = await Promise.all([page.waitForEvent('filechooser'), press(page, '打开文件')]);
        await chooser.setFiles({ name: `自评-${n}.json`, mimeType: 'application/json', buffer: saved.json });
        if (blank) {
          await settle(page);
        } else {
          await page.waitForFunction(() => window.sxApp.widget('替换'), null, { timeout: 10000 });
          await press(page, '替换');
          count.dialogs++;
        }
      }
      // 保存文件 on the toolbar.
      await download(page, '保存文件');
      count.exports++;
    }],
    ['undo', async () => {
      for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Z');
      await settle(page, 80);
      for (let i = 0; i < 2; i++) await page.keyboard.press('Control+Shift+Z');
      await settle(page, 80);
      await press(page, '撤销');
      await press(page, '重做');
      count.undo += 7;
    }],
  ];
}

// Frame CPU is the main thread's own CPU time (trace events' thread duration, tdur) in each
// callback that runs the app: animation frames, input events (the app draws some frames inside
// them so that downloads and the print page count as user gestures), timers and idle callbacks.
// The app's own figure (sxApp.frameCosts) is wall time inside the frame: on two shared cores a
// 2 ms frame preempted by another process reads 47 ms there, so it is reported, not asserted.
const CALLBACKS = new Set(['FireAnimationFrame', 'EventDispatch', 'TimerFire', 'FireIdleCallback']);
function frameCpu(cdp) {
  let events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const e of value) if ((e.ph === 'X' && CALLBACKS.has(e.name)) || e.name === 'TimeStamp') events.push(e);
  });
  return {
    start: () => cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' }),
    // Ends the trace; returns the app's callbacks, each attributed to the step marked before it.
    async end(frameId) {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      const all = events.sort((a, b) => a.ts - b.ts);
      events = [];
      const marks = all.filter((e) => e.name === 'TimeStamp' && e.args?.data?.frame === frameId);
      if (!marks.length) return [];
      const { pid, tid } = marks[0];
      let step = marks[0].args.data.message;
      const out = [];
      for (const e of all) {
        if (e.pid !== pid || e.tid !== tid) continue;
        if (e.name === 'TimeStamp') { step = e.args.data.message; continue; }
        const frame = e.args?.data?.frame;
        if (frame && frame !== frameId) continue;  // the print page's own callbacks
        if (e.tdur === undefined) continue;
        out.push({ ms: e.tdur / 1000, wall: e.dur / 1000, kind: e.name === 'EventDispatch' ? e.args.data.type : e.name, step });
      }
      return out;
    },
  };
}

test(`long use: ${SECONDS} s of scripted use leaks nothing and keeps frames under ${MAX_FRAME_MS} ms of CPU once warm (one spike allowed)`, { timeout: (SECONDS * 3 + 600) * 1000 }, async () => {
  const { page, context, errors } = await openApp(browser, server);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const frameId = frameTree.frame.id;
  await page.waitForFunction(() => window.sxApp.glyphCount() > 700, null, { timeout: 20000 });  // GB2312 joined
  const count = { rounds: 0, steps: 0, screens: 0, exports: 0, dialogs: 0, undo: 0 };
  const saved = {};
  const stepSeconds = {};
  const appFrames = [];  // wall time inside each frame as the app measures it (sxApp.frameCosts' totals, drained)
  const callbacks = [];  // CPU (thread time) of each callback that ran the app, from the trace
  const samples = [];
  const trace = frameCpu(cdp);
  const start = Date.now();
  const elapsed = () => (Date.now() - start) / 1000;
  const mark = (label) => page.evaluate((l) => console.timeStamp(l), label);
  const drain = async () => { appFrames.push(...(await page.evaluate(() => window.sxApp.frameCosts())).map((c) => c.total)); };
  // Samples on the start screen (its mirror the same size every time) after two full GCs, with
  // the trace stopped: what the sample does is not counted as the app's frames.
  const round = steps(page, cdp, count, saved);
  const sample = async (tracing = true) => {
    await mark('sample');
    await goTo(page, 'start');
    await settle(page);
    await drain();
    if (tracing) for (const c of await trace.end(frameId)) callbacks.push({ ...c, round: count.rounds });
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (n) => metrics.find((m) => m.name === n).value;
    const inDocument = await page.evaluate(() => {
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
      let n = 1;
      while (walker.nextNode()) n++;
      return n;
    });
    samples.push({ t: elapsed(), round: count.rounds, wasm: await page.evaluate(() => window.sxApp.heapBytes()),
                   js: metric('JSHeapUsedSize'), nodes: metric('Nodes'), inDocument });
    await trace.start();
  };
  await sample(false);
  let lastSample = Date.now();
  // Whole rounds until the time is up, and at least two, so that every feature has run once
  // before the warm-up ends and again after it.
  while (elapsed() < SECONDS || count.rounds < 2) {
    for (const [name, step] of round) {
      const t0 = Date.now();
      await mark(`${name} ${count.rounds}`);
      try {
        await step(count.rounds);
        const open = await page.evaluate(() => window.sxApp.widgets()
          .filter((w) => ['取消', '确定新建', '确定切换', '替换', '关闭'].includes(w.label)).map((w) => w.label));
        assert.deepEqual(open, [], 'a dialog stayed open');
      } catch (e) {
        await screenshot(page, 'long-use-failure.png');
        e.message = `round ${count.rounds}, step ${name}: ${e.message}\nlast actions: ${history.join(' → ')}`;
        throw e;
      }
      stepSeconds[name] = (stepSeconds[name] || 0) + (Date.now() - t0) / 1000;
      count.steps++;
      await drain();
      if (Date.now() - lastSample >= SAMPLE_MS) { await sample(); lastSample = Date.now(); }
    }
    count.rounds++;
  }
  await sample();
  await trace.end(frameId);
  await context.close();

  // Warm-up: the first quarter of the run and at least the first whole round, because wasm
  // memory grows to a high-water mark the first time each feature runs (the .docx export, the
  // what-if copy, the atlas with the typed characters) and never shrinks.
  const warm = samples.findIndex((s) => s.t >= SECONDS / 4 && s.round >= 1);
  const steady = samples.slice(warm);
  const first = steady[0], last = steady[steady.length - 1];
  const frames = callbacks.filter((c) => c.kind === 'FireAnimationFrame').map((c) => c.ms);
  const cpu = callbacks.map((c) => c.ms);
  const stats = (xs) => `max ${Math.max(...xs).toFixed(1)} p99 ${pct(xs, 0.99).toFixed(1)} p95 ${pct(xs, 0.95).toFixed(1)} median ${pct(xs, 0.5).toFixed(2)} ms`;
  console.log(`long use ${SECONDS} s (${elapsed().toFixed(0)} s in all): ${count.rounds} rounds, ${count.steps} steps, ` +
              `${count.screens} screens, ${count.exports} exports, ${count.dialogs} dialogs, ${count.undo} undo/redo, ${actions} clicks, ${typed} fields typed; ` +
              `warm-up until ${first.t.toFixed(0)} s`);
  console.log(`frame CPU (thread time), ${frames.length} animation frames: ${stats(frames)}; ` +
              `all ${cpu.length} app callbacks: ${stats(cpu)}; app's wall time per frame, ${appFrames.length} frames: ${stats(appFrames)}`);
  console.log('seconds per step: ' + Object.entries(stepSeconds).map(([k, v]) => `${k} ${(v / count.rounds).toFixed(1)}`).join(', '));
  console.log('samples (t s | round | wasm MiB | JS heap MiB after GC | DOM nodes, all live / in the document): ' +
              samples.map((s) => `${s.t.toFixed(0)}|${s.round}|${mb(s.wasm)}|${mb(s.js)}|${s.nodes}/${s.inDocument}`).join('  '));
  console.log('most CPU: ' + [...callbacks].sort((a, b) => b.ms - a.ms).slice(0, 6)
    .map((c) => `${c.ms.toFixed(1)} ms ${c.kind} (wall ${c.wall.toFixed(1)}, ${c.step})`).join(', '));

  assert.deepEqual(errors, []);
  assert.ok(warm >= 0 && steady.length >= 2, `too few samples after the warm-up: ${samples.length}`);
  // Wasm memory only grows, in 64 KiB pages: in steady use it must not grow at all. (It starts
  // with free space, so a C++ leak shows once that is used up: 256 KB leaked per step did at
  // ~5 MB; a hook giving malloc's bytes in use would see less.)
  for (const s of steady) assert.equal(s.wasm, first.wasm, `wasm memory grew from ${first.wasm} to ${s.wasm} bytes at ${s.t.toFixed(0)} s`);
  // JS heap after a full GC, always on the start screen: at most 1 MiB more. Measured once warm:
  // +0.03 MiB over the 60-s run, +0.08 MiB over ten minutes (~3 MiB heap), part of it Chromium's
  // editing undo stack (below; ~0.17 MiB when full). 1 MiB is ten times that; 128 KB leaked per
  // step failed the 60-s run, and ~4 KB per click would fail the ten-minute one.
  assert.ok(last.js - first.js <= 1048576, `JS heap after GC grew from ${mb(first.js)} to ${mb(last.js)} MiB`);
  // DOM nodes. In the document, on the start screen: the mirror holds only the screen shown, so
  // the count changes only with the few start-screen lines that depend on the document (10 %).
  // All live nodes after GC also count those held by Chromium's editing undo stack: each
  // character typed into the IME textarea keeps two nodes there, up to the stack's 1,000 steps
  // (measured: +2 per character to exactly 2,000, then flat); Chromium bounds them, not the app.
  for (const s of steady) {
    assert.ok(s.inDocument <= first.inDocument * 1.1, `DOM nodes in the document ${first.inDocument} → ${s.inDocument} at ${s.t.toFixed(0)} s`);
    assert.ok(s.nodes - s.inDocument <= samples[0].nodes - samples[0].inDocument + 2 * 1000 + 50,
              `${s.nodes - s.inDocument} nodes outside the document at ${s.t.toFixed(0)} s`);
  }
  assert.ok(frames.length >= count.steps, `the trace holds ${frames.length} animation frames (event names changed?)`);
  // Once warm: in the first round each feature runs for the first time (the wasm tiers up, the
  // first .docx is built), which the summary above shows but the budget does not count.
  // A lone spike on a loaded machine (the tests run side by side) is reported above, not failed:
  // the policy search's frame has reached 100 ms once in a second round. Slow frames that recur,
  // or one past twice that, fail.
  const slow = callbacks.filter((c) => c.round >= 1 && c.ms > MAX_FRAME_MS);
  assert.ok(slow.length <= 1 && slow.every((c) => c.ms <= 2 * MAX_FRAME_MS + 10),
            `callbacks over ${MAX_FRAME_MS} ms of CPU after the first round: ${JSON.stringify(slow)}`);
});
