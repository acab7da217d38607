/** The paper's HTML printed to PDF by Debian's Chromium through Playwright: A4, 2 cm margins, "Page N of M" at the foot of every page. */
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, requireChromium } from '../find-chromium.ts';

/** The running footer Chromium prints in the bottom margin; a header template of its own replaces the default (date and title). */
export const FOOTER_TEMPLATE =
  '<div style="width: 100%; font-family: Arial, \'Liberation Sans\', Arimo, sans-serif; font-size: 9pt; text-align: center; color: #000;">' +
  'Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';

/** A headless Chromium for printing (the system's, --no-sandbox when root). */
export function launchPrinter(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), args: chromiumArgs() });
}

/** The width between A4's 2 cm margins in CSS pixels (17 cm at 96 px to the inch). */
const TEXT_WIDTH_PX = Math.floor((17 / 2.54) * 96);

/**
 * The HTML document printed as an A4 PDF. Throws when a line is wider than the page's text: Chromium would shrink
 * every page of the PDF to fit it.
 */
export async function printPdf(browser: Browser, html: string): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: TEXT_WIDTH_PX, height: 1000 } });
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.body.querySelectorAll('*')].find((e) => e.getBoundingClientRect().right > width + 1);
      return wide ? (wide.textContent ?? '').slice(0, 200) : null;
    });
    if (overflow !== null) throw new Error(`Wider than an A4 page between its margins: ${overflow}`);
    return await page.pdf({
      format: 'A4',
      margin: { top: '2cm', right: '2cm', bottom: '2cm', left: '2cm' },
      displayHeaderFooter: true,
      headerTemplate: '<div></div>',
      footerTemplate: FOOTER_TEMPLATE,
      printBackground: false,
    });
  } finally {
    await page.close();
  }
}

/** True when two PDFs differ at most in their creation and modification dates. */
export function samePdfApartFromDates(a: Buffer, b: Buffer): boolean {
  const mask = (pdf: Buffer): string => pdf.toString('latin1').replace(/\/(CreationDate|ModDate) ?\(D:[^)]*\)/g, '/$1 ()');
  return mask(a) === mask(b);
}
