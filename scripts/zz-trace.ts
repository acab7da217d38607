import { chromium } from '@playwright/test';
import { chromiumArgs, requireChromium } from '/work/main/scripts/find-chromium.ts';
import { serveStatic } from '/work/main/scripts/bench-search/static-server.ts';
const server = await serveStatic(process.argv[3] ?? '/work/main/dist', 4399);
const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs() });
const q = process.argv[2] ?? 'Bassetlaw';
for (let i = 0; i < 4; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript({ content: `(() => { const seen = () => document.querySelector('.search-result-link') !== null;
  new MutationObserver((_, o) => { if (seen()) { window.__t ??= performance.now(); o.disconnect(); } }).observe(document, { childList: true, subtree: true }); })()` });
  await page.goto(`http://127.0.0.1:4399/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => (window as any).__t !== undefined);
  const out = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const res = performance.getEntriesByType('resource').map((r: any) => `${r.name.replace(location.origin, '').slice(0, 60).padEnd(60)} start ${r.startTime.toFixed(0).padStart(4)} end ${r.responseEnd.toFixed(0).padStart(4)}`);
    return { marks: performance.getEntriesByType('mark').map((m) => m.name + '@' + m.startTime.toFixed(0)).join(' '), first: (window as any).__t.toFixed(0), nav: { respStart: nav.responseStart.toFixed(0), respEnd: nav.responseEnd.toFixed(0), domInteractive: nav.domInteractive.toFixed(0), dcl: nav.domContentLoadedEventEnd.toFixed(0) }, res };
  });
  if (i > 0) console.log(out.marks, 'first', out.first, '\n  ' + out.res.join('\n  '));
  await context.close();
}
await browser.close(); server.close();
