// Crisp at any devicePixelRatio: the backing store is CSS size × DPR and glyphs are rasterised
// at that size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openApp, screenshot, dist, distFile } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser.close(); await server.close(); });

// The ImGui font size whose em is 16 CSS px (ux.md): ImGui sizes a font by its line, hhea ascent −
// descent, as app/ui/font_metrics.cpp reads them from the font the page loads.
function lineFor16PxEm() {
  const font = fs.readFileSync(path.join(dist, distFile('fonts/ui.ttf')));
  const tables = {};
  for (let i = 0; i < font.readUInt16BE(4); i++) {
    const record = 12 + 16 * i;
    tables[font.toString('latin1', record, record + 4)] = font.readUInt32BE(record + 8);
  }
  const unitsPerEm = font.readUInt16BE(tables.head + 18);
  const line = font.readInt16BE(tables.hhea + 4) - font.readInt16BE(tables.hhea + 6);
  return 16 * line / unitsPerEm;
}

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
    const pixels = await page.evaluate(() => window.sxApp.fontPixels());
    assert.ok(Math.abs(pixels - lineFor16PxEm() * dpr) < 0.01, `font rasterised at ${pixels} px, not a 16 px em × ${dpr}`);
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
  // The canvas follows the resize on the next frame: wait for it, not for a fixed time.
  await page.waitForFunction(() => document.getElementById('canvas').width === 900, null, { timeout: 5000 })
    .catch(() => {});
  const width = await page.evaluate(() => document.getElementById('canvas').width);
  assert.equal(width, 900);
  await context.close();
});
