// A returning user's start screen, opening a file over nothing, notices that stay with their
// screen, and 项目概况: a paragraph typed through the IME wraps in its box and loses the Enter
// typed after it once the field is left.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, settle, widget, press, screenshot, goTo, typeInto, atOneSize } from './harness.mjs';

const KEY = 'sx-retrofit.assessment.v1';
const saved = { format: 'sx-retrofit-assessment', version: 1, standard: 'shaoxing-2019', type: 'discrete',
  enterprise: { name: '绍兴市柯桥区织造有限公司' } };
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
const paragraph = '本项目对印染车间的前处理、染色和定形工序进行智能化改造，新增自动配料系统、在线检测装置和' +
  '车间制造执行系统，实现订单、工艺、设备和质量数据的实时采集与追溯。改造后生产效率提高百分之二十以上，' +
  '产品不良品率下降百分之三十，单位产品综合能耗下降百分之十五。';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const state = (page) => page.evaluate(() => window.sxApp.state());
const drawn = (page, label) => page.evaluate((l) => window.sxApp.widget(l), label);

// Wheels the screen (down: dy > 0) until a widget clipped out of the frame is drawn, then reveals it.
async function wheelTo(page, label, dy) {
  const { width, height } = page.viewportSize();
  for (let i = 0; i < 40 && !(await drawn(page, label)); i++) {
    await page.mouse.move(width * 0.6, height / 2);
    await page.mouse.wheel(0, dy);
    await settle(page, 60);
  }
  await press(page, label);
  return widget(page, label);
}

for (const [size, options] of atOneSize([['desktop', {}], ['phone', phone]], 'phone')) {
  test(`${size}: 项目概况 wraps a long Chinese paragraph, shows all of it, and loses the trailing Enter when left`, async () => {
    const { page, context, errors } = await openApp(browser, server, options);
    await goTo(page, 'enterprise');
    const empty = await wheelTo(page, '项目概况', 300);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'ime', 'the IME textarea has focus');
    // The first sentence composed from pinyin, the rest committed as a phone keyboard does.
    const cdp = await context.newCDPSession(page);
    const first = paragraph.slice(0, 10);
    await cdp.send('Input.imeSetComposition', { text: 'benxiangmu', selectionStart: 10, selectionEnd: 10 });
    await cdp.send('Input.insertText', { text: first });
    await settle(page, 80);
    for (let at = 10; at < paragraph.length; at += 20) {
      await page.keyboard.insertText(paragraph.slice(at, at + 20));
      await settle(page, 40);
    }
    // A wrong character deleted again, then Enter at the end.
    await page.keyboard.insertText('错');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    await settle(page);
    assert.equal((await state(page)).project?.summary, `${paragraph}\n`, 'typing keeps the line break');

    const field = await widget(page, '项目概况');
    // Each ideograph is 1 em (16 CSS px at 100 % text) wide and a line at least 1 em tall.
    const em = 16;
    const rows = Math.ceil((paragraph.length * em) / (field.w - 20));
    assert.ok(field.h > empty.h, `the box grew (${empty.h} → ${field.h})`);
    assert.ok(field.h >= rows * em, `${rows} rows of text need ${rows * em} px; the box is ${field.h}`);
    assert.ok(field.x + field.w <= page.viewportSize().width, 'the box fits the width');
    await screenshot(page, `summary-typing-${size}.png`);

    // Leave the field with Tab, as a keyboard user does.
    await page.keyboard.press('Tab');
    await settle(page);
    assert.equal((await state(page)).project.summary, paragraph, 'no trailing line break once left');
    await screenshot(page, `summary-left-${size}.png`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a notice raised on 基础数据 does not follow the user to 导出', async () => {
  const { page, context } = await openApp(browser, server);
  await goTo(page, 'figures');
  await typeInto(page, '改造前低端岗位用工人数', '10');
  await typeInto(page, '改造后低端岗位用工人数', '8');
  // The notice is at the top of the screen.
  const { width, height } = page.viewportSize();
  for (let i = 0; i < 10; i++) {
    await page.mouse.move(width * 0.6, height / 2);
    await page.mouse.wheel(0, -2000);
    await settle(page, 60);
  }
  const dismiss = await widget(page, '知道了');
  assert.ok(dismiss.visible);
  const notice = await page.evaluate(() => document.getElementById('a11y').textContent);
  assert.match(notice, /低端用工下降率 按填报数据计算为 20%/);
  await screenshot(page, 'notice-figures.png');
  await goTo(page, 'export');
  assert.equal(await drawn(page, '知道了'), null, 'the 基础数据 notice is still shown on 导出');
  await context.close();
});

for (const [size, options] of atOneSize([['desktop', {}], ['phone', phone]], 'phone')) {
  test(`${size}: with saved work the start screen offers 继续“<企业名>”的自评 and 开始新的自评`, async () => {
    const { page, context } = await openApp(browser, server, {
      ...options, init: `localStorage.setItem(${JSON.stringify(KEY)}, ${JSON.stringify(JSON.stringify(saved))})` });
    const resume = await widget(page, '继续上次的自评');
    assert.equal(resume.label, `继续“${saved.enterprise.name}”的自评`);
    await widget(page, '开始新的自评');
    assert.equal(await drawn(page, '开始自评'), null, '开始自评 would open the same company');
    await screenshot(page, `start-saved-${size}.png`);

    await press(page, '开始新的自评', { tap: !!options.hasTouch });
    await press(page, '确定新建', { tap: !!options.hasTouch });
    assert.equal((await state(page)).enterprise, undefined, '开始新的自评 gives a blank document');
    await widget(page, '开始自评');
    assert.equal(await drawn(page, '开始新的自评'), null);
    await screenshot(page, `start-blank-${size}.png`);
    // 新建 can be undone from the toolbar.
    await press(page, '撤销', { tap: !!options.hasTouch });
    assert.equal((await state(page)).enterprise?.name, saved.enterprise.name);
    await context.close();
  });
}

test('opening a file over a blank document opens it without a question, and says it was opened', async () => {
  const { page, context } = await openApp(browser, server);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), press(page, '打开自评文件')]);
  await chooser.setFiles({ name: '织造.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(saved)) });
  await settle(page);
  assert.equal(await drawn(page, '替换'), null, 'asked to replace a blank document');
  assert.equal((await state(page)).enterprise?.name, saved.enterprise.name);
  // The newcomer's walk: only the task list's statuses changed, nothing said the file was read.
  await page.waitForFunction(() => window.sxApp.mirrorSynced());
  const told = await page.evaluate(() => document.getElementById('a11y').textContent);
  assert.ok(told.includes(`已打开“织造.json”（${saved.enterprise.name}）`), told.slice(0, 400));
  await screenshot(page, 'start-opened-file.png');
  await context.close();
});
