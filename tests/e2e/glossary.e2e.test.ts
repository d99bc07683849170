/**
 * The glossary as a reader meets it, in the built extension on the reference article: the
 * in-page panel (Alt+G), going to a term, the toolbar popup page for the article's tab, the
 * full glossary page, the underlines and their setting.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  closeExtensionSession,
  openExtensionSession,
  saveScreenshot,
  setOptionsSwitch,
  tabIdOf,
  type ExtensionBrowser,
} from './support/extension-browser';
import type { FixtureServer } from './support/fixture-server';
import { hasKanji, isKatakanaCode, toHiragana } from '../../core/text/kana';

let browser: ExtensionBrowser;
let server: FixtureServer;
let options: Page;

const PANEL = '[data-yomu="glossary-panel"]';

/** The terms the issue names, with their English names. */
const EXPECTED: [form: string, en: RegExp][] = [
  ['制裁', /sanction/i],
  ['国連', /United Nations/],
  ['NATO', /North Atlantic Treaty Organi[sz]ation/],
  ['クリミア併合', /Crimea/],
  ['習近平', /Xi Jinping/],
];

interface ListedTerm {
  id: string;
  form: string;
  reading: string;
  en: string;
  count: string;
  group: string;
}

/** The lines of a glossary list under `root` (a document or the panel's shadow root). */
function listedTerms(page: Page, inPanel: boolean): Promise<ListedTerm[]> {
  return page.evaluate((panel) => {
    const root: ParentNode | null | undefined = panel ? document.querySelector('[data-yomu="glossary-panel"]')?.shadowRoot : document;
    if (!root) return [];
    return Array.from(root.querySelectorAll('li[data-term]')).map((li) => ({
      id: li.getAttribute('data-term') ?? '',
      form: li.querySelector('.yomu-term-form')?.textContent ?? '',
      reading: li.querySelector('.yomu-term-reading')?.textContent ?? '',
      en: li.querySelector('.yomu-term-en')?.textContent ?? '',
      count: li.querySelector('.yomu-term-count')?.textContent ?? '',
      group: li.closest('section')?.getAttribute('data-group') ?? '',
    }));
  }, inPanel);
}

function expectTheIssueTerms(terms: ListedTerm[]): void {
  for (const [form, en] of EXPECTED) {
    const term = terms.find((t) => t.form === form);
    expect(term, `${form} is listed`).toBeDefined();
    expect(term!.en).toMatch(en);
    expect(Number(term!.count)).toBeGreaterThan(0);
  }
  expect(terms.find((t) => t.form === '制裁')!.reading).toBe('せいさい');
  expect(terms.find((t) => t.form === '習近平')!.reading).toBe('しゅうきんぺい');
  expect(terms.find((t) => t.form === '習近平')!.group).toBe('people');
  expect(terms.find((t) => t.form === '国連')!.group).toBe('organisations');
}

/** The occurrence flashed after "go to term": its text and where it is in the viewport. */
function flashed(page: Page): Promise<{ text: string; top: number; bottom: number; height: number } | null> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('yomu-glossary-flash');
    const range = highlight ? (Array.from(highlight.keys())[0] as Range | undefined) : undefined;
    if (!range) return null;
    const rect = range.getBoundingClientRect();
    return { text: range.toString(), top: rect.top, bottom: rect.bottom, height: innerHeight };
  });
}

async function openArticle(viewport = { width: 1200, height: 900 }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(server.url('/article.html'));
  // The content script has read the page when the terms are underlined.
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('yomu-glossary')?.size ?? 0), { timeout: 20_000 }).toBeGreaterThan(20);
  return page;
}

/** The browser's id of a page's tab (without the tabs permission, tab URLs are hidden: use focus). */
function setSwitch(name: string, on: boolean): Promise<void> {
  return setOptionsSwitch(options, name, on);
}

beforeAll(async () => {
  ({ server, browser, options } = await openExtensionSession());
});

afterAll(() => closeExtensionSession({ server, browser }));

describe('the in-page glossary panel', () => {
  test('Alt+G opens it with the article terms; it stays while scrolling; a click goes to the term; Escape closes it', async () => {
    // A short window, so that the article scrolls a good way.
    const page = await openArticle({ width: 1100, height: 520 });
    expect(await page.locator(PANEL).count()).toBe(0);

    await page.keyboard.press('Alt+KeyG');
    await page.locator(PANEL).waitFor({ state: 'attached' });
    await expect.poll(async () => (await listedTerms(page, true)).length, { timeout: 20_000 }).toBeGreaterThan(20);
    const terms = await listedTerms(page, true);
    expectTheIssueTerms(terms);
    // Its host is ours, with an open shadow root, at the right edge.
    const host = await page.evaluate((sel) => {
      const el = document.querySelector(sel)!;
      const rect = el.getBoundingClientRect();
      return { open: el.shadowRoot?.mode, position: getComputedStyle(el).position, right: rect.right, width: rect.width, top: rect.top };
    }, PANEL);
    expect(host.open).toBe('open');
    expect(host.position).toBe('fixed');
    expect(host.right).toBe(
      await page.evaluate(() => document.documentElement.clientWidth + (innerWidth - document.documentElement.clientWidth)),
    );
    expect(host.width).toBeGreaterThan(200);
    await saveScreenshot(page, 'glossary-panel');

    // It stays in view while the reader scrolls.
    await page.mouse.move(300, 300);
    await page.mouse.wheel(0, 2000);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(400);
    expect(await page.evaluate((sel) => document.querySelector(sel)!.getBoundingClientRect().top, PANEL)).toBe(0);
    await page.evaluate(() => scrollTo(0, 0));

    // Clicking a term scrolls to an occurrence of it and flashes it. 習近平 is in the title;
    // the last NATO is far below the first screen: click NATO until it gets there.
    const nato = page.locator(`${PANEL} li[data-term="nato"] button`);
    const natoCount = Number(terms.find((t) => t.form === 'NATO')!.count);
    expect(natoCount).toBeGreaterThan(1);
    const seen: number[] = [];
    for (let i = 0; i < natoCount; i++) {
      await nato.click();
      await expect.poll(async () => (await flashed(page))?.text, { timeout: 5_000 }).toBe('NATO');
      // The occurrence is in the viewport once the (smooth) scroll settles.
      await expect
        .poll(
          async () => {
            const f = await flashed(page);
            return f !== null && f.top >= 0 && f.bottom <= f.height;
          },
          { timeout: 5_000 },
        )
        .toBe(true);
      seen.push(await page.evaluate(() => Math.round(scrollY)));
    }
    expect(Math.max(...seen)).toBeGreaterThan(300);
    await saveScreenshot(page, 'glossary-panel-after-click');

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(PANEL).count()).toBe(0);
    // And Alt+G opens it again.
    await page.keyboard.press('Alt+KeyG');
    await page.locator(PANEL).waitFor({ state: 'attached' });
    await page.keyboard.press('Alt+KeyG');
    await expect.poll(() => page.locator(PANEL).count()).toBe(0);
    await page.close();
  });

  test('the panel updates as content is added to the page', async () => {
    const page = await openArticle();
    await page.keyboard.press('Alt+KeyG');
    await expect.poll(async () => (await listedTerms(page, true)).length, { timeout: 20_000 }).toBeGreaterThan(20);
    expect((await listedTerms(page, true)).some((t) => t.id === 'north-korea')).toBe(false);
    const before = Number((await listedTerms(page, true)).find((t) => t.id === 'nato')!.count);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '北朝鮮とロシアの接近にNATOは警戒を強めている。';
      document.querySelector('article')!.append(p);
    });
    await expect
      .poll(async () => (await listedTerms(page, true)).find((t) => t.id === 'north-korea')?.form, { timeout: 20_000 })
      .toBe('北朝鮮');
    expect(Number((await listedTerms(page, true)).find((t) => t.id === 'nato')!.count)).toBe(before + 1);
    await page.close();
  });
});

describe('the toolbar popup page', () => {
  test('popup.html?tabId=N lists the same terms for the article tab, goes to a term there, and searches the glossary', async () => {
    const article = await openArticle();
    await article.keyboard.press('Alt+KeyG');
    await expect.poll(async () => (await listedTerms(article, true)).length, { timeout: 20_000 }).toBeGreaterThan(20);
    const panelTerms = await listedTerms(article, true);
    await article.keyboard.press('Escape');

    const tabId = await tabIdOf(browser, article);
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.setViewportSize({ width: 400, height: 900 });
    await expect.poll(async () => (await listedTerms(popup, false)).length, { timeout: 20_000 }).toBeGreaterThan(20);
    const popupTerms = await listedTerms(popup, false);
    expectTheIssueTerms(popupTerms);
    // The same list as the panel's, line for line.
    expect(popupTerms).toEqual(panelTerms);
    // The links to the word list and the reading sheet are seen without scrolling past the terms.
    for (const name of ['Word list', 'Reading sheet']) {
      const box = await popup.getByRole('link', { name }).boundingBox();
      expect(box!.y + box!.height).toBeLessThan(600);
    }
    await saveScreenshot(popup, 'glossary-popup');

    // Going to a term from the popup scrolls the article's tab.
    await popup.locator('li[data-term="ukraine"] button').click();
    await expect.poll(async () => (await flashed(article))?.text, { timeout: 5_000 }).toBe('ウクライナ');
    await expect
      .poll(
        async () => {
          const f = await flashed(article);
          return f !== null && f.top >= 0 && f.bottom <= f.height;
        },
        { timeout: 5_000 },
      )
      .toBe(true);
    await expect(popup.getByRole('status').textContent()).resolves.toContain('ウクライナ');

    // The popup's button opens the panel in the page.
    await popup.getByRole('button', { name: /Show in page/ }).click();
    await article.locator(PANEL).waitFor({ state: 'attached' });
    await article.keyboard.press('Escape');

    // The search box covers the whole glossary, by English and by kana.
    const search = popup.getByRole('searchbox', { name: 'Search the glossary' });
    await search.fill('sanctions');
    await expect.poll(async () => (await listedTerms(popup, false))[0]?.form).toBe('制裁');
    await search.fill('きたちょうせん');
    await expect.poll(async () => (await listedTerms(popup, false)).map((t) => t.form)).toEqual(['北朝鮮']);
    await saveScreenshot(popup, 'glossary-popup-search');
    await popup.close();
    await article.close();
  });
});

/** Katakana runs of a form (ー included), as written. */
function katakanaRuns(form: string): string[] {
  const runs: string[] = [];
  let run = '';
  for (const char of form + ' ') {
    if (isKatakanaCode(char.charCodeAt(0))) {
      run += char;
    } else if (run) {
      runs.push(run);
      run = '';
    }
  }
  return runs;
}

/** A shown reading keeps the form's katakana: none for a form without kanji, the katakana runs as written. */
function expectKatakanaKept(terms: { form: string; reading: string }[]): void {
  let mixed = 0;
  for (const { form, reading } of terms) {
    if (!hasKanji(form)) {
      expect(reading, `${form} has no kanji: no reading`).toBe('');
      continue;
    }
    for (const run of katakanaRuns(form).filter((r) => r.replace(/ー/g, '').length > 0)) {
      mixed++;
      expect(reading, `${form}: ${run} stays katakana`).toContain(run);
      expect(reading, `${form}: no hiragana for ${run}`).not.toContain(toHiragana(run));
    }
  }
  expect(mixed, 'some forms mix katakana and kanji').toBeGreaterThan(0);
}

describe('presentation: the popup, the options page and the glossary page (issue 16)', () => {
  /** Placeholder text width (canvas, the input's own font) against the input's content box. */
  function placeholderFit(page: Page, selector: string) {
    return page.evaluate((sel) => {
      const input = document.querySelector(sel) as HTMLInputElement;
      const style = getComputedStyle(input);
      const placeholder = getComputedStyle(input, '::placeholder');
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${placeholder.fontStyle} ${placeholder.fontWeight} ${placeholder.fontSize} ${placeholder.fontFamily}`;
      const text = context.measureText(input.placeholder).width;
      const box = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text, box, placeholder: input.placeholder };
    }, selector);
  }

  /** Vertical centres of two elements, in CSS pixels. */
  function centres(page: Page, a: string, b: string) {
    return page.evaluate(
      ([a, b]) => {
        const centre = (sel: string) => {
          const r = document.querySelector(sel)!.getBoundingClientRect();
          return r.top + r.height / 2;
        };
        return [centre(a!), centre(b!)];
      },
      [a, b],
    );
  }

  test('popup: the placeholder fits, "On this page" and its button share a centre line, katakana keep their script', async () => {
    const article = await openArticle();
    const tabId = await tabIdOf(browser, article);
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    // The toolbar popup is 22rem wide whatever the zoom: its layout is that of this viewport.
    await popup.setViewportSize({ width: 352, height: 600 });
    await expect.poll(async () => (await listedTerms(popup, false)).length, { timeout: 20_000 }).toBeGreaterThan(20);

    const fit = await placeholderFit(popup, 'input[type="search"]');
    expect(fit.placeholder).toMatch(/制裁/);
    expect(fit.text, `"${fit.placeholder}" in ${fit.box} px`).toBeLessThanOrEqual(fit.box);

    const [heading, button] = await centres(popup, '.yomu-popup-heading h2', '.yomu-popup-heading button');
    expect(Math.abs(heading! - button!)).toBeLessThanOrEqual(1);

    // The page's own terms, and a search for katakana terms: no reading turns katakana to hiragana.
    const onPage = await listedTerms(popup, false);
    expect(onPage.find((t) => t.form === 'ロシア')!.reading).toBe('');
    const search = popup.getByRole('searchbox', { name: 'Search the glossary' });
    await search.fill('ミサイル');
    await expect.poll(async () => (await listedTerms(popup, false)).length).toBeGreaterThan(2);
    const missiles = await listedTerms(popup, false);
    expect(missiles.find((t) => t.form === 'ミサイル防衛システム')?.reading).toBe('ミサイルぼうえいシステム');
    expectKatakanaKept([...onPage, ...missiles]);
    await popup.close();
    await article.close();
  });

  test('popup search for "sanction": forms and English names first, explanation-only matches after, each saying why', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 352, height: 600 });
    await popup.getByRole('searchbox', { name: 'Search the glossary' }).fill('sanction');
    await expect.poll(async () => (await listedTerms(popup, false))[0]?.form).toBe('制裁');
    const lines = await popup.evaluate(() =>
      Array.from(document.querySelectorAll('li[data-term]')).map((li) => ({
        id: li.getAttribute('data-term')!,
        field: li.getAttribute('data-match'),
        mark: li.querySelector('mark')?.textContent ?? '',
        why: li.querySelector('.yomu-term-why')?.textContent ?? '',
      })),
    );
    const fields = lines.map((l) => l.field);
    const firstExplanation = fields.indexOf('explanation');
    expect(firstExplanation).toBeGreaterThan(0);
    // Every name match before every explanation match.
    expect(fields.slice(firstExplanation).every((f) => f === 'explanation')).toBe(true);
    expect(fields.slice(0, firstExplanation).every((f) => f === 'form' || f === 'english')).toBe(true);
    // The matched words are marked; explanation matches say so, with the words around.
    for (const line of lines) expect(line.mark.toLowerCase(), line.id).toBe('sanction');
    for (const line of lines.slice(firstExplanation)) expect(line.why, line.id).toMatch(/^matched: explanation .*sanction/i);
    await saveScreenshot(popup, 'glossary-popup-search-reasons');
    await popup.close();
  });

  test('options page: section headings stand clearly above descriptions; descriptions readable; the slider bounded', async () => {
    const page = await browser.openExtensionPage('options.html');
    await page.getByRole('switch', { name: 'Show furigana' }).waitFor();
    for (const width of [1200, 600]) {
      await page.setViewportSize({ width, height: 900 });
      const sizes = await page.evaluate(() => {
        const size = (sel: string) => Array.from(document.querySelectorAll(sel)).map((e) => parseFloat(getComputedStyle(e).fontSize));
        const slider = document.querySelector('input[type="range"]')!.getBoundingClientRect().width;
        const main = document.querySelector('main')!;
        const content = main.clientWidth - parseFloat(getComputedStyle(main).paddingLeft) - parseFloat(getComputedStyle(main).paddingRight);
        return {
          headings: size('section > h2'),
          legends: size('legend'),
          descriptions: size('.yomu-switch-description, .yomu-muted'),
          slider,
          content,
          root: parseFloat(getComputedStyle(document.documentElement).fontSize),
        };
      });
      const smallestHeading = Math.min(...sizes.headings);
      const largestDescription = Math.max(...sizes.descriptions);
      expect(smallestHeading / largestDescription).toBeGreaterThanOrEqual(1.4);
      expect(smallestHeading / Math.max(...sizes.legends)).toBeGreaterThanOrEqual(1.2);
      expect(Math.min(...sizes.descriptions)).toBeGreaterThanOrEqual(0.85 * sizes.root);
      expect(sizes.slider).toBeLessThanOrEqual(20 * sizes.root + 1);
      expect(sizes.slider).toBeLessThanOrEqual(sizes.content);
      if (width === 1200) expect(sizes.slider).toBeLessThan(sizes.content * 0.75);
    }
    await page.close();
  });

  test('options page: "change it" opens the browser\'s shortcut settings (Chromium: chrome://extensions/shortcuts)', async () => {
    const page = await browser.openExtensionPage('options.html');
    const opened = browser.context.waitForEvent('page', { timeout: 10_000 });
    await page.getByRole('button', { name: 'change it' }).click();
    const shortcuts = await opened;
    await expect.poll(() => shortcuts.url()).toBe('chrome://extensions/shortcuts');
    await shortcuts.close();
    await page.close();
  });

  test('glossary page: definitions larger than the Related line; search, category and Print aligned, at 100 % and 200 % widths', async () => {
    const page = await browser.openExtensionPage('glossary.html');
    await expect.poll(() => page.locator('article.yomu-entry').count()).toBeGreaterThan(300);
    // 1200 px is the window at 100 %; 600 CSS px the same window at 200 %.
    for (const width of [1200, 600]) {
      await page.setViewportSize({ width, height: 900 });
      const m = await page.evaluate(() => {
        const size = (sel: string) => parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize);
        const controls = ['.yomu-glossary-controls input', '.yomu-glossary-controls select', '.yomu-glossary-controls button'].map(
          (sel) => {
            const r = document.querySelector(sel)!.getBoundingClientRect();
            return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
          },
        );
        const row = document.querySelector('.yomu-glossary-controls')!.getBoundingClientRect();
        return {
          explanation: size('.yomu-entry-explanation'),
          related: size('.yomu-entry-related'),
          controls,
          row: { left: row.left, right: row.right },
        };
      });
      expect(m.explanation).toBeGreaterThan(m.related);
      // Controls on one line share top and bottom; a line of its own is the search field, full width.
      const lines: (typeof m.controls)[] = [];
      for (const c of m.controls) {
        const line = lines.find((l) => Math.abs(l[0]!.top - c.top) <= 1 || Math.abs(l[0]!.bottom - c.bottom) <= 1);
        if (line) line.push(c);
        else lines.push([c]);
      }
      for (const line of lines) {
        expect(Math.max(...line.map((c) => c.bottom)) - Math.min(...line.map((c) => c.bottom)), `bottoms at ${width}`).toBeLessThanOrEqual(
          1,
        );
        expect(Math.max(...line.map((c) => c.top)) - Math.min(...line.map((c) => c.top)), `tops at ${width}`).toBeLessThanOrEqual(1);
      }
      if (width === 1200) expect(lines).toHaveLength(1);
      else if (lines.length > 1) {
        expect(lines[0]).toEqual([m.controls[0]]);
        expect(m.controls[0]!.right - m.controls[0]!.left).toBeGreaterThan(m.row.right - m.row.left - 1);
      }
      const fit = await placeholderFit(page, '.yomu-glossary-controls input');
      expect(fit.text, `placeholder at ${width}`).toBeLessThanOrEqual(fit.box);
    }
    // Readings keep katakana here too, and a search marks what matched.
    const entries = await page.evaluate(() =>
      Array.from(document.querySelectorAll('article.yomu-entry')).map((a) => ({
        form: a.querySelector('.yomu-entry-form')!.textContent!,
        reading: a.querySelector('.yomu-entry-reading')?.textContent ?? '',
      })),
    );
    expectKatakanaKept(entries);
    await page.getByRole('searchbox', { name: 'Search the glossary' }).fill('sanction');
    await expect.poll(() => page.locator('article.yomu-entry').first().getAttribute('data-match')).not.toBeNull();
    expect((await page.locator('article.yomu-entry mark').first().textContent())?.toLowerCase()).toBe('sanction');
    await page.close();
  });
});

describe('the full glossary page', () => {
  test('finds sanctions by English and せいさい by kana, filters by category, links related terms, prints without controls', async () => {
    const page = await browser.openExtensionPage('glossary.html');
    const entries = page.locator('article.yomu-entry');
    await expect.poll(() => entries.count()).toBeGreaterThan(300);
    const all = await entries.count();

    const search = page.getByRole('searchbox', { name: 'Search the glossary' });
    await search.fill('sanctions');
    await expect.poll(() => entries.first().getAttribute('id')).toBe('term-sanctions');
    expect(await entries.first().locator('.yomu-entry-form').textContent()).toBe('制裁');
    expect(await entries.count()).toBeLessThan(all);
    await saveScreenshot(page, 'glossary-page');

    await search.fill('せいさい');
    await expect.poll(() => entries.first().getAttribute('id')).toBe('term-sanctions');
    await search.fill('seisai');
    await expect.poll(() => entries.first().getAttribute('id')).toBe('term-sanctions');
    await search.fill('セイサイ');
    await expect.poll(() => entries.first().getAttribute('id')).toBe('term-sanctions');

    // Filter by category: only people.
    await search.fill('');
    await page.getByRole('combobox', { name: 'Category' }).selectOption('person');
    await expect.poll(() => entries.count()).toBeLessThan(all);
    const categories = await entries.locator('.yomu-entry-category').allTextContents();
    expect(new Set(categories)).toEqual(new Set(['Person']));

    // Related terms are links to their entries on the page.
    await page.getByRole('combobox', { name: 'Category' }).selectOption('');
    const xi = page.locator('#term-xi-jinping');
    const related = xi.locator('.yomu-entry-related a').first();
    const href = await related.getAttribute('href');
    expect(href).toMatch(/^#term-[a-z0-9-]+$/);
    expect(await page.locator(href!).count()).toBe(1);
    await related.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);

    // Printed: the search controls are left out, every shown term is there.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.yomu-glossary-controls').isVisible()).toBe(false);
    expect(await page.locator('#term-sanctions').isVisible()).toBe(true);
    await saveScreenshot(page, 'glossary-page-print');
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });
});

describe('underlines in the page', () => {
  test('terms are underlined with a highlight and an adopted sheet (no DOM change); the setting removes both', async () => {
    await setSwitch('Underline glossary terms', true);
    const page = await browser.context.newPage();
    await page.goto(server.url('/article.html'));
    const original = await page.evaluate(() => document.documentElement.outerHTML);
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('yomu-glossary')?.size ?? 0), { timeout: 20_000 }).toBeGreaterThan(20);
    const marked = await page.evaluate(() => Array.from(CSS.highlights.get('yomu-glossary')!.keys()).map((r) => (r as Range).toString()));
    expect(marked).toContain('制裁');
    expect(marked).toContain('NATO');
    expect(
      await page.evaluate(() =>
        document.adoptedStyleSheets.some((s) => Array.from(s.cssRules).some((r) => r.cssText.includes('::highlight(yomu-glossary)'))),
      ),
    ).toBe(true);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(original);
    await saveScreenshot(page, 'glossary-underlines');

    await setSwitch('Underline glossary terms', false);
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('yomu-glossary')), { timeout: 5_000 }).toBe(false);
    expect(
      await page.evaluate(() =>
        document.adoptedStyleSheets.some((s) => Array.from(s.cssRules).some((r) => r.cssText.includes('yomu-glossary'))),
      ),
    ).toBe(false);
    await setSwitch('Underline glossary terms', true);
    await page.close();
  });

  test('underlines follow the text when furigana is turned on (new text nodes)', async () => {
    await setSwitch('Show furigana', false);
    const page = await browser.context.newPage();
    await page.goto(server.url('/article.html'));
    await expect.poll(() => page.evaluate(() => CSS.highlights.get('yomu-glossary')?.size ?? 0), { timeout: 20_000 }).toBeGreaterThan(20);
    const before = await page.evaluate(() => CSS.highlights.get('yomu-glossary')!.size);
    await setSwitch('Show furigana', true);
    await expect
      .poll(
        () =>
          page.evaluate(() => (document.querySelector('[data-yomu="furigana"]')?.shadowRoot?.querySelectorAll('[data-base]') ?? []).length),
        { timeout: 30_000 },
      )
      .toBeGreaterThan(200);
    // Every underline range again covers a term's text, none collapsed by the swap of nodes.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const ranges = Array.from(CSS.highlights.get('yomu-glossary')?.keys() ?? []) as Range[];
            return {
              size: ranges.length,
              collapsed: ranges.filter((r) => r.collapsed || r.toString().length === 0).length,
              inRuby: ranges.filter((r) => r.startContainer.parentElement?.closest('[data-yomu]')).length,
            };
          }),
        { timeout: 10_000 },
      )
      .toMatchObject({ size: before, collapsed: 0 });
    await saveScreenshot(page, 'glossary-underlines-furigana');
    await setSwitch('Show furigana', false);
    await page.close();
  });
});

describe('the options page', () => {
  test('every setting is there, site exceptions can be removed, the keys and the data licences are listed', async () => {
    // A site exception, as the toolbar popup makes it.
    await browser.serviceWorker.evaluate(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings as object), siteFurigana: { 'news.example.jp': true } } });
    });
    const page = await browser.openExtensionPage('options.html');
    await page.getByRole('switch', { name: 'Show furigana' }).waitFor();
    for (const name of [
      'Hiragana',
      'Katakana',
      'Romaji',
      'Every word with kanji',
      'Only less common words',
      'Always',
      'Only while Shift is held',
      'Only while Alt is held',
      'As the system',
      'Light',
      'Dark',
    ]) {
      await expect(page.getByRole('radio', { name: new RegExp(`^${name}`) }).count(), name).resolves.toBe(1);
    }
    expect(await page.getByRole('slider', { name: /Popup font size/ }).count()).toBe(1);
    expect(await page.getByRole('switch', { name: 'Underline glossary terms' }).count()).toBe(1);
    await expect(page.getByRole('region', { name: 'Keyboard shortcuts' }).textContent()).resolves.toMatch(
      /Alt\+Shift\+F[\s\S]*Alt\+G[\s\S]*Esc/,
    );
    const about = (await page.getByRole('region', { name: 'About' }).textContent()) ?? '';
    const version = await browser.serviceWorker.evaluate(() => chrome.runtime.getManifest().version);
    expect(about).toContain(`Yomu ${version}`);
    expect(about).toMatch(/EDICT[\s\S]*EDRDG[\s\S]*Attribution-ShareAlike 3\.0/);
    expect(about).toMatch(/CC BY-SA 4\.0/);
    expect(about).toMatch(/IPADIC/);
    // UniDic's BSD licence asks for its notice in what is shipped (the agreed-readings table).
    expect(about).toMatch(/UniDic[\s\S]*BSD 3-Clause[\s\S]*Copyright \(c\) 2011-2018, The UniDic Consortium/);

    // The theme setting applies to the page at once.
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
    await saveScreenshot(page, 'options-dark');
    await page.getByRole('radio', { name: /^As the system/ }).check();

    await page.getByRole('button', { name: 'Remove the exception for news.example.jp' }).click();
    await expect.poll(() => page.getByText('news.example.jp').count()).toBe(0);
    const stored = await browser.serviceWorker.evaluate(
      async () => (await chrome.storage.sync.get('settings')).settings as { siteFurigana: object },
    );
    expect(stored.siteFurigana).toEqual({});
    await page.close();
  });

  test('a corrupt stored value: defaults for that field, the others kept, and the page says so', async () => {
    await browser.serviceWorker.evaluate(async () => {
      await chrome.storage.sync.set({
        settings: { showFurigana: false, theme: 'sepia', glossaryPanelShortcut: 'G', readingScript: 'katakana' },
      });
    });
    const page = await browser.openExtensionPage('options.html');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/"theme"[\s\S]*"glossaryPanelShortcut"/);
    expect(await page.getByRole('radio', { name: /^As the system/ }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /^Katakana/ }).isChecked()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Glossary panel shortcut' }).inputValue()).toBe('Alt+G');
    await page.getByRole('radio', { name: /^Hiragana/ }).check();
    await expect
      .poll(() =>
        browser.serviceWorker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as Record<string, unknown>),
      )
      .toMatchObject({ theme: 'system', glossaryPanelShortcut: 'Alt+G', readingScript: 'hiragana' });
    await page.close();
  });

  test("'Only less common words' leaves EDICT's common words without ruby, live", async () => {
    await setSwitch('Show furigana', true);
    const page = await browser.context.newPage();
    await page.goto(server.url('/article.html'));
    const rubyBases = () =>
      page.evaluate(() =>
        Array.from(document.querySelector('[data-yomu="furigana"]')?.shadowRoot?.querySelectorAll('[data-base]') ?? []).map(
          (r) => r.getAttribute('data-base') ?? '',
        ),
      );
    let settled = -1;
    const settle = () =>
      expect
        .poll(
          async () => {
            const n = (await rubyBases()).length;
            const same = n === settled && n > 0;
            settled = n;
            return same;
          },
          { timeout: 30_000, interval: 500 },
        )
        .toBe(true);
    await settle();
    const all = await rubyBases();
    expect(all).toContain('会議');

    await options.getByRole('radio', { name: /^Only less common words/ }).check();
    settled = -1;
    await expect.poll(async () => (await rubyBases()).includes('会議'), { timeout: 30_000 }).toBe(false);
    await settle();
    const fewer = await rubyBases();
    expect(fewer).toContain('地政学');
    expect(fewer.length).toBeGreaterThan(0);
    expect(fewer.length).toBeLessThan(all.length / 4);
    await saveScreenshot(page, 'furigana-uncommon-only');

    await options.getByRole('radio', { name: /^Every word with kanji/ }).check();
    await expect.poll(async () => (await rubyBases()).includes('会議'), { timeout: 30_000 }).toBe(true);
    await setSwitch('Show furigana', false);
    await page.close();
  });

  test('the panel shortcut can be changed; a bad one is refused with a reason', async () => {
    const field = options.getByRole('textbox', { name: 'Glossary panel shortcut' });
    await field.click();
    await options.keyboard.press('Shift+KeyK');
    await expect(options.getByRole('alert').textContent()).resolves.toMatch(/Ctrl, Alt or Meta/);
    await options.keyboard.press('Control+Shift+KeyK');
    await expect.poll(() => field.inputValue()).toBe('Ctrl+Shift+K');

    const page = await openArticle();
    await page.keyboard.press('Alt+KeyG');
    await page.waitForTimeout(300);
    expect(await page.locator(PANEL).count()).toBe(0);
    await page.keyboard.press('Control+Shift+KeyK');
    await page.locator(PANEL).waitFor({ state: 'attached' });

    await options.getByRole('button', { name: 'Reset to Alt+G' }).click();
    await expect.poll(() => field.inputValue()).toBe('Alt+G');
    await page.close();
  });
});
