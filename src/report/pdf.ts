// The report printed to PDF by headless Chromium (Debian's, found as the browser tests find
// it). Node only: imported by the CLI and the exercise host, never by the app, which prints
// through the browser it runs in.
import { existsSync } from 'node:fs';
import { translate } from '../i18n/index.ts';

/** Where Chromium is looked for: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
}

/** Headless Chromium's flags on these machines: the PDF printer and the browser tests share them. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** No Chromium to print with: `path` is where it was looked for; each front end says what to do. */
export class ChromiumMissing extends Error {
  constructor(readonly path: string) {
    super(translate('en', 'cli.pdf.no-chromium', { path }));
  }
}

/** Headless Chromium through playwright-core, flags as for the browser tests. */
export async function printPdfWithChromium(html: string): Promise<Uint8Array> {
  const path = chromiumPath();
  if (!existsSync(path)) throw new ChromiumMissing(path);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: path,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
