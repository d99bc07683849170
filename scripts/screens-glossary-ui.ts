/**
 * Screenshots of every glossary surface (toolbar popup, options page, glossary page, in-page
 * panel) at 100 % and 200 % zoom, light and dark, for looking at the design by eye.
 *
 *   npm run build && tsx scripts/screens-glossary-ui.ts before|after
 *
 * Writes tests/artifacts/glossary-ui/<label>/<surface>-<zoom>-<scheme>.png (git-ignored).
 * 200 % zoom is emulated as the browser does it: half the CSS viewport, two device pixels per
 * CSS pixel. The toolbar popup is drawn as popup.html?tabId=N in a tab 22rem (its own width) wide.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const ARTIFACTS_DIR = join(ROOT, 'tests/artifacts');

/** The reference article on 127.0.0.1, so the extension sees a normal http page. */
async function serveArticle(): Promise<{ url: string; close(): Promise<void> }> {
  const html = readFileSync(join(ROOT, 'tests/fixtures/article.html'));
  const server = createServer((_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/article.html`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const label = process.argv[2] ?? 'after';
const out = join(ARTIFACTS_DIR, 'glossary-ui', label);
mkdirSync(out, { recursive: true });

/** Window size in device pixels at 100 %; 200 % halves it in CSS pixels. */
const WINDOW = { width: 1200, height: 900 };
/** Chrome's popup is at most 600 device pixels high. */
const POPUP = { width: 352, height: 600 };

async function launch(zoom: number): Promise<{ context: BrowserContext; id: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'yomu-screens-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    deviceScaleFactor: zoom,
    viewport: { width: WINDOW.width / zoom, height: WINDOW.height / zoom },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  return { context, id: new URL(worker.url()).host, dir };
}

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, `${name}.png`), fullPage });
  console.log(join(out, `${name}.png`));
}

async function main(): Promise<void> {
  const server = await serveArticle();
  for (const zoom of [1, 2]) {
    const { context, id, dir } = await launch(zoom);
    const ext = (path: string) => `chrome-extension://${id}/${path}`;
    try {
      const article = await context.newPage();
      await article.goto(server.url);
      await article.waitForFunction(() => (CSS.highlights.get('yomu-glossary')?.size ?? 0) > 20, undefined, { timeout: 60_000 });
      await article.bringToFront();
      const worker = context.serviceWorkers()[0]!;
      const [tabId] = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, currentWindow: true })).map((t) => t.id!));
      for (const scheme of ['light', 'dark'] as const) {
        const suffix = `${zoom * 100}-${scheme}`;
        await article.emulateMedia({ colorScheme: scheme });
        await article.keyboard.press('Alt+KeyG');
        await article.waitForFunction(
          () => (document.querySelector('[data-yomu="glossary-panel"]')?.shadowRoot?.querySelectorAll('li').length ?? 0) > 10,
          undefined,
          { timeout: 30_000 },
        );
        await shot(article, `panel-${suffix}`);
        await article.keyboard.press('Escape');

        const popup = await context.newPage();
        await popup.emulateMedia({ colorScheme: scheme });
        await popup.setViewportSize({ width: POPUP.width, height: POPUP.height / zoom });
        await popup.goto(ext(`popup.html?tabId=${tabId}`));
        await popup.waitForSelector('li[data-term]', { timeout: 30_000 });
        await shot(popup, `popup-${suffix}`);
        const search = popup.getByRole('searchbox', { name: 'Search the glossary' });
        await search.fill('sanction');
        await popup.waitForSelector('li[data-term]');
        await shot(popup, `popup-${suffix}-search-sanction`);
        await search.fill('ミサイル');
        await popup.waitForSelector('li[data-term]');
        await shot(popup, `popup-${suffix}-search-missile`);
        await popup.close();

        const options = await context.newPage();
        await options.emulateMedia({ colorScheme: scheme });
        await options.goto(ext('options.html'));
        await options.getByRole('switch', { name: 'Show furigana' }).waitFor();
        await shot(options, `options-${suffix}`);
        await options.getByRole('region', { name: 'Hover popup' }).scrollIntoViewIfNeeded();
        await shot(options, `options-${suffix}-hover`);
        await options.getByRole('region', { name: 'Keyboard shortcuts' }).scrollIntoViewIfNeeded();
        await shot(options, `options-${suffix}-keys`);
        await options.close();

        const glossary = await context.newPage();
        await glossary.emulateMedia({ colorScheme: scheme });
        await glossary.goto(ext('glossary.html'));
        await glossary.waitForSelector('article.yomu-entry');
        await shot(glossary, `glossary-${suffix}`);
        await glossary.getByRole('searchbox', { name: 'Search the glossary' }).fill('sanction');
        await glossary.waitForSelector('article.yomu-entry');
        await shot(glossary, `glossary-${suffix}-search-sanction`);
        await glossary.close();
      }
      await article.close();
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
