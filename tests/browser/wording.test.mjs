// 第十三、十四条 are conditions met when a fact is false. The form asks them in the condition's
// terms (answers 未被撤销 / 仅申报本类别, first), and the draft application says what is true in
// words: a reviewer never reads “三年内未被撤销称号 | 否”.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, openApp, settle, widget, reveal, press, goTo, screenshot, atOneSize } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const conditions = [
  { title: '三年内未被撤销称号', fact: 'revoked_within_3_years', meets: '未被撤销', fails: '曾被撤销',
    question: '三年内是否被撤销过绍兴市传统产业智能化改造项目称号？' },
  { title: '本年度只申报一类', fact: 'applied_other_category_this_year', meets: '仅申报本类别', fails: '已申报其他类别',
    question: /^本年度是否只申报这一类？/ },
];

// A full smart-factory assessment with the two facts not yet answered (the setup; the answers
// under test are clicked).
function unanswered() {
  const doc = JSON.parse(fs.readFileSync(new URL('../fixtures/process-full.json', import.meta.url), 'utf8'));
  for (const c of conditions) delete doc.facts[c.fact];
  return doc;
}

async function groupName(page, id) {
  return page.evaluate((k) => {
    const el = document.getElementById(`m-i${k}`);
    const group = el && el.closest('[role=radiogroup]');
    return group ? group.getAttribute('aria-label') : null;
  }, id);
}

for (const size of atOneSize([{ name: 'desktop', viewport: { width: 1280, height: 800 } },
                               { name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true }], 'phone')) {
  test(`${size.name}: the negative conditions are answered in their own words and the draft repeats them`, async () => {
    const { page, context, errors } = await openApp(browser, server, size);
    assert.deepEqual(await page.evaluate((d) => window.sxApp.load(JSON.stringify(d)), unanswered()), []);
    await goTo(page, 'categories');
    for (const c of conditions) {
      const meets = await reveal(page, `${c.title} · ${c.meets}`);
      const fails = await widget(page, `${c.title} · ${c.fails}`);
      const unsure = await widget(page, `${c.title} · 不确定`);
      assert.equal(meets.label, c.meets, 'the radio says what is true, not 是/否');
      assert.equal(fails.label, c.fails);
      assert.ok(meets.y < fails.y || (meets.y === fails.y && meets.x < fails.x), 'the answer that meets the condition comes first');
      assert.ok(fails.y < unsure.y || (fails.y === unsure.y && fails.x < unsure.x), '不确定 last');
      assert.equal(unsure.checked, true, 'not answered yet');
      assert.match(meets.accessibleName, new RegExp(c.meets));
      await settle(page);
      const group = await groupName(page, meets.id);
      if (typeof c.question === 'string') assert.equal(group, c.question, 'the radio group is named by the question');
      else assert.match(group || '', c.question);
      if (c === conditions[0]) await screenshot(page, `wording-categories-${size.name}.png`);
      await press(page, `${c.title} · ${c.meets}`, { tap: !!size.hasTouch });
      assert.equal(page.isClosed(), false);
      assert.equal((await widget(page, `${c.title} · ${c.meets}`)).checked, true);
    }
    const state = await page.evaluate(() => window.sxApp.state());
    for (const c of conditions) assert.equal(state.facts[c.fact], false, `${c.fact} is false in the document`);
    const e = await page.evaluate(() => window.sxApp.evaluation());
    const words = await page.evaluate(() => window.sxApp.widgets().map((w) => w.label).join('\n'));
    assert.ok(!words.includes('选“否”'), 'no hint to choose 否');
    assert.equal(e.categories.factory.eligible, true, 'both conditions met, the factory is eligible');

    await goTo(page, 'export');
    const [popup] = await Promise.all([page.waitForEvent('popup'), (async () => {
      const w = await reveal(page, '打印 / 另存 PDF');
      if (size.hasTouch) await page.touchscreen.tap(w.x + w.w / 2, w.y + w.h / 2);
      else await page.mouse.click(w.x + w.w / 2, w.y + w.h / 2);
    })()]);
    await popup.waitForLoadState();
    const rows = await popup.$$eval('tr', (trs) => trs.map((tr) => Array.from(tr.cells).map((td) => td.textContent.trim())));
    for (const c of conditions) {
      const row = rows.find((r) => r[0] === c.title);
      assert.ok(row, `the draft lists ${c.title}`);
      assert.deepEqual(row.slice(2), [c.meets, '✓'], `${c.title} reads ${c.meets}`);
    }
    const header = rows.findIndex((r) => r.join('|') === '认定条件|依据|企业情况|结论');
    assert.ok(header >= 0);
    for (const r of rows.slice(header + 1).filter((r) => r.length === 4)) {
      assert.ok(!['是', '否'].includes(r[2]), `${r[0]} reads a bare ${r[2]}`);
    }
    // Only the modes the enterprise rated have tables; the rest are named in one line.
    const body = await popup.textContent('body');
    assert.equal((body.match(/以下模式未自评：/g) || []).length, 1, body.slice(body.indexOf('五、'), body.indexOf('六、')));
    assert.ok(!body.includes('尚不具备'));
    assert.deepEqual(errors, []);
    await context.close();
  });
}
