import { launch, serve, openApp, press, settle, screenshot, goTo, widget } from './harness.mjs';
const browser = await launch();
const server = await serve();
const { page } = await openApp(browser, server);
await goTo(page, 'modes');
await page.mouse.move(700, 400);
for (let i = 0; i < 8; i++) { await page.mouse.wheel(0, 600); await settle(page, 60); }
await screenshot(page, 'dbg-modes-scrolled.png');
await press(page, 'nav.export');
await settle(page);
console.log(await page.evaluate(() => window.sxApp.widgets().filter((w) => /导出 Word|申报类别 ·/.test(w.label + w.name)).map((w) => [w.label, Math.round(w.y)])));
await screenshot(page, 'dbg-export.png');
await browser.close(); server.close();
