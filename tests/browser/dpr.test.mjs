// Crisp at any devicePixelRatio: the backing store is CSS size × DPR and glyphs are rasterised
// at that size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { serve, launch, openApp, screenshot } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

function pngSize(file) {
  const b = fs.readFileSync(file);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

for (const dpr of [1, 1.25, 1.5, 2, 3]) {
  test(`devicePixelRatio ${dpr}`, async () => {
    const { page, context } = await openApp(browser, server, { deviceScaleFactor: dpr });
    const canvas = await page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { width: c.width, height: c.height, css: c.getBoundingClientRect().width };
    });
    assert.equal(canvas.width, Math.round(1280 * dpr));
    assert.equal(canvas.height, Math.round(800 * dpr));
    assert.equal(await page.evaluate(() => window.sxApp.fontPixels()), 16 * dpr);
    if (dpr === 2) {
      const file = await screenshot(page, 'desktop-dpr2.png');
      assert.deepEqual(pngSize(file), { width: 2560, height: 1600 });
    }
    await context.close();
  });
}

test('zoom (a resize with a new ratio) rebuilds at the new size', async () => {
  const { page, context } = await openApp(browser, server, { deviceScaleFactor: 1 });
  await page.setViewportSize({ width: 900, height: 700 });
  await page.waitForTimeout(300);
  const width = await page.evaluate(() => document.getElementById('canvas').width);
  assert.equal(width, 900);
  await context.close();
});
