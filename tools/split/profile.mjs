// Writes tools/split/deferred.txt: the functions the app never ran until a start screen had settled,
// recorded by the instrumented module the link leaves in build/web/split/ (tools/dist/split_wasm.py)
// in headless Chromium, at a desktop's and a phone's sizes, for a first visit and for 快速自测, the
// page an article links to. A returning user's page loads both modules before its first frame
// (web/loader.js): their saved work needs the evaluation, which a first visit never runs, and
// their browser has the files from the last visit. Run by scripts/split-profile.sh after a web build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, launch, dist, root, settle } from '../../tests/browser/harness.mjs';

const split = path.join(root, 'build/web/split');
const list = path.join(root, 'tools/split/deferred.txt');
const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
// A first visit only: nothing saved (see above).
const works = [null];
const FEATURES = ['--enable-exception-handling', '--enable-bulk-memory', '--enable-sign-ext', '--enable-mutable-globals'];

// A copy of dist/ whose app.wasm is the instrumented whole module (no deferred part).
const site = fs.mkdtempSync(path.join(os.tmpdir(), 'sx-split-'));
fs.cpSync(dist, site, { recursive: true });
const wasm = path.join(site, manifest.files['app.wasm'].file);
fs.copyFileSync(path.join(split, 'app.instrumented.wasm'), wasm);
for (const twin of ['.br', '.gz']) fs.rmSync(wasm + twin, { force: true });
if (manifest.files['app.deferred.wasm']) fs.rmSync(path.join(site, manifest.files['app.deferred.wasm'].file));

const sizes = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  { name: 'desktop-dpr2', viewport: { width: 1440, height: 900 }, deviceScaleFactor: 2 },
  { name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  { name: 'small-phone', viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
];
// What a first visit opens; any other address loads both modules before its first frame (web/loader.js).
const pages = ['', '#/quick'];

async function profileOf(page) {
  const bytes = await page.evaluate(() => {
    const size = 1 << 20;
    const ptr = Module._malloc(size);
    const written = Module.asm.__write_profile(ptr, size);
    return Array.from(Module.HEAPU8.subarray(ptr, ptr + written));
  });
  return Buffer.from(bytes);
}

async function firstFrameSettled(page) {
  await page.waitForFunction(() => window.sxBridge && window.sxBridge.shown, null, { timeout: 60000 });
  await page.waitForFunction(() => window.sxApp.fontLoaded(0), null, { timeout: 60000 });
  await settle(page);
}

const server = await serve('/app/', site);
const browser = await launch();
const profiles = [];
try {
  for (const size of sizes) {
    for (const [w, saved] of works.entries()) {
      for (const hash of pages) {
        const { name, ...options } = size;
        const context = await browser.newContext(options);
        const page = await context.newPage();
        if (saved) {
          await page.goto(server.url + '?sw=off');
          await firstFrameSettled(page);
          await page.evaluate((doc) => window.sxApp.load(doc), saved);
          await page.waitForFunction(() => !window.sxApp.savePending(), null, { timeout: 10000 });
        }
        await page.goto(server.url + '?sw=off' + hash);
        if (saved) await page.reload();
        await firstFrameSettled(page);
        const file = path.join(site, `profile-${profiles.length}.data`);
        if (process.env.SX_SPLIT_PROFILES) fs.writeFileSync(path.join(process.env.SX_SPLIT_PROFILES, `${name}-work${w}${hash.replace(/[^a-z]/g, "-") || "-start"}.data`), await profileOf(page));
        fs.writeFileSync(file, await profileOf(page));
        profiles.push(file);
        console.log(`profiled ${name}${saved ? ` with saved work ${w}` : ''} ${hash || '#/'}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

// One profile of them all, then the names of the functions it leaves out, as wasm-split says
// them. The list names what goes, not what stays: a function added since (or renamed) stays in
// app.wasm until the next recording, slightly larger but never a fetch at the start.
const merged = path.join(site, 'merged.data');
execFileSync('wasm-split', ['--merge-profiles', ...profiles, '-o', merged]);
const whole = path.join(split, 'app.whole.wasm');
const said = execFileSync('wasm-split', ['--split', whole, `--profile=${merged}`, '--verbose',
  '-o1', path.join(site, 'primary.wasm'), '-o2', path.join(site, 'secondary.wasm'), ...FEATURES],
  { encoding: 'utf8', maxBuffer: 64 << 20 });
const line = (prefix) => {
  const found = said.split('\n').find((l) => l.startsWith(prefix));
  if (!found) throw new Error(`wasm-split did not say "${prefix}"`);
  return new Set(found.slice(prefix.length).split(', ').filter(Boolean));
};
const kept = line('Keeping functions: ');
// The browser's event callbacks stay whatever the recording saw: a resize or a tap can come
// before the rest has joined (a phone's first frame under load got a resize), and a callback
// only queues what the next frame takes.
const callback = /::on_\w+\\28int\\2c\\20(Emscripten\w*Event|void)\\20const\*/;
const going = [...line('Splitting out functions: ')].filter((name) => !kept.has(name) && !callback.test(name)).sort();
const header = fs.readFileSync(list, 'utf8').split('\n').filter((l) => l.startsWith('#'));
fs.writeFileSync(list, [...header, ...going].join('\n') + '\n');
console.log(`${list}: ${going.length} functions deferred, ${kept.size} kept for the first frame`);
fs.rmSync(site, { recursive: true, force: true });
