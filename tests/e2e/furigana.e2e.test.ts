/**
 * Furigana as a reader meets it: the built extension in Debian's Chromium, turned on and off
 * from the options page, on the reference article and on pages made to test the edges.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { closeExtensionSession, openExtensionSession, saveScreenshot, setOptionsSwitch, tabIdOf, type ExtensionBrowser } from './support/extension-browser';
import type { FixtureServer } from './support/fixture-server';

let browser: ExtensionBrowser;
let server: FixtureServer;
let options: Page;

function setShowFurigana(on: boolean): Promise<void> {
  return setOptionsSwitch(options, 'Show furigana', on);
}

/** [base, reading] of every ruby we inserted, in document order. */
function rubyPairs(page: Page, selector = 'body'): Promise<[string, string][]> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel)!;
    return Array.from(root.querySelectorAll('ruby[data-yomu]')).map((ruby) => {
      const base = Array.from(ruby.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
      return [base, ruby.querySelector('rt')?.textContent ?? ''] as [string, string];
    });
  }, selector);
}

function rubyCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('ruby[data-yomu]').length);
}

beforeAll(async () => {
  ({ server, browser, options } = await openExtensionSession());
});

afterAll(() => closeExtensionSession({ server, browser }));

describe('the reference article', () => {
  test('furigana on from the options page, correct readings, off restores the page exactly', async () => {
    await setShowFurigana(false);
    const page = await browser.context.newPage();
    await page.goto(server.url('/article.html'));
    const original = await page.evaluate(() => document.body.innerHTML);
    expect(await rubyCount(page)).toBe(0);

    await setShowFurigana(true);
    await expect.poll(() => rubyCount(page), { timeout: 30_000 }).toBeGreaterThan(200);
    // Wait until the count settles: the whole article is annotated.
    let settled = -1;
    await expect.poll(async () => { const n = await rubyCount(page); const same = n === settled; settled = n; return same; }, { timeout: 30_000, interval: 500 }).toBe(true);

    const pairs = await rubyPairs(page);
    const reading = new Map(pairs);
    expect(reading.get('制裁')).toBe('せいさい');
    expect(reading.get('東京')).toBe('とうきょう');
    expect(reading.get('隣国')).toBe('りんごく');
    expect(reading.get('衰退')).toBe('すいたい');
    expect(reading.get('併合')).toBe('へいごう');
    expect(reading.get('慎重')).toBe('しんちょう');
    expect(reading.get('頻繁')).toBe('ひんぱん');
    // Okurigana stays bare: 築<rt>きず</rt>かれ.
    const kizuka = await page.evaluate(() => {
      const ruby = Array.from(document.querySelectorAll('ruby[data-yomu]')).find((r) => r.firstChild?.textContent === '築');
      return ruby ? [ruby.querySelector('rt')!.textContent, ruby.nextSibling?.textContent?.slice(0, 2)] : null;
    });
    expect(kizuka).toEqual(['きず', 'かれ']);
    // Ruby over kanji only: never over digits or kana.
    for (const [base] of pairs) expect(base).toMatch(/^[\p{Script=Han}々〆ヶ]+$/u);
    // Every element we inserted is marked.
    const unmarked = await page.evaluate(() =>
      Array.from(document.querySelectorAll('yomu-text, yomu-text *')).filter((el) => !el.hasAttribute('data-yomu')).length,
    );
    expect(unmarked).toBe(0);

    // Copying a paragraph gives the sentence without readings.
    const copied = await page.evaluate(() => {
      const p = document.querySelectorAll('article p')[1]!;
      getSelection()!.selectAllChildren(p);
      return getSelection()!.toString();
    });
    expect(copied).toContain('この同盟の基盤は徐々に築かれ、最初は2003年のアメリカのイラク侵攻に対する反応として');

    await page.evaluate(() => getSelection()!.removeAllRanges());
    await saveScreenshot(page, 'article-furigana');

    await setShowFurigana(false);
    await expect.poll(() => rubyCount(page), { timeout: 10_000 }).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(original);
    await page.close();
  });
});

describe('the page is not ours', () => {
  test('inputs, textareas and editable regions keep their Japanese text untouched', async () => {
    await setShowFurigana(true);
    const url = server.page(
      '/forms.html',
      `<!doctype html><html lang="ja"><meta charset="utf-8"><body>
        <p id="text">東京で会議が開かれました。</p>
        <input id="input" value="東京で会議">
        <textarea id="textarea">大阪で会議</textarea>
        <div id="editable" contenteditable="true">京都で会議が開かれました。</div>
        <pre id="pre">名古屋</pre><code id="code">横浜</code>
        <p id="ruby"><ruby>漢字<rt>かんじ</rt></ruby>を読む</p>
      </body></html>`,
    );
    const page = await browser.context.newPage();
    await page.goto(url);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('#text ruby[data-yomu]').length), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.locator('#input').inputValue()).toBe('東京で会議');
    expect(await page.locator('#textarea').inputValue()).toBe('大阪で会議');
    expect(await page.evaluate(() => document.getElementById('editable')!.innerHTML)).toBe('京都で会議が開かれました。');
    expect(await page.evaluate(() => document.getElementById('pre')!.innerHTML)).toBe('名古屋');
    expect(await page.evaluate(() => document.getElementById('code')!.innerHTML)).toBe('横浜');
    expect(await page.evaluate(() => document.querySelectorAll('#ruby ruby[data-yomu]').length)).toBe(1); // 読 only, not the page's ruby
    expect(await page.evaluate(() => document.querySelector('#ruby ruby:not([data-yomu])')!.outerHTML)).toBe('<ruby>漢字<rt>かんじ</rt></ruby>');
    await page.close();
  });

  test('paragraphs added after load are annotated as they appear', async () => {
    await setShowFurigana(true);
    const url = server.page(
      '/dynamic.html',
      `<!doctype html><html lang="ja"><meta charset="utf-8"><body><div id="feed"><p>最初の記事です。</p></div>
       <script>
         let n = 0;
         const timer = setInterval(() => {
           const p = document.createElement('p');
           p.className = 'later';
           p.textContent = '新しい記事が追加されました。番号' + (++n);
           document.getElementById('feed').append(p);
           if (n === 3) clearInterval(timer);
         }, 300);
       </script></body></html>`,
    );
    const page = await browser.context.newPage();
    await page.goto(url);
    await expect
      .poll(() => page.evaluate(() => Array.from(document.querySelectorAll('p.later')).filter((p) => p.querySelector('ruby[data-yomu]')).length), { timeout: 30_000 })
      .toBe(3);
    const readings = await rubyPairs(page, 'p.later');
    expect(new Map(readings).get('記事')).toBe('きじ');
    // Nothing annotated twice: no ruby inside ruby, no wrapper inside a wrapper.
    expect(await page.evaluate(() => document.querySelectorAll('[data-yomu] yomu-text, ruby ruby').length)).toBe(0);
    await page.close();
  });
});

describe('the keyboard toggle', () => {
  test('the toggle command turns furigana off and on in that tab only', async () => {
    await setShowFurigana(true);
    const url = server.page('/toggle.html', '<!doctype html><html lang="ja"><meta charset="utf-8"><body><p>東京で会議が開かれた。</p></body></html>');
    const page = await browser.context.newPage();
    await page.goto(url);
    const other = await browser.context.newPage();
    await other.goto(url);
    await expect.poll(() => rubyCount(page), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => rubyCount(other), { timeout: 30_000 }).toBeGreaterThan(0);

    const manifest = await browser.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(Object.keys(manifest.commands ?? {})).toContain('toggle-furigana');
    // What the background does on the command: send the toggle to the active tab.
    const pressToggle = () =>
      browser.serviceWorker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
        await chrome.tabs.sendMessage(tab!.id!, { type: 'yomu-tab:toggle-furigana' });
      });
    await page.bringToFront();
    await pressToggle();
    await expect.poll(() => rubyCount(page)).toBe(0);
    expect(await rubyCount(other)).toBeGreaterThan(0);
    await pressToggle();
    await expect.poll(() => rubyCount(page), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.close();
    await other.close();
  });
});

describe('the toolbar popup', () => {
  test('its site switch turns furigana on for that site only, and off again', async () => {
    await setShowFurigana(false);
    const page = await browser.context.newPage();
    await page.goto(server.url('/article.html'));
    const popup = await browser.openExtensionPage(`popup.html?tabId=${await tabIdOf(browser, page)}`);
    const siteSwitch = popup.getByRole('switch', { name: 'Furigana on 127.0.0.1' });
    await expect.poll(() => siteSwitch.isChecked()).toBe(false);
    await siteSwitch.click();
    await expect.poll(() => rubyCount(page), { timeout: 30_000 }).toBeGreaterThan(200);
    expect(await options.getByRole('switch', { name: 'Show furigana' }).isChecked()).toBe(false);
    const stored = await browser.serviceWorker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
    expect(stored).toMatchObject({ showFurigana: false, siteFurigana: { '127.0.0.1': true } });
    await siteSwitch.click();
    await expect.poll(() => rubyCount(page)).toBe(0);
    await popup.close();
    await page.close();
  });
});
