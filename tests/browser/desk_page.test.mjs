// 审核台 as a page (issue 16): its own address (#/desk) with back and forward; the wide table
// scrolled sideways by shift+wheel, a trackpad's sideways wheel and a phone's swipe, its first
// column staying; the charts at both widths (screenshots in build/test-artifacts/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, settle, press, reveal, screenshot, atOneSize } from './harness.mjs';
import { deskBatch, openDeskWith } from './desk_batch.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const heading = (page) => page.evaluate(() => document.querySelector('#a11y h1')?.textContent);
const hash = (page) => page.evaluate(() => decodeURIComponent(location.hash));

test('#/desk: a fresh page opens the desk; back and forward move between it and 开始; a reload stays', async () => {
  const fresh = await openApp(browser, server, { hash: '#/desk' });
  assert.equal(await heading(fresh.page), '审核台');
  assert.equal(await hash(fresh.page), '#/desk');
  await fresh.context.close();

  const { page, context } = await openApp(browser, server);
  assert.equal(await heading(page), '开始');
  await press(page, '打开审核台');
  assert.equal(await hash(page), '#/desk');
  assert.equal(await heading(page), '审核台');
  await page.goBack();
  await settle(page);
  assert.equal(await heading(page), '开始', 'back leaves the desk for 开始, still in the tool');
  assert.equal(await hash(page), '');
  await page.goForward();
  await settle(page);
  assert.equal(await heading(page), '审核台', 'forward comes back to the desk');
  await page.reload();
  await page.waitForFunction(() => window.sxApp && window.sxApp.frames() > 0, null, { timeout: 30000 });
  await settle(page);
  assert.equal(await heading(page), '审核台', 'a reload stays on the desk');
  // 返回企业自评 is a step the history keeps too.
  await press(page, 'desk.back');
  assert.equal(await heading(page), '开始');
  await page.goBack();
  await settle(page);
  assert.equal(await heading(page), '审核台');
  await context.close();
});

// Wheels the page down until the widget is drawn at all (a table below the fold draws nothing).
async function untilDrawn(page, name) {
  for (let i = 0; i < 30 && !(await page.evaluate((n) => window.sxApp.widget(n), name)); i++) {
    await page.mouse.move(100, 300);
    await page.mouse.wheel(0, 300);
    await settle(page, 80);
  }
}

const headerX = (page, title) => page.evaluate((t) => window.sxApp.widget(`desk.sort.${t}`)?.x, title);

test('desktop: shift+wheel and a sideways wheel scroll the wide table; the file column stays', async () => {
  const { page, context } = await openApp(browser, server, { deviceScaleFactor: 2 });
  await openDeskWith(page, deskBatch());
  const file = await reveal(page, 'desk.sort.文件');
  // Its last column, 评分表填完, starts beyond the window.
  const far = await headerX(page, '评分表填完');
  assert.ok(far > 1280, `the table is wider than the window (评分表填完 at x=${far})`);
  const row = await page.evaluate(() => window.sxApp.widget('desk.row.0'));
  await page.mouse.move(700, row.y + row.h / 2);
  await settle(page, 80);

  await page.keyboard.down('Shift');
  await page.mouse.wheel(0, 300);
  await page.keyboard.up('Shift');
  await settle(page);
  const afterShift = await headerX(page, '评分表填完');
  assert.ok(afterShift < far - 100, `shift+wheel scrolled the table sideways (评分表填完 ${far} → ${afterShift})`);
  assert.equal(await headerX(page, '文件'), file.x, 'the file column stays in place');
  assert.equal((await page.evaluate(() => window.sxApp.widget('desk.row.0'))).y, row.y, 'the page did not scroll down');

  await page.mouse.wheel(400, 0);  // a trackpad's sideways swipe
  await settle(page);
  const afterTrackpad = await headerX(page, '评分表填完');
  assert.ok(afterTrackpad < afterShift - 100, `a sideways wheel scrolled it further (${afterShift} → ${afterTrackpad})`);
  await screenshot(page, 'desk-table-scrolled-desktop.png');
  await context.close();
});

// A browser's scrolling box hands the wheel to the page at its end; ImGui kept it, so a bureau
// scrolling down the page over the table was stuck at its last row (a newcomer's walk).
test('desktop: the wheel scrolls the table, then at its last row the page', async () => {
  const { page, context } = await openApp(browser, server);
  await openDeskWith(page, deskBatch(30));
  const header = await reveal(page, 'desk.sort.文件');
  const row = await page.evaluate(() => window.sxApp.widget('desk.row.0'));
  await page.mouse.move(400, row.y + row.h * 2);
  await settle(page, 80);
  await page.mouse.wheel(0, 120);
  await settle(page);
  assert.equal((await page.evaluate(() => window.sxApp.widget('desk.sort.文件'))).y, header.y,
               'while the table has rows below, the wheel scrolls the table, not the page');
  assert.notEqual(await page.evaluate(() => window.sxApp.widget('desk.row.0')?.visible ?? false), true,
                  'the table scrolled: its first row went out of view');
  // To the table's end, then on: the page goes down (the header moves up) until the table's
  // last row, the unreadable file, comes into view.
  let last = header.y;
  for (let i = 0; i < 40 && !(await page.evaluate(() => window.sxApp.widget('desk.row.30')?.visible)); i++) {
    await page.mouse.wheel(0, 120);
    await settle(page, 60);
  }
  last = (await page.evaluate(() => window.sxApp.widget('desk.sort.文件')))?.y ?? -1e9;
  assert.ok(last < header.y - 20, `at the table's end the wheel scrolled the page (header ${header.y} → ${last})`);
  assert.ok(await page.evaluate(() => window.sxApp.widget('desk.row.30')?.visible), 'the table\'s last row came into view');
  await screenshot(page, 'desk-wheel-end.png');
  await context.close();
});

// A row clicked on a desktop: its details (below the table, below the fold) come into view, and the
// row stays in view above them (brought a third of the way down, the details hid the row).
test('desktop: a row clicked shows its decision and stays in view', async () => {
  const { page, context } = await openApp(browser, server);
  await openDeskWith(page, deskBatch(30));
  const row = await press(page, 'desk.row.0');
  assert.equal((await page.evaluate(() => window.sxApp.desk())).selected, 0);
  const decide = await page.evaluate(() => window.sxApp.widget('desk.decision.recommend'));
  assert.ok(decide && decide.visible && decide.y + decide.h <= 800, `the decision in view (at ${decide && decide.y})`);
  const clicked = await page.evaluate(() => window.sxApp.widget('desk.row.0'));
  assert.ok(clicked && clicked.visible && clicked.y >= 0, `the row clicked still in view (was at ${row.y}, now ${clicked && clicked.y})`);
  await screenshot(page, 'desk-row-clicked-desktop.png');
  await context.close();
});

test('phone: a sideways swipe on the table scrolls it, a downward swipe scrolls the page', async () => {
  const { page, context } = await openApp(browser, server, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  await openDeskWith(page, deskBatch());
  await untilDrawn(page, 'desk.row.1');
  const row = await reveal(page, 'desk.row.1');
  const before = await headerX(page, '总分');
  const cdp = await context.newCDPSession(page);
  const swipe = async (x0, y0, x1, y1) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x0, y: y0 }] });
    for (let i = 1; i <= 8; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x0 + (x1 - x0) * i / 8, y: y0 + (y1 - y0) * i / 8 }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await settle(page);
  };
  await swipe(330, row.y + row.h / 2, 130, row.y + row.h / 2 + 6);
  const after = await headerX(page, '总分');
  assert.ok(after < before - 100, `the swipe scrolled the table sideways (总分 ${before} → ${after})`);
  const rowAfter = await page.evaluate(() => window.sxApp.widget('desk.row.1'));
  assert.ok(Math.abs(rowAfter.y - row.y) < 2, 'a sideways swipe does not scroll the page or the rows');
  assert.equal(await page.evaluate(() => !!window.sxApp.widget('desk.decision.recommend')), false, 'the swipe opened no row');
  await screenshot(page, 'desk-table-swiped-phone.png');
  // A tap on a row: its details come above the table, and the page goes to them.
  const tapped = await page.evaluate(() => window.sxApp.widget('desk.row.1'));
  await page.touchscreen.tap(20, tapped.y + tapped.h / 2);
  await settle(page);
  const heading = await page.evaluate(() => window.sxApp.widgets().find((w) => w.label === '审核结论'));
  assert.ok(heading && heading.y >= 0 && heading.y < 844, `the details' decision in view after the tap (at ${heading && heading.y})`);
  const rowNow = await page.evaluate(() => window.sxApp.widget('desk.row.1'));
  assert.ok(!rowNow || !rowNow.visible || rowNow.y > heading.y, 'the details are above the table');
  await screenshot(page, 'desk-row-tapped-phone.png');
  // Down to the table again and another row: its details, where the first's were, come into view too.
  const another = await reveal(page, 'desk.row.4');
  await page.touchscreen.tap(20, another.y + another.h / 2);
  await settle(page);
  const again = await page.evaluate(() => window.sxApp.widgets().find((w) => w.label === '审核结论'));
  assert.equal(await page.evaluate(() => window.sxApp.desk().selected), 4, 'the second row chosen');
  assert.ok(again && again.y >= 0 && again.y < 844, `the second row's details in view (at ${again && again.y})`);
  await context.close();
});

for (const [size, options] of atOneSize([['desktop', {}], ['phone', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }]], 'desktop')) {
  test(`${size}: the charts show the files per category, per district and the totals' spread`, async () => {
    const { page, context } = await openApp(browser, server, { deviceScaleFactor: 2, ...options });
    await openDeskWith(page, deskBatch());
    await untilDrawn(page, 'desk.charts');
    // Down to the charts: until their heading is in the upper part of the screen, or the page
    // ends (on a desktop they start in its lower half).
    let lastY = null;
    for (let i = 0; i < 40; i++) {
      const w = await page.evaluate(() => window.sxApp.widget('desk.charts'));
      if (w && w.visible && ((w.y > 90 && w.y < 500) || w.y === lastY)) break;
      lastY = w ? w.y : null;
      await page.mouse.move(100, 300);
      await page.mouse.wheel(0, w && w.visible && w.y <= 90 ? -150 : 150);
      await settle(page, 80);
    }
    assert.ok((await page.evaluate(() => window.sxApp.widget('desk.charts'))).visible, 'the charts are on the screen');
    const text = await page.evaluate(() => document.getElementById('a11y').textContent);
    assert.match(text, /各申报类别的文件数/);
    assert.match(text, /智能制造示范车间：\d+ 份/);
    assert.match(text, /柯桥区：3 份/, 'three of the eighteen files are from 柯桥区');
    assert.match(text, /按当前筛选显示的 19 份文件统计（其中 1 份无法读取/);
    assert.match(text, /90–100 分：\d+ 份/);
    // Scrolled so the charts fill the screen.
    const charts = await page.evaluate(() => window.sxApp.widget('desk.charts'));
    await page.mouse.move(100, charts.y + charts.h + 20);  // below the table: the page's wheel
    await page.mouse.wheel(0, charts.y - 90);
    await settle(page);
    await screenshot(page, `desk-charts-${size}.png`);
    await context.close();
  });
}
