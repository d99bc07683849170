/**
 * The extension's own pages as a reader finds them, the same test in Debian's Chromium and
 * Firefox ESR (formerly a hand-run Marionette script): the options page's type sizes and its
 * "change it" for the browser's shortcut settings, the glossary page's controls on one line,
 * and the toolbar popup's search field showing its whole placeholder. Each browser runs the
 * build made for it (`npm run build`, `npm run build:firefox`).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchTestBrowser, type BrowserName, type TestBrowser, type TestPage } from './support/test-browser';

const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** Waits until the page has rendered something matching `selector`. */
async function rendered(page: TestPage, selector: string): Promise<void> {
  await expect.poll(() => page.evaluate((s) => document.querySelector(s) !== null, selector), { timeout: 20_000 }).toBe(true);
}

describe.each(BROWSERS)('in %s', (name) => {
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await launchTestBrowser(name);
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the options page: headings larger than the text, descriptions readable, "change it" takes the browser’s own way', async () => {
    const options = await browser.openExtensionPage('options.html');
    await rendered(options, 'section > h2');
    const sizes = await options.evaluate(() => {
      const px = (el: Element | null) => (el ? parseFloat(getComputedStyle(el).fontSize) : 0);
      return {
        heading: px(document.querySelector('section > h2')),
        body: px(document.body),
        description: px(document.querySelector('.yomu-switch-description')),
      };
    });
    expect(sizes.heading).toBeGreaterThan(sizes.body);
    expect(sizes.description).toBeGreaterThanOrEqual(12);
    // The button takes the browser's own way (Firefox: commands.openShortcutSettings, which needs
    // no about:addons tab; Chromium: a tab on chrome://extensions/shortcuts), not the written instructions.
    const way = await options.evaluate(() => {
      const api = (globalThis as { browser?: { commands?: { openShortcutSettings?: unknown } } }).browser;
      return {
        button: [...document.querySelectorAll('button')].some((b) => b.textContent === 'change it'),
        api: typeof api?.commands?.openShortcutSettings,
        instructions: document.querySelector('.yomu-shortcut-help')?.textContent ?? null,
      };
    });
    expect(way.button).toBe(true);
    expect(way.instructions).toBeNull();
    if (name === 'firefox') expect(way.api).toBe('function');
    await options.screenshot(`extension-pages-${name}-options`);
    await options.close();
  });

  test('the glossary page: its search field, category filter and button stand on one line', async () => {
    const glossary = await browser.openExtensionPage('glossary.html');
    await rendered(glossary, '.yomu-glossary-controls select');
    const rows = await glossary.evaluate(() =>
      ['input', 'select', 'button'].map((tag) => {
        const r = document.querySelector(`.yomu-glossary-controls ${tag}`)!.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      }),
    );
    for (const row of rows.slice(1)) {
      expect(Math.abs(row.top - rows[0]!.top)).toBeLessThanOrEqual(1);
      expect(Math.abs(row.bottom - rows[0]!.bottom)).toBeLessThanOrEqual(1);
    }
    await glossary.screenshot(`extension-pages-${name}-glossary`);
    await glossary.close();
  });

  test('the toolbar popup: at its own width the search field shows its whole placeholder', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await rendered(popup, 'input[type=search]');
    const fit = await popup.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
      document.body.style.width = '22rem';
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = style.font;
      return {
        text: context.measureText(input.placeholder).width,
        box: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
        placeholder: input.placeholder,
      };
    });
    expect(fit.placeholder).not.toBe('');
    expect(fit.text).toBeLessThanOrEqual(fit.box);
    await popup.screenshot(`extension-pages-${name}-popup`);
    await popup.close();
  });
});
