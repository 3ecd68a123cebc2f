// A batch of submissions for the desk's browser tests (desk_page, a11y, keyboard), and the desk
// opened with it through the file chooser as a reviewer does.
import fs from 'node:fs';
import path from 'node:path';
import { press, settle, root } from './harness.mjs';

const fixture = (name) => JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures', name), 'utf8'));

// The districts the batches spread their files over, with the division in their credit codes.
const DIVISIONS = { yuecheng: '330602', keqiao: '330603', shangyu: '330604', zhuji: '330681', shengzhou: '330683', xinchang: '330624' };

// A batch a district might receive: both types, several districts and categories, a broken file.
export function deskBatch(count = 18) {
  const docs = [fixture('discrete-full.json'), fixture('process-full.json'), fixture('discrete-partial.json')];
  const districts = Object.keys(DIVISIONS);
  const files = [];
  for (let i = 0; i < count; i++) {
    const base = docs[i % docs.length];
    const doc = { ...base, enterprise: { ...base.enterprise, name: `绍兴市示例企业${i + 1}有限公司`, district: districts[i % districts.length] } };
    files.push({ name: `企业${String(i + 1).padStart(2, '0')}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  }
  files.push({ name: '损坏的文件.json', mimeType: 'application/json', buffer: Buffer.from('{"format":') });
  return files;
}

// Opens the desk from 开始 and hands it the batch through the file chooser.
export async function openDeskWith(page, files) {
  await press(page, '打开审核台');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), press(page, 'desk.open')]);
  await chooser.setFiles(files);
  // Every file read: the summary counts them all (on a phone the table's rows may be below the fold).
  await page.waitForFunction((n) => document.getElementById('a11y').textContent.includes(`共 ${n} 份文件`), files.length, { timeout: 60000 });
  await settle(page);
}

// GB 32100's check character of a code's first 17 characters.
const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
export function withCheck(first17) {
  const sum = [...first17].reduce((s, ch, i) => s + CODE_ALPHABET.indexOf(ch) * CODE_WEIGHTS[i], 0);
  return first17 + CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

// What a district receives in a year, `count` files of it: both types, every district, each file
// an enterprise of its own under a valid code of its district (the flags then come only from the
// answers, as in a typical batch). The files are the fixtures with their enterprise changed.
export function typicalBatch(count) {
  const docs = [fixture('discrete-full.json'), fixture('process-full.json'), fixture('discrete-partial.json')];
  const districts = Object.keys(DIVISIONS);
  const files = [];
  for (let i = 0; i < count; i++) {
    const base = docs[i % docs.length];
    const district = districts[i % districts.length];
    let serial = '';
    for (let n = i, k = 0; k < 6; k++, n = Math.floor(n / 31)) serial = CODE_ALPHABET[n % 31] + serial;
    // What an enterprise fills in on 企业与项目, so a full file raises no 填报不完整 flag.
    const enterprise = { industry: 'C17 纺织业', ...base.enterprise, name: `绍兴市示例企业${i + 1}有限公司`, district,
                         credit_code: withCheck(`91${DIVISIONS[district]}MA2${serial}`),
                         address: `绍兴市示例路${i + 1}号`, contact: '王工', phone: `0575-8${String(i).padStart(7, '0')}` };
    const project = { name: '智能化改造项目', investment: '2800', location: `绍兴市示例路${i + 1}号`, start: '2018-03', completion: '2019-06',
                      summary: '新增数控织机和车间 MES，关键设备全部联网。', ...base.project };
    files.push({ name: `企业${String(i + 1).padStart(5, '0')}.json`, mimeType: 'application/json',
                 buffer: Buffer.from(JSON.stringify({ ...base, enterprise, project }, null, 2)) });
  }
  return files;
}

// Hands `files` to the open desk through its picker and waits until the table that holds them all
// has been drawn. Returns the page's own times: from the reading's start to the end of that frame,
// and the long tasks (over 50 ms) seen meanwhile.
export async function readBatchTimed(page, files) {
  await page.evaluate(() => {
    const watch = window.sxDeskWatch = { start: null, end: null, longTasks: [] };
    // Tasks begun after the reading began: the one that handed the files to the page (the test's
    // picker makes them there) is not the desk's.
    watch.take = (entries) => {
      for (const e of entries) {
        if (watch.start !== null && e.startTime >= watch.start && (watch.end === null || e.startTime < watch.end)) watch.longTasks.push(e.duration);
      }
    };
    watch.observer = new PerformanceObserver((list) => watch.take(list.getEntries()));
    watch.observer.observe({ type: 'longtask' });
    const reading = Module._sx_desk_reading;
    Module._sx_desk_reading = (n) => { if (watch.start === null) watch.start = performance.now(); return reading(n); };
  });
  const before = await page.evaluate(() => window.sxApp.desk().files);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), press(page, 'desk.open')]);
  await chooser.setFiles(files);
  // Every file come, then the frame after that: it drew them all.
  await page.evaluate((n) => new Promise((resolve) => {
    let frame = null;
    const poll = () => {
      const desk = window.sxApp.desk();
      if (frame === null && desk.files >= n && desk.read >= desk.reading) frame = window.sxApp.frames();
      if (frame !== null && window.sxApp.frames() > frame) {
        window.sxDeskWatch.end = performance.now();
        resolve();
      } else {
        requestAnimationFrame(poll);
      }
    };
    poll();
  }), before + files.length);
  const watch = await page.evaluate(() => {
    const w = window.sxDeskWatch;
    w.take(w.observer.takeRecords());  // those not yet delivered
    w.observer.disconnect();
    return { start: w.start, end: w.end, longTasks: w.longTasks };
  });
  return { ms: watch.end - watch.start, longTasks: watch.longTasks };
}
