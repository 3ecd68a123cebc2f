// 审核台 at a district's scale (issue 16): 1,000 typical files through the picker, 10,000 with
// SX_DESK_FILES=10000 (or SX_FULL=1). Every file is a row, the page says how far it has read (its
// live region counts the files), and the CSV has a line per file with no flag the batch does not
// earn. How fast is measured by scripts/perf.sh (tools/perf/desk.mjs), not asserted here.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, openApp, press, settle, FULL } from './harness.mjs';
import { typicalBatch, readBatchTimed } from './desk_batch.mjs';

const COUNT = Number(process.env.SX_DESK_FILES || (FULL ? 10000 : 1000));

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

test(`${COUNT} files: a row each, the progress shown while they are read, a CSV line each`, { timeout: 900000 }, async () => {
  const { page, context, errors, offOrigin } = await openApp(browser, server, { hash: '#/desk' });
  // The progress bar's count, as the page's live region says it to a screen reader.
  await page.evaluate(() => {
    window.sxProgressSeen = [];
    const live = document.getElementById('a11y-live');
    new MutationObserver(() => {
      const m = /正在读取 (\d+) \/ (\d+) 个文件/.exec(live.textContent);
      if (m) window.sxProgressSeen.push(Number(m[1]));
    }).observe(live, { subtree: true, childList: true, characterData: true });
  });
  const files = typicalBatch(COUNT);
  const { ms, longTasks } = await readBatchTimed(page, files);
  console.log(`${COUNT} files in ${(ms / 1000).toFixed(2)} s; ${longTasks.length} tasks over 50 ms` +
              (longTasks.length ? `, the longest ${Math.max(...longTasks).toFixed(0)} ms` : ''));
  await settle(page);
  assert.equal((await page.evaluate(() => window.sxApp.desk())).files, COUNT);
  assert.match(await page.evaluate(() => document.getElementById('a11y').textContent), new RegExp(`共 ${COUNT} 份文件`));
  const seen = await page.evaluate(() => window.sxProgressSeen);
  assert.ok(seen.some((n) => n > 0 && n < COUNT), `the progress was shown part way (${seen.length} updates seen)`);

  const [download] = await Promise.all([page.waitForEvent('download'), press(page, 'desk.csv')]);
  const lines = fs.readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r\n/);
  assert.equal(lines.length, COUNT + 1, 'a header and a line per file');
  const flagged = lines.slice(1).filter((l) => /duplicate|outside_shaoxing|credit_code_invalid|revoked/.test(l));
  assert.deepEqual(flagged.slice(0, 3), [], 'a flag the batch does not earn (each file its own valid Shaoxing code)');
  // Only the partial third of the batch lacks answers its category needs (the full files are complete).
  assert.equal(lines.slice(1).filter((l) => /incomplete/.test(l)).length, Math.floor(COUNT / 3), 'incomplete flags');
  assert.ok(lines.slice(1).every((l) => /^企业\d{5}\.json,绍兴市示例企业\d+有限公司,91330\d{3}MA2/.test(l)),
            'each line names its file, enterprise and code');
  assert.deepEqual(errors, []);
  assert.deepEqual(offOrigin, [], 'nothing sent off the page\'s origin');
  await context.close();
});
