// 快速自测 (issue 17): answered with real taps on a phone, its answers are the full assessment's
// after 开始完整自评; a fresh page at #/quick opens it; saved work is shown and kept, not
// overwritten. Every question and the result are screenshots at 390×844 and 1280×800.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, settle, widget, press, screenshot } from './harness.mjs';

const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const state = (page) => page.evaluate(() => window.sxApp.state());
const heading = (page) => page.evaluate(() => document.querySelector('#a11y h1').textContent);
const hash = (page) => page.evaluate(() => decodeURIComponent(location.hash));
const mirror = (page) => page.evaluate(() => document.getElementById('a11y').textContent);

// 2019's quick check (core/standards/shaoxing-2019/quick_check.json) and one enterprise's answers:
// a workshop short of the factory's bars.
const answers = [
  { tap: '快速自测 · 规模以上企业' },
  { tap: '快速自测 · 已建成投产' },
  { tap: '快速自测 · 机器人' },
  { type: '快速自测 · 关键装备数控化率', text: '68' },
  { type: '快速自测 · 机器联网率', text: '55' },
  { tap: '快速自测 · 已实现' },
  { type: '快速自测 · 智能装备占比', text: '50' },
  { tap: '快速自测 · 未互联互通' },
  { type: '快速自测 · 研发设计及管理工具普及率', text: '40' },
];

async function answerAll(page, tap, shot) {
  for (const [i, answer] of answers.entries()) {
    assert.match(await mirror(page), new RegExp(`第 ${i + 1} 题，共 ${answers.length} 题`));
    await screenshot(page, `${shot}-q${i + 1}.png`);
    if (answer.tap) {
      await press(page, answer.tap, { tap });
    } else {
      await press(page, answer.type, { tap });
      for (const ch of answer.text) {
        await page.keyboard.type(ch);
        await settle(page, 40);
      }
    }
    await press(page, 'quick.next', { tap });
  }
  await settle(page);
  await screenshot(page, `${shot}-result.png`);
}

test('phone: the quick check answered by taps carries every answer into the full assessment', async () => {
  const { page, context, errors } = await openApp(browser, server, phone);
  await press(page, 'start.quick', { tap: true });
  assert.equal(await hash(page), '#/quick');
  await answerAll(page, true, 'quick-phone');
  assert.equal(await heading(page), '可以考虑申报：智能制造示范车间');
  const text = await mirror(page);
  assert.match(text, /离更高一类“智能工厂”还差/);
  assert.match(text, /智能装备占比不低于70%（你的回答：50%）/);
  assert.match(text, /MES与ERP信息互联互通（你的回答：未互联互通）/);
  assert.match(text, /最终以专家评审/);
  await press(page, 'quick.full', { tap: true });
  assert.equal(await heading(page), '企业与项目');
  assert.equal(await hash(page), '#/enterprise');
  const doc = await state(page);
  assert.deepEqual(doc.facts, {
    above_designated_size: true, project_in_production: true, key_equipment_kinds: ['robot'],
    mes_core: true, mes_erp_integration: false,
  });
  assert.deepEqual(doc.metrics, { cnc_rate: 68, network_rate: 55, smart_equipment_rate: 50, rd_tools_rate: 40 });
  // The full assessment's own screens show them: 企业与项目 asks 投产 and has the answer chosen.
  assert.equal((await widget(page, '已建成投产')).checked, true, '企业与项目 does not show the answer given');
  assert.deepEqual(errors, []);
  await context.close();
});

test('desktop: a fresh page at #/quick opens the quick check; back from the full assessment returns to it', async () => {
  const { page, context, errors } = await openApp(browser, server, { hash: '#/quick' });
  assert.equal(await heading(page), '企业是规模以上工业企业吗？');
  await answerAll(page, false, 'quick-desktop');
  assert.equal(await heading(page), '可以考虑申报：智能制造示范车间');
  await press(page, 'quick.back');
  assert.match(await mirror(page), /第 9 题，共 9 题/);
  await press(page, 'quick.next');
  await press(page, 'quick.full');
  assert.equal(await hash(page), '#/enterprise');
  await page.goBack();
  await settle(page);
  assert.equal(await hash(page), '#/quick');
  assert.equal(await heading(page), '企业是规模以上工业企业吗？', "the browser's back opens the quick check again");
  assert.equal((await widget(page, '快速自测 · 规模以上企业')).checked, true, 'with the answers given');
  assert.equal((await state(page)).metrics.cnc_rate, 68, 'the answers stay in the assessment');
  assert.deepEqual(errors, []);
  await context.close();
});

test('saved work is shown in the quick check and kept, not overwritten', async () => {
  const saved = JSON.stringify({ format: 'sx-retrofit-assessment', version: 1, standard: 'shaoxing-2019', type: 'discrete',
                                 enterprise: { name: '绍兴市示例纺织有限公司' }, facts: { above_designated_size: false } });
  const init = `localStorage.getItem('sx-retrofit.assessment.v1') || localStorage.setItem('sx-retrofit.assessment.v1', ${JSON.stringify(saved)})`;
  const { page, context, errors } = await openApp(browser, server, { ...phone, hash: '#/quick', init });
  assert.match(await mirror(page), /本浏览器中保存着“绍兴市示例纺织有限公司”的自评/);
  const no = await widget(page, '快速自测 · 非规模以上企业');
  assert.equal(no.checked, true, 'the saved answer is shown');
  await screenshot(page, 'quick-phone-saved-work.png');
  await press(page, '快速自测 · 规模以上企业', { tap: true });
  const doc = await state(page);
  assert.equal(doc.facts.above_designated_size, true);
  assert.equal(doc.enterprise.name, '绍兴市示例纺织有限公司', 'the rest of the saved work is kept');
  assert.deepEqual(errors, []);
  await context.close();
});
