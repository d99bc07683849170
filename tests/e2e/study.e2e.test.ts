/**
 * Study tools as a reader uses them, in the built extension in Debian's Chromium on the
 * reference article: saving words from the hover popup (S) and exporting them for Anki from the
 * word list page, the kanji view (X), and marking a word known (M), which takes its furigana off
 * everywhere until it is unmarked.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { closeExtensionSession, openExtensionSession, saveScreenshot, tabIdOf, type ExtensionBrowser } from './support/extension-browser';
import type { FixtureServer } from './support/fixture-server';
import { wordPointInPage } from './support/word-point';
import { popupElementCentre } from './support/page-hover';
import { toHiragana } from '../../core/text/kana';

let browser: ExtensionBrowser;
let server: FixtureServer;
let options: Page;
let page: Page;

/**
 * How many readings are drawn over the base `base` in the page. The one place that knows how
 * furigana is drawn: `ruby[data-yomu]` on today's main; with the overlay design (issue 12) a
 * `[data-base]` element in the `[data-yomu="furigana"]` layer.
 */
function readingsOver(p: Page, base: string): Promise<number> {
  return p.evaluate((base) => {
    const layer = document.querySelector('[data-yomu="furigana"]')?.shadowRoot;
    if (layer) return layer.querySelectorAll(`[data-base="${CSS.escape(base)}"]`).length;
    return [...document.querySelectorAll('ruby[data-yomu]')].filter((r) => {
      const copy = r.cloneNode(true) as Element;
      copy.querySelectorAll('rt, rp').forEach((x) => x.remove());
      return copy.textContent === base;
    }).length;
  }, base);
}

/** The readings drawn over `base` in the furigana layer (their data-reading), joined by spaces. */
function readingTextOver(p: Page, base: string): Promise<string> {
  return p.evaluate((base) => {
    const layer = document.querySelector('[data-yomu="furigana"]')?.shadowRoot;
    return [...(layer?.querySelectorAll(`[data-base="${CSS.escape(base)}"]`) ?? [])].map((e) => e.getAttribute('data-reading')).join(' ');
  }, base);
}

/** The popup's text and the text of one of its cards, through the open shadow root. */
function popupText(p: Page, card?: string): Promise<string | null> {
  return p.evaluate((card) => {
    const host = document.querySelector('[data-yomu="popup"]') as HTMLElement | null;
    if (!host || host.hidden || !host.shadowRoot) return null;
    const el = card ? host.shadowRoot.querySelector(`[data-yomu-card="${card}"]`) : host.shadowRoot.querySelector('.yomu-popup');
    return el ? (el as HTMLElement).innerText : null;
  }, card);
}

/**
 * Rests the pointer on the `charIndex`-th character of the first `word` of the page and waits for
 * the popup to say `expected`; returns where the pointer rests (client px).
 */
async function hover(word: string, expected: string, charIndex = 0, nth = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(wordPointInPage, { word, charIndex, nth });
  if (!point) throw new Error(`${word} is not on the page`);
  // Off the text at the line's left, then along the line onto the word: a popup shown for another
  // word lies above or below its line, never on it, so the pointer never enters one on the way.
  await page.mouse.move(2, point.y);
  // Let the page see the pointer leave (hit tests run once a frame): a word closed with Escape
  // stays closed while the pointer stays on it, and a move out and back within one frame is not a leave.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.mouse.move(point.x, point.y, { steps: 2 });
  await expect.poll(async () => (await popupText(page)) ?? '', { timeout: 20_000 }).toContain(expected);
  return point;
}

/** Whether the page's own hit test at (x, y) finds our popup (it takes the pointer) or what lies under it. */
function popupTakesPointerAt(p: Page, point: { x: number; y: number }): Promise<boolean> {
  return p.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('data-yomu') === 'popup', point);
}

/** An attribute of an element of the popup, found by a selector in its shadow root. */
function popupAttribute(p: Page, selector: string, name: string): Promise<string | null> {
  return p.evaluate(
    ({ selector, name }) => document.querySelector('[data-yomu="popup"]')?.shadowRoot?.querySelector(selector)?.getAttribute(name) ?? null,
    { selector, name },
  );
}

beforeAll(async () => {
  ({ server, browser, options } = await openExtensionSession());
  await options.evaluate(async () => {
    const current = ((await chrome.storage.sync.get('settings')).settings ?? {}) as object;
    await chrome.storage.sync.set({
      settings: { ...current, showFurigana: true, hoverTrigger: 'none', theme: 'light', popupFontSize: 15 },
    });
  });
  page = await browser.context.newPage();
  await page.goto(server.url('/article.html'));
  for (let i = 0; i < 300 && (await readingsOver(page, '制裁')) === 0; i++) await page.waitForTimeout(200);
}, 120_000);

afterAll(() => closeExtensionSession({ server, browser }));

describe('the word list', () => {
  test('three words saved with S are exported for Anki and read back', async () => {
    for (const [word, expected, charIndex] of [
      ['制裁', 'せいさい', 0],
      ['築かれ', '築く', 0],
      ['国連', 'こくれん', 0],
    ] as const) {
      await hover(word, expected, charIndex);
      await page.keyboard.press('s');
      await expect.poll(async () => (await popupText(page)) ?? '', { timeout: 10_000 }).toContain('Saved ✓');
    }

    const list = await browser.openExtensionPage('wordlist.html');
    await expect.poll(() => list.locator('tr[data-word]').count(), { timeout: 10_000 }).toBe(3);
    await saveScreenshot(list, 'study-word-list');
    const [download] = await Promise.all([list.waitForEvent('download'), list.getByRole('button', { name: 'Export for Anki' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const lines = text.split('\n').filter(Boolean);
    expect(lines.slice(0, 5)).toEqual([
      '#separator:tab',
      '#html:true',
      '#deck:Yomu',
      '#tags column:7',
      '#columns:Expression\tReading\tFurigana\tMeaning\tSentence\tSource\tTags',
    ]);
    const notes = lines.slice(5).map((l) => l.split('\t'));
    expect(notes).toHaveLength(3);
    const byWord = new Map(notes.map((n) => [n[0], n]));
    expect(byWord.get('制裁')!.slice(1, 3)).toEqual(['せいさい', '制裁[せいさい]']);
    expect(byWord.get('築く')!.slice(1, 3)).toEqual(['きずく', '築[きず]く']);
    expect(byWord.get('制裁')![3]).toMatch(/sanction/);
    expect(byWord.get('築く')![4]).toContain('<b>築かれ</b>');
    expect(byWord.get('国連')![5]).toContain(server.url('/article.html'));
    await list.close();
  });
});

describe('the kanji view', () => {
  test('X shows the kanji of 制裁, then 裁: さい (サイ) and "judge", the reading the word uses marked', async () => {
    await hover('制裁', 'せいさい');
    await page.keyboard.press('x');
    await expect.poll(async () => (await popupText(page, 'kanji')) ?? '', { timeout: 15_000 }).toContain('制');
    await page.keyboard.press('x');
    await expect.poll(async () => (await popupText(page, 'kanji')) ?? '', { timeout: 5_000 }).toContain('裁');
    const card = (await popupText(page, 'kanji'))!;
    expect(toHiragana(card)).toContain('さい');
    expect(card).toContain('judge');
    expect(card).toMatch(/12 strokes/);
    expect(card).toContain('reads it サイ (on)');
    await saveScreenshot(page, 'study-kanji-view');
    await page.keyboard.press('Escape');
  });
});

describe('known words', () => {
  test('M on 制裁 takes its reading off everywhere; unmarking brings it back', async () => {
    const before = await readingsOver(page, '制裁');
    expect(before).toBeGreaterThan(0);
    expect(await readingsOver(page, '国連')).toBeGreaterThan(0);
    await hover('制裁', 'せいさい');
    await page.keyboard.press('m');
    await expect.poll(() => readingsOver(page, '制裁'), { timeout: 20_000 }).toBe(0);
    // Other words keep theirs.
    await expect.poll(() => readingsOver(page, '国連'), { timeout: 20_000 }).toBeGreaterThan(0);
    await hover('制裁', 'Known ✓');
    await page.keyboard.press('m');
    await expect.poll(() => readingsOver(page, '制裁'), { timeout: 20_000 }).toBe(before);
  });
});

describe('known words with the page scrolled', () => {
  test('M and "I know this" leave the popup open under the pointer, the word shown known, the lines in place', async () => {
    // The second 指導者 of the article (NATOの指導者), in its second half: the page scrolls to it.
    const word = '指導者';
    const before = await readingsOver(page, word);
    expect(before).toBeGreaterThan(1);
    await page.evaluate(wordPointInPage, { word, charIndex: 0, nth: 1 });
    // Blocks that came near the viewport get their readings and room: let them settle first.
    await expect.poll(() => readingsOver(page, word), { timeout: 20_000 }).toBe(before);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));
    const point = await hover(word, 'しどうしゃ', 0, 1);
    const scrolled = await page.evaluate(() => scrollY);
    expect(scrolled).toBeGreaterThan(200);

    await page.keyboard.press('m');
    await expect.poll(() => readingsOver(page, word), { timeout: 20_000 }).toBe(0);
    // Other words keep (or are given back) theirs; then the popup is still there, the word known,
    // and the page's lines did not move under the reader.
    await expect.poll(() => readingsOver(page, '国連'), { timeout: 20_000 }).toBeGreaterThan(0);
    const shown = await popupText(page);
    expect(shown).toContain('しどうしゃ');
    expect(shown).toContain('Known ✓');
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);

    // The button, as a reader clicks it: from the word into the popup, then on "Known ✓".
    const top = await page.evaluate(() =>
      document.querySelector('[data-yomu="popup"]')!.shadowRoot!.querySelector('.yomu-popup')!.getBoundingClientRect(),
    );
    const nearEdge = top.top > point.y ? top.top + 8 : top.bottom - 8;
    await page.mouse.move(point.x, nearEdge, { steps: 3 });
    const known = await popupElementCentre(page, '[data-yomu-action="known"]');
    await expect.poll(() => popupTakesPointerAt(page, known), { timeout: 10_000 }).toBe(true);
    await page.mouse.move(known.x, known.y, { steps: 8 });
    await page.mouse.click(known.x, known.y);
    await expect.poll(() => readingsOver(page, word), { timeout: 20_000 }).toBe(before);
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    expect(await popupAttribute(page, '[data-yomu-action="known"]', 'aria-pressed')).toBe('false');
    expect(await popupText(page)).toContain('I know this');
    await saveScreenshot(page, 'study-known-scrolled');
    await page.mouse.move(2, point.y);
    await page.keyboard.press('Escape');
  });
});

describe('settings changed with the popup open', () => {
  test('the furigana level, reading script and size and the known words changed elsewhere leave the popup over its word', async () => {
    const setSettings = (change: object) =>
      options.evaluate(async (change) => {
        const current = ((await chrome.storage.sync.get('settings')).settings ?? {}) as object;
        await chrome.storage.sync.set({ settings: { ...current, ...change } });
      }, change);
    // The known words as stored (schema 2: one `known:` key per word): the others unmarked, these marked.
    const setKnown = (known: { lemma: string; reading: string }[]) =>
      options.evaluate(async (known) => {
        const keys = new Set(known.map((k) => `known:${k.lemma}\t${k.reading}`));
        const stale = Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('known:') && !keys.has(k));
        await chrome.storage.local.remove(stale);
        await chrome.storage.local.set({
          knownWords: { version: 2 },
          ...Object.fromEntries(known.map((k) => [`known:${k.lemma}\t${k.reading}`, k])),
        });
      }, known);
    // A word in the article's second half, the page scrolled to it (where lines moving would scroll the page).
    const word = '指導者';
    await page.evaluate(wordPointInPage, { word, charIndex: 0, nth: 1 });
    // Blocks that came near the viewport get their readings and room: let them settle first.
    await expect.poll(() => readingsOver(page, word), { timeout: 20_000 }).toBeGreaterThan(1);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));
    const before = await readingsOver(page, word);
    const point = await hover(word, 'しどうしゃ', 0, 1);
    let scrolled = await page.evaluate(() => scrollY);
    expect(scrolled).toBeGreaterThan(200);
    /** The popup is still over the word; the page did not scroll (its lines did not move) unless the readings' size changed. */
    const stillShown = async (linesMove = false) => {
      expect(await popupText(page)).toContain('しどうしゃ');
      if (!linesMove) expect(await page.evaluate(() => scrollY)).toBe(scrolled);
      scrolled = await page.evaluate(() => scrollY);
    };
    // Common words lose their readings (指導者 is one): the page is drawn again, the popup stays.
    await setSettings({ furiganaLevel: 'uncommon' });
    await expect.poll(() => readingsOver(page, word), { timeout: 20_000 }).toBe(0);
    await stillShown();
    await setSettings({ furiganaLevel: 'all' });
    await expect.poll(() => readingsOver(page, word), { timeout: 20_000 }).toBe(before);
    await stillShown();
    // Katakana readings, then smaller ones.
    await setSettings({ readingScript: 'katakana' });
    await expect.poll(() => readingTextOver(page, word), { timeout: 20_000 }).toContain('シドウシャ');
    await stillShown();
    // Smaller readings need less room: the lines close up a little and the popup goes along with its word.
    await setSettings({ readingScript: 'hiragana', rubySize: 50 });
    await expect.poll(() => readingTextOver(page, word), { timeout: 20_000 }).toContain('しどうしゃ');
    await stillShown(true);
    // Another word marked known in another page (the word list's known words): the popup stays.
    await setKnown([{ lemma: '国連', reading: 'こくれん' }]);
    await expect.poll(() => readingsOver(page, '国連'), { timeout: 20_000 }).toBe(0);
    await stillShown();
    // The word itself marked known elsewhere: the popup stays and says so.
    await setKnown([{ lemma: word, reading: 'しどうしゃ' }]);
    await expect.poll(async () => (await popupText(page)) ?? '', { timeout: 20_000 }).toContain('Known ✓');
    await expect.poll(() => readingsOver(page, word), { timeout: 20_000 }).toBe(0);
    await stillShown();
    await setKnown([]);
    await setSettings({ rubySize: 55 });
    await expect.poll(() => readingsOver(page, word), { timeout: 20_000 }).toBe(before);
    await stillShown(true);
    await saveScreenshot(page, 'study-settings-popup-stays');
    await page.mouse.move(2, point.y);
    await page.keyboard.press('Escape');
  });
});

describe('the popup under the pointer', () => {
  test('lets the pointer through until it comes from the word; then Save, Known and the tabs click', async () => {
    let word = await hover('隣国', 'りんごく');
    let save = await popupElementCentre(page, '[data-yomu-action="save"]');
    // Not entered yet: the page under the popup keeps the pointer (a word there can be hovered).
    expect(await popupTakesPointerAt(page, save)).toBe(false);
    // A long jump from the word deep into the popup passes over it, to what lies under it.
    await page.mouse.move(save.x, save.y);
    await expect.poll(async () => (await popupText(page)) ?? '', { timeout: 10_000 }).not.toContain('りんごく');
    expect(await popupTakesPointerAt(page, save)).toBe(false);
    word = await hover('隣国', 'りんごく');
    save = await popupElementCentre(page, '[data-yomu-action="save"]');
    // From the word, across the gap, just into the popup: it takes the pointer and stays open.
    const top = await page.evaluate(
      () => document.querySelector('[data-yomu="popup"]')!.shadowRoot!.querySelector('.yomu-popup')!.getBoundingClientRect().top,
    );
    await page.mouse.move(word.x, top + 8, { steps: 3 });
    await expect.poll(() => popupTakesPointerAt(page, save), { timeout: 10_000 }).toBe(true);
    await page.mouse.move(save.x, save.y, { steps: 8 });
    await page.mouse.click(save.x, save.y);
    await expect.poll(() => popupAttribute(page, '[data-yomu-action="save"]', 'aria-pressed'), { timeout: 10_000 }).toBe('true');
    expect(await popupText(page)).toContain('Saved ✓');

    const known = await popupElementCentre(page, '[data-yomu-action="known"]');
    await page.mouse.click(known.x, known.y);
    await expect.poll(() => popupAttribute(page, '[data-yomu-action="known"]', 'aria-pressed'), { timeout: 10_000 }).toBe('true');
    await expect.poll(() => readingsOver(page, '隣国'), { timeout: 20_000 }).toBe(0);
    await page.mouse.click(known.x, known.y);
    await expect.poll(() => popupAttribute(page, '[data-yomu-action="known"]', 'aria-pressed'), { timeout: 10_000 }).toBe('false');

    // The Kanji tab, J/K stepping the kanji there (not entries), and back with the Words tab.
    const kanjiTab = await popupElementCentre(page, '.yomu-tab:nth-child(2)');
    await page.mouse.click(kanjiTab.x, kanjiTab.y);
    await expect.poll(async () => (await popupText(page, 'kanji')) ?? '', { timeout: 15_000 }).toContain('隣');
    expect(await popupText(page)).toContain('J/K kanji');
    await page.keyboard.press('j');
    await expect.poll(async () => (await popupText(page, 'kanji')) ?? '', { timeout: 5_000 }).toContain('国');
    await page.keyboard.press('k');
    await expect.poll(async () => (await popupText(page, 'kanji')) ?? '', { timeout: 5_000 }).toContain('隣');
    await saveScreenshot(page, 'study-popup-clicked-kanji');
    const wordsTab = await popupElementCentre(page, '.yomu-tab:nth-child(1)');
    await page.mouse.click(wordsTab.x, wordsTab.y);
    await expect.poll(() => popupAttribute(page, '.yomu-tab:nth-child(1)', 'aria-selected'), { timeout: 5_000 }).toBe('true');
    expect(await popupText(page, 'kanji')).toBeNull();
    expect(await popupText(page)).toContain('J/K entries');

    // Stored: the word list has it.
    const list = await browser.openExtensionPage('wordlist.html');
    await expect.poll(() => list.locator('tr[data-word="隣国"]').count(), { timeout: 10_000 }).toBe(1);
    await list.close();
    await page.bringToFront();

    // Out of the popup, hover goes on: back on the word, then another word.
    await page.mouse.move(word.x, word.y, { steps: 6 });
    await expect.poll(() => popupTakesPointerAt(page, save), { timeout: 10_000 }).toBe(false);
    await page.keyboard.press('Escape');
    await hover('制裁', 'せいさい');
    await page.keyboard.press('Escape');
  });
});

describe('the reading sheet', () => {
  test('opened without a tab, it says what it is and how to open one', async () => {
    const sheet = await browser.openExtensionPage('sheet.html');
    await expect.poll(() => sheet.locator('main').innerText(), { timeout: 10_000 }).toContain('opened without a page to read');
    const text = await sheet.locator('main').innerText();
    expect(text).toContain('Yomu reading sheet');
    expect(text).toContain('furigana');
    expect(text).toMatch(/toolbar.*Reading sheet/s);
    expect(text).not.toContain('did not answer');
    await saveScreenshot(sheet, 'study-sheet-no-tab');
    await sheet.close();
  });

  test('of the reference article: its title, furigana over its words, the glossary and the saved words; hover works there', async () => {
    const tabId = await tabIdOf(browser, page);
    const sheet = await browser.openExtensionPage(`sheet.html?tabId=${tabId}`);
    await sheet.locator('.yomu-sheet h1').waitFor({ timeout: 30_000 });
    const title = await sheet.locator('.yomu-sheet h1').evaluate((h) => {
      const copy = h.cloneNode(true) as Element;
      copy.querySelectorAll('rt').forEach((rt) => rt.remove());
      return copy.textContent;
    });
    expect(title).toBe('習近平とプーチン:世界の変化の中での10年間の関係強化');
    // The sheet is our own page: its furigana are plain ruby elements (whatever the page overlay does).
    const sheetRubies = await sheet.evaluate(() =>
      [...document.querySelectorAll('.yomu-sheet ruby')].map((r) => [r.firstChild?.textContent, r.querySelector('rt')?.textContent]),
    );
    expect(sheetRubies).toContainEqual(['制裁', 'せいさい']);
    expect(await sheet.locator('.yomu-sheet p').count()).toBeGreaterThan(5);
    const glossary = await sheet.locator('[data-sheet-section="glossary"]').innerText();
    expect(glossary).toContain('Sanctions');
    const words = await sheet.locator('[data-sheet-section="words"]').innerText();
    expect(words).toContain('築く');
    // The page is the sheet's source; no script is in the saved file.
    const [download] = await Promise.all([sheet.waitForEvent('download'), sheet.getByRole('button', { name: 'Save as HTML' }).click()]);
    const html = readFileSync((await download.path())!, 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<rt data-yomu="rt">せいさい</rt>');
    expect(html).toContain('@page');
    await saveScreenshot(sheet, 'study-reading-sheet');
    await sheet.emulateMedia({ media: 'print' });
    await saveScreenshot(sheet, 'study-reading-sheet-print');
    await sheet.emulateMedia({ media: 'screen' });
    // Hover on the sheet.
    const point = await sheet.evaluate(() => {
      const ruby = [...document.querySelectorAll('.yomu-sheet p ruby')].find((r) => r.firstChild?.textContent === '制裁')!;
      const range = document.createRange();
      range.setStart(ruby.firstChild!, 0);
      range.setEnd(ruby.firstChild!, 1);
      ruby.scrollIntoView({ block: 'center' });
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await sheet.mouse.move(point.x - 20, point.y - 20);
    await sheet.mouse.move(point.x, point.y, { steps: 2 });
    await expect.poll(async () => (await popupText(sheet)) ?? '', { timeout: 20_000 }).toContain('sanction');

    // A word saved on the sheet is the article's: its page's URL and title, not the sheet's.
    const kyoutei = (await sheet.evaluate(wordPointInPage, { word: '協定', charIndex: 0, nth: 0 }))!;
    await sheet.mouse.move(2, kyoutei.y);
    await sheet.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await sheet.mouse.move(kyoutei.x, kyoutei.y, { steps: 2 });
    await expect.poll(async () => (await popupText(sheet)) ?? '', { timeout: 20_000 }).toContain('きょうてい');
    await sheet.keyboard.press('s');
    await expect.poll(async () => (await popupText(sheet)) ?? '', { timeout: 10_000 }).toContain('Saved ✓');
    const stored = await sheet.evaluate(async () => {
      // One key per word (schema 2): word:<lemma>TAB<reading>.
      const all = (await chrome.storage.local.get(null)) as Record<string, { lemma: string; source: object }>;
      return Object.entries(all).find(([k, w]) => k.startsWith('word:') && w.lemma === '協定')?.[1].source;
    });
    expect(stored).toEqual({ url: server.url('/article.html'), title: '習近平とプーチン:世界の変化の中での10年間の関係強化' });
    // Live: the word saved here joins the sheet's saved words at once.
    await expect.poll(() => sheet.locator('[data-sheet-section="words"]').innerText(), { timeout: 10_000 }).toContain('協定');
    // M (known) here takes 協定's furigana off the sheet, wherever it stands; M again brings it back.
    const rubiesOf = (word: string) =>
      sheet.evaluate((w) => [...document.querySelectorAll('.yomu-sheet ruby')].filter((r) => r.firstChild?.textContent === w).length, word);
    expect(await rubiesOf('協定')).toBeGreaterThan(0);
    expect(await popupText(sheet)).toContain('きょうてい');
    await sheet.keyboard.press('m');
    await expect.poll(() => rubiesOf('協定'), { timeout: 20_000 }).toBe(0);
    expect(await rubiesOf('制裁')).toBeGreaterThan(0);
    await saveScreenshot(sheet, 'study-reading-sheet-known');
    // The popup stays over the word through the redraw, and M unmarks it.
    await expect.poll(async () => (await popupText(sheet)) ?? '', { timeout: 10_000 }).toContain('Known ✓');
    await sheet.keyboard.press('m');
    await expect.poll(() => rubiesOf('協定'), { timeout: 20_000 }).toBeGreaterThan(0);
    await sheet.close();
  });
});
