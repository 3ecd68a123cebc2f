// A WebGL context lost while the app runs (a GPU reset, a driver update, too many tabs with
// WebGL) is restored, not left a frozen or blank canvas (issue 17): the app prevents the loss's
// default, makes its GL objects and the font texture again when the context comes back, and
// draws the same screen; it still takes clicks and typing afterwards. Lost and restored with
// WEBGL_lose_context, got from the canvas's context (the app enables no extension itself).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, settle, goTo, typeInto, screenshot, atOneSize } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

// The share of pixels that differ between two screenshots of the same size (PNG, decoded in the page).
async function difference(page, a, b) {
  return page.evaluate(async ([x, y]) => {
    const pixels = async (base64) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      context.drawImage(bitmap, 0, 0);
      return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    };
    const [p, q] = [await pixels(x), await pixels(y)];
    let differ = 0;
    for (let i = 0; i < p.length; i += 4) {
      if (Math.abs(p[i] - q[i]) + Math.abs(p[i + 1] - q[i + 1]) + Math.abs(p[i + 2] - q[i + 2]) > 24) differ++;
    }
    return differ / (p.length / 4);
  }, [a.toString('base64'), b.toString('base64')]);
}

for (const [size, options] of atOneSize([['1280x800', {}], ['390x844', { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true }]], '390x844')) {
  test(`${size}: a lost WebGL context is restored and the app draws and takes input again`, { timeout: 90000 }, async () => {
    const { page, context, errors } = await openApp(browser, server, options);
    await goTo(page, 'score');
    const rest = { x: 2, y: 2 };  // where the pointer hovers nothing, before and after
    await page.mouse.move(rest.x, rest.y);
    await settle(page);
    const before = await page.screenshot();

    const lost = await page.evaluate(() => new Promise((resolve) => {
      const canvas = document.getElementById('canvas');
      const extension = canvas.getContext('webgl2').getExtension('WEBGL_lose_context');
      window.sxTestLoseContext = extension;
      canvas.addEventListener('webglcontextlost', (e) => resolve({ prevented: e.defaultPrevented, frames: window.sxApp.frames() }), { once: true });
      extension.loseContext();
    }));
    assert.equal(lost.prevented, true, 'the app asks the browser to restore the context (preventDefault)');
    // Lost: input meanwhile draws nothing and breaks nothing.
    await page.mouse.move(600, 400);
    await page.mouse.wheel(0, 200);
    await page.waitForTimeout(300);
    const whileLost = await page.screenshot();
    await screenshot(page, `context-lost-${size}.png`);
    // The screen is mostly background: a few per cent of its pixels are the app's text and lines.
    const gone = await difference(page, before, whileLost);
    assert.ok(gone > 0.03, `a lost context shows no app, so the test can tell (${(gone * 100).toFixed(2)} % of pixels differ)`);

    await page.evaluate(() => new Promise((resolve) => {
      document.getElementById('canvas').addEventListener('webglcontextrestored', () => resolve(), { once: true });
      window.sxTestLoseContext.restoreContext();
    }));
    await page.waitForFunction((n) => window.sxApp.frames() > n, lost.frames, { timeout: 10000 });
    await settle(page);
    await page.mouse.wheel(0, -200);
    await page.mouse.move(rest.x, rest.y);
    await settle(page);
    const restored = await page.screenshot();
    await screenshot(page, `context-restored-${size}.png`);
    const changed = await difference(page, before, restored);
    assert.ok(changed < 0.002, `the restored canvas shows the screen as before (${(changed * 100).toFixed(2)} % of pixels differ)`);

    // Still an app: a click changes screens, typing reaches the document, and characters never
    // drawn before get glyphs in the new texture.
    await goTo(page, 'enterprise');
    await typeInto(page, '企业名称', '绍兴市上虞区鑫淼纺织有限公司');
    assert.equal((await page.evaluate(() => window.sxApp.state())).enterprise.name, '绍兴市上虞区鑫淼纺织有限公司');
    await screenshot(page, `context-restored-typed-${size}.png`);
    assert.equal(await page.evaluate(() => window.sxApp.fallbackFrames()), 0, 'no character drawn as the fallback glyph');
    assert.equal(await page.evaluate(() => document.getElementById('failure').hidden), true);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
