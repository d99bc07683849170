/**
 * The popup review page (as 10ten's tests/popups.html): the hover popup (a word with its glossary
 * card, an inflected word, the kanji view, a name), the in-page glossary panel and the toolbar
 * popup, rendered from fixtures (tests/review/*.fixture.ts) in light and dark, to look at while
 * changing them.
 *
 *     npm run review
 *
 * Builds .output/review/index.html (opens from the file system) and prints its path; then, in
 * Debian's headless Chromium, screenshots the whole page to tests/artifacts/review.png and each
 * view to tests/artifacts/review/<view>-<theme>.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, '.output/review');
const ARTIFACTS = join(ROOT, 'tests/artifacts');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

await build({ configFile: join(ROOT, 'tests/review/vite.config.ts') });
const index = join(OUT, 'index.html');
console.log(`review page: ${index}`);

mkdirSync(join(ARTIFACTS, 'review'), { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--allow-file-access-from-files'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(pathToFileURL(index).href);
  const frames = page.locator('iframe');
  await frames.first().waitFor();
  const count = await frames.count();
  // Every frame has rendered its view (the toolbar popup after its fake storage answers).
  for (let i = 0; i < count; i++) {
    await page.frameLocator(`iframe >> nth=${i}`).locator('html[data-review-ready]').waitFor({ timeout: 30_000 });
  }
  // The toolbar popup renders again once the page's terms come back.
  for (let i = 0; i < count; i++) {
    if ((await frames.nth(i).getAttribute('src'))?.includes('view=toolbar'))
      await page
        .frameLocator(`iframe >> nth=${i}`)
        .locator('[aria-label="Glossary terms on this page"] li')
        .first()
        .waitFor({ timeout: 30_000 });
  }
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(ARTIFACTS, 'review.png'), fullPage: true });
  for (let i = 0; i < count; i++) {
    const frame = frames.nth(i);
    const src = (await frame.getAttribute('src')) ?? '';
    const q = new URLSearchParams(src.split('?')[1]);
    const name = `${q.get('view')}${q.get('fixture') ? `-${q.get('fixture')}` : ''}-${q.get('theme')}`;
    await frame.screenshot({ path: join(ARTIFACTS, 'review', `${name}.png`) });
  }
  console.log(`screenshots: ${join(ARTIFACTS, 'review.png')} and ${count} views in ${join(ARTIFACTS, 'review')}/`);
} finally {
  await browser.close();
}
