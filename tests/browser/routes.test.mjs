// Addresses for screens (issue 17): a page opened at #/modes opens on 五种新模式 over the user's
// restored work, the browser's back and forward buttons move between screens, a reload stays where
// it was, and 政策原文 has an address per article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openApp, settle, goTo, press, screenshot, autosaved, root } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

const heading = (page) => page.evaluate(() => document.querySelector('#a11y h1').textContent);
const hash = (page) => page.evaluate(() => decodeURIComponent(location.hash));
const saved = JSON.stringify({ format: 'sx-retrofit-assessment', version: 1, standard: 'shaoxing-2019',
                               type: 'discrete', enterprise: { name: '绍兴市示例纺织有限公司' } });
const withSaved = (doc) => localStorage.getItem('sx-retrofit.assessment.v1') || localStorage.setItem('sx-retrofit.assessment.v1', doc);

test('a page opened at #/modes opens on 五种新模式, over the restored work', async () => {
  const { page, context } = await openApp(browser, server, { hash: '#/modes', init: `(${withSaved})(${JSON.stringify(saved)})` });
  assert.equal(await heading(page), '五种新模式');
  assert.equal((await page.evaluate(() => window.sxApp.state())).enterprise.name, '绍兴市示例纺织有限公司');
  await screenshot(page, 'route-modes.png');
  await context.close();
});

test('back and forward move between screens; a reload stays on the screen', async () => {
  const { page, context } = await openApp(browser, server);
  assert.equal(await hash(page), '', '开始 has no address of its own');
  await goTo(page, 'enterprise');
  await settle(page);
  assert.equal(await hash(page), '#/enterprise');
  await goTo(page, 'score');
  await settle(page);
  assert.equal(await hash(page), '#/score');
  assert.equal(await heading(page), '评分表');

  await page.goBack();
  await settle(page);
  assert.equal(await heading(page), '企业与项目');
  assert.equal(await hash(page), '#/enterprise');
  await page.goBack();
  await settle(page);
  assert.equal(await heading(page), '开始', 'back to 开始, still in the tool');
  assert.ok(page.url().startsWith(server.url));
  await page.goForward();
  await settle(page);
  assert.equal(await heading(page), '企业与项目');

  await page.reload();
  await page.waitForFunction(() => window.sxApp && window.sxApp.frames() > 0, null, { timeout: 30000 });
  await settle(page);
  assert.equal(await heading(page), '企业与项目', 'a reload stays where it was');
  await context.close();
});

test('an article of 政策原文 has its own address', async () => {
  const { page, context } = await openApp(browser, server, { hash: '#/policy/第八条' });
  assert.equal(await heading(page), '政策原文');
  assert.equal(await hash(page), '#/policy/第八条');
  // The passage is in view: its mirror element lies within the window.
  const top = await page.evaluate(() => {
    const el = [...document.querySelectorAll('#a11y *')].find((e) => e.children.length === 0 && e.textContent.startsWith('第八条'));
    return el ? el.getBoundingClientRect().top : null;
  });
  assert.ok(top !== null && top >= 0 && top < 800, `第八条 is on screen (top ${top})`);
  await screenshot(page, 'route-policy-article.png');
  await context.close();
});

// An article link in 差距与建议 opens the article with a way back, as 去填写 does, and the browser's
// Back leaves it in one step (a newcomer's Back went to the top of 政策原文 first, and there was no
// button back).
test('an article opened from 差距与建议: one Back, or its return button, goes back there', async () => {
  const doc = JSON.parse(fs.readFileSync(path.join(root, 'tests/fixtures/discrete-partial.json'), 'utf8'));
  const { page, context } = await openApp(browser, server);
  await page.evaluate((d) => window.sxApp.load(d), doc);
  await settle(page);
  await goTo(page, 'gaps');
  await settle(page);
  for (const way of ['back', 'button']) {
    const link = await page.evaluate(() => window.sxApp.widgets().find((w) => /^art\./.test(w.name || '')));
    assert.ok(link, 'an article link in 差距与建议');
    await press(page, link.name);
    await settle(page);
    assert.equal(await heading(page), '政策原文');
    assert.equal(await hash(page), `#/policy/${link.name.slice(4)}`, 'the article\'s own address, at once');
    const back = await page.evaluate(() => window.sxApp.widgets().find((w) => (w.label || '').startsWith('← 返回')));
    assert.equal(back && back.label, '← 返回差距与建议', 'a way back where the link was');
    if (way === 'back') await page.goBack();
    else await press(page, back.label);
    await settle(page);
    assert.equal(await heading(page), '差距与建议', `${way === 'back' ? 'one Back' : 'the return button'} goes back`);
  }
  await context.close();
});

test('an address that names nothing opens 开始 and is dropped', async () => {
  const { page, context } = await openApp(browser, server, { hash: '#/nowhere' });
  assert.equal(await heading(page), '开始');
  assert.equal(await hash(page), '');
  await context.close();
});

// The newcomer's walk: back on a later visit, 继续 opened the first unfinished step rather than
// the one they had been working on.
test('phone: on a later visit, 继续 opens the step the user was last on', async () => {
  const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
  const { page, context } = await openApp(browser, server, { ...phone, init: `(${withSaved})(${JSON.stringify(saved)})` });
  await press(page, '继续上次的自评', { tap: true });
  assert.equal(await heading(page), '企业与项目', 'with no step kept, the first unfinished one');
  await goTo(page, 'score');
  await settle(page);
  assert.equal(await page.evaluate(() => localStorage.getItem('sx-retrofit.step.v1')), 'score 0');
  // Down the 评分表 with the wheel, a few screens: an answer in the middle of the view is the place.
  await page.mouse.move(195, 500);
  for (let i = 0; i < 3; i++) {
    await page.mouse.wheel(0, 600);
    await settle(page, 80);
  }
  const seen = (await page.evaluate(() => window.sxApp.widgets()))
    .find((w) => w.visible && w.name && w.y > 300 && w.y < 600);
  assert.ok(seen, 'a widget in view down the 评分表');
  await page.waitForFunction(() => /^score [1-9]\d*$/.test(localStorage.getItem('sx-retrofit.step.v1')), null, { timeout: 5000 })
    .catch(async () => assert.fail(`kept: ${await page.evaluate(() => localStorage.getItem('sx-retrofit.step.v1'))}; seen ${seen.name} at ${seen.y}`));
  // Reading the measures is not a step to go back to. Tapped where they are (goTo's reveal would
  // turn the wheel once over the header first, moving the place).
  const menu = await page.evaluate(() => window.sxApp.widget('nav.menu'));
  await page.touchscreen.tap(menu.x + menu.w / 2, menu.y + menu.h / 2);
  await settle(page, 80);
  const policy = await page.evaluate(() => window.sxApp.widget('nav.policy'));
  assert.ok(policy && policy.visible && policy.y + policy.h < 844, '政策原文 in the open menu');
  await page.touchscreen.tap(policy.x + policy.w / 2, policy.y + policy.h / 2);
  await settle(page);
  assert.equal(await heading(page), '政策原文');

  await page.goto(server.url);
  await page.waitForFunction(() => window.sxApp && window.sxApp.frames() > 0, null, { timeout: 30000 });
  await settle(page);
  assert.equal(await heading(page), '开始');
  await press(page, '继续上次的自评', { tap: true });
  await settle(page);
  assert.equal(await heading(page), '评分表');
  assert.equal(await hash(page), '#/score');
  // Where the user was down it, not its top.
  const back = await page.evaluate((n) => window.sxApp.widget(n), seen.name);
  assert.ok(back && back.visible && Math.abs(back.y - seen.y) <= 2, `${seen.name} at ${seen.y} before, ${back && back.y} after 继续`);
  await screenshot(page, 'route-resume-place.png');
  await context.close();
});
