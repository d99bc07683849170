/**
 * Furigana as a reader meets it: the built extension in Debian's Chromium, turned on and off
 * from the options page, on the reference article and on pages made to test the edges. Readings
 * are drawn in our layer (`[data-yomu="furigana"]`, open shadow root, `[data-base]` /
 * `[data-reading]`); the page's own DOM must not change.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import {
  closeExtensionSession,
  openExtensionSession,
  saveScreenshot,
  setOptionsSwitch,
  tabIdOf,
  type ExtensionBrowser,
} from './support/extension-browser';
import type { FixtureServer } from './support/fixture-server';
import { hoverWord } from './support/page-hover';
import { alignReading } from '../../core/furigana/align-reading';
import { readingsOffTheirBase } from './support/reading-layer';
import { traceRenderer, writeSettings } from '../../scripts/bench-page-support';

let browser: ExtensionBrowser;
let server: FixtureServer;
let options: Page;

function setShowFurigana(on: boolean): Promise<void> {
  return setOptionsSwitch(options, 'Show furigana', on);
}

interface Drawn {
  base: string;
  reading: string;
  part: string | null;
  rect: { left: number; top: number; right: number; bottom: number };
}

/** Every reading drawn and visible in the layer of a page or frame, in drawing order. */
function drawn(target: Page | Frame): Promise<Drawn[]> {
  return target.evaluate(() => {
    const out: Drawn[] = [];
    for (const host of Array.from(document.querySelectorAll('[data-yomu="furigana"]'))) {
      for (const el of Array.from(host.shadowRoot?.querySelectorAll('[data-base]') ?? [])) {
        if (!el.checkVisibility()) continue;
        const r = el.getBoundingClientRect();
        out.push({
          base: el.getAttribute('data-base')!,
          reading: el.getAttribute('data-reading')!,
          part: el.getAttribute('data-part'),
          rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
        });
      }
    }
    return out;
  });
}

/** [base, reading] of whole words: the pieces of a reading cut across lines joined again. */
function wordPairs(readings: Drawn[]): [string, string][] {
  const pairs: [string, string][] = [];
  let open: [string, string] | undefined;
  for (const r of readings) {
    if (r.part && !r.part.startsWith('1/') && open) {
      open[0] += r.base;
      open[1] += r.reading;
    } else {
      open = [r.base, r.reading];
      pairs.push(open);
    }
  }
  return pairs;
}

async function readingCount(target: Page | Frame): Promise<number> {
  return (await drawn(target)).length;
}

/** Waits until the number of drawn readings stops changing, and returns it. */
async function settle(target: Page | Frame, atLeast = 1): Promise<number> {
  let last = -1;
  await expect
    .poll(
      async () => {
        const n = await readingCount(target);
        const same = n === last && n >= atLeast;
        last = n;
        return same;
      },
      { timeout: 60_000, interval: 500 },
    )
    .toBe(true);
  return last;
}

/**
 * The page as its own code sees it: body markup (with the one attribute we may add to blocks,
 * data-yomu-room, left out and counted apart), whether our room rule is adopted, the document
 * element's children.
 */
function pageState(page: Page): Promise<{ body: string; room: number; roomSheet: boolean; rootChildren: number }> {
  return page.evaluate(() => ({
    body: document.body.innerHTML.replaceAll(' data-yomu-room=""', ''),
    room: document.querySelectorAll('[data-yomu-room]').length,
    roomSheet: document.adoptedStyleSheets.some((s) => Array.from(s.cssRules).some((r) => r.cssText.includes('data-yomu-room'))),
    rootChildren: document.documentElement.children.length,
  }));
}

/** Every text node of the body, to check that the page keeps its own nodes. */
async function keepTextNodes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    (window as unknown as { __textNodes: Text[] }).__textNodes = nodes;
  });
}

function textNodesKept(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const kept = (window as unknown as { __textNodes: Text[] }).__textNodes;
    const now: Text[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) now.push(n as Text);
    return now.length === kept.length && now.every((n, i) => n === kept[i]);
  });
}

/** The gold readings of the article, kanji by kanji run as the reading layer aligns them. */
function goldPairs(): Set<string> {
  const lines = readFileSync(new URL('../fixtures/article-readings.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const pairs = new Set<string>();
  for (const line of lines) {
    const { morphs } = JSON.parse(line) as { morphs: [string, string][] };
    // Segments may join several morphs (関係強化): gold for any run of up to four morphs.
    for (let i = 0; i < morphs.length; i++) {
      let surface = '';
      let reading = '';
      for (let j = i; j < Math.min(morphs.length, i + 4); j++) {
        surface += morphs[j]![0];
        reading += morphs[j]![1];
        for (const part of alignReading(surface, reading)) pairs.add(`${surface.slice(part.start, part.end)}\t${part.reading}`);
      }
    }
  }
  return pairs;
}

beforeAll(async () => {
  ({ server, browser, options } = await openExtensionSession());
});

afterAll(() => closeExtensionSession({ server, browser }));

describe('the reference article', () => {
  test('readings match the gold on the first screen; the page DOM is untouched; off restores exactly', async () => {
    await setShowFurigana(false);
    const page = await browser.context.newPage();
    await page.goto(server.url('/article.html'));
    const original = await pageState(page);
    await keepTextNodes(page);
    expect(await readingCount(page)).toBe(0);

    await setShowFurigana(true);
    const count = await settle(page, 200);
    expect(count).toBeGreaterThan(200);

    // The page's own DOM is byte-identical but for data-yomu-room on blocks that needed room
    // (the article's line-height is the font's 'normal'): our layer lives outside body, and the
    // page's text nodes are the same nodes.
    const on = await pageState(page);
    expect(on.body).toBe(original.body);
    expect(on.room).toBeGreaterThan(0);
    expect(on.roomSheet).toBe(true);
    expect(on.rootChildren).toBe(original.rootChildren + 1);
    expect(await textNodesKept(page)).toBe(true);

    const readings = await drawn(page);
    const pairs = wordPairs(readings);
    const reading = new Map(pairs);
    expect(reading.get('制裁')).toBe('せいさい');
    expect(reading.get('隣国')).toBe('りんごく');
    expect(reading.get('衰退')).toBe('すいたい');
    expect(reading.get('併合')).toBe('へいごう');
    expect(reading.get('慎重')).toBe('しんちょう');
    expect(reading.get('頻繁')).toBe('ひんぱん');
    expect(reading.get('築')).toBe('きず');
    // Readings over kanji only, never over digits or kana.
    for (const [base] of pairs) expect(base).toMatch(/^[\p{Script=Han}々〆ヶ]+$/u);
    // The first screen: every reading is one the gold gives its base.
    const gold = goldPairs();
    const firstScreen = wordPairs(readings.filter((r) => r.rect.bottom > 0 && r.rect.top < 900));
    expect(firstScreen.length).toBeGreaterThan(100);
    expect(firstScreen.filter(([b, r]) => !gold.has(`${b}\t${r}`))).toEqual([]);
    // No two readings overlap.
    const overlapping = readings.filter((a, i) =>
      readings.some(
        (b, j) =>
          j > i &&
          a.rect.left < b.rect.right - 0.5 &&
          b.rect.left < a.rect.right - 0.5 &&
          a.rect.top < b.rect.bottom - 0.5 &&
          b.rect.top < a.rect.bottom - 0.5,
      ),
    );
    expect(overlapping).toEqual([]);
    // A reading sits above its base, within a line of it.
    const base = await page.evaluate(() => {
      const p = document.querySelectorAll('article p')[1]!;
      const text = p.firstChild as Text;
      const at = text.data.indexOf('基盤');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 2);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top };
    });
    const kiban = readings.find((r) => r.base === '基盤')!;
    expect(kiban.rect.bottom).toBeLessThanOrEqual(base.top + 6);
    expect(kiban.rect.bottom).toBeGreaterThan(base.top - 12);
    expect(Math.abs((kiban.rect.left + kiban.rect.right) / 2 - (base.left + base.right) / 2)).toBeLessThan(2);

    // Copying a paragraph gives the sentence without readings; find-in-page finds phrases across words with readings.
    const copied = await page.evaluate(() => {
      const p = document.querySelectorAll('article p')[1]!;
      getSelection()!.selectAllChildren(p);
      return getSelection()!.toString();
    });
    expect(copied).toContain('この同盟の基盤は徐々に築かれ、最初は2003年のアメリカのイラク侵攻に対する反応として');
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await saveScreenshot(page, 'article-furigana');

    await setShowFurigana(false);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-yomu="furigana"]').length), { timeout: 10_000 }).toBe(0);
    expect(await pageState(page)).toEqual(original);
    expect(await page.evaluate(() => document.body.innerHTML.includes('data-yomu'))).toBe(false);
    expect(await textNodesKept(page)).toBe(true);
    // And on again, at once.
    await setShowFurigana(true);
    await settle(page, 200);
    expect((await pageState(page)).body).toBe(original.body);
    await setShowFurigana(false);
    await expect.poll(() => pageState(page)).toEqual(original);
    await page.close();
  });

  test('at 200 % zoom the readings are placed over their bases too', async () => {
    await setShowFurigana(true);
    const page = await browser.context.newPage();
    await page.goto(server.url('/article.html'));
    const cdp = await browser.context.newCDPSession(page);
    // Zoom as the browser does it: half the CSS viewport, twice the device pixels.
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 600, height: 450, deviceScaleFactor: 2, mobile: false });
    await expect.poll(() => page.evaluate(() => [innerWidth, devicePixelRatio])).toEqual([600, 2]);
    await settle(page, 50);
    const readings = await drawn(page);
    const overlapping = readings.filter((a, i) =>
      readings.some(
        (b, j) =>
          j > i &&
          a.rect.left < b.rect.right - 0.5 &&
          b.rect.left < a.rect.right - 0.5 &&
          a.rect.top < b.rect.bottom - 0.5 &&
          b.rect.top < a.rect.bottom - 0.5,
      ),
    );
    expect(overlapping).toEqual([]);
    // Each reading stands over its base: the text under its centre, just below it, is its base's.
    const misplaced = await page.evaluate(() => {
      const host = document.querySelector('[data-yomu="furigana"]')!;
      const wrong: string[] = [];
      for (const el of Array.from(host.shadowRoot!.querySelectorAll('[data-base]'))) {
        const r = el.getBoundingClientRect();
        if (r.bottom < 0 || r.top > innerHeight || el.getAttribute('data-part')) continue;
        const base = el.getAttribute('data-base')!;
        const x = r.left + r.width / 2;
        const font = parseFloat(getComputedStyle(el).fontSize) / 0.55;
        const hit = document.caretPositionFromPoint(x, r.bottom + font * 0.6);
        const text = hit?.offsetNode.nodeType === Node.TEXT_NODE ? (hit.offsetNode as Text).data : '';
        const around = text.slice(Math.max(0, hit!.offset - base.length), hit!.offset + base.length);
        if (!around.includes(base)) wrong.push(`${base}: ${around}`);
      }
      return wrong;
    });
    expect(misplaced).toEqual([]);
    const shot = await cdp.send('Page.captureScreenshot', { format: 'png' });
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const { ARTIFACTS_DIR } = await import('./support/extension-browser');
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    writeFileSync(`${ARTIFACTS_DIR}article-furigana-200.png`, Buffer.from(shot.data, 'base64'));
    await page.close();
  });
});

describe('the page is not ours', () => {
  test('inputs, textareas, editable regions, code and the page’s own ruby keep their text untouched', async () => {
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
        <p id="ruby-context">有名な<ruby>政治<rp>(</rp><rt>せいぢ</rt><rp>)</rp></ruby>家が話す</p>
      </body></html>`,
    );
    const page = await browser.context.newPage();
    await page.goto(url);
    await settle(page);
    const bases = (await drawn(page)).map((r) => r.base);
    expect(bases).toEqual(expect.arrayContaining(['東京', '会議', '開', '読']));
    for (const untouched of ['大阪', '京都', '名古屋', '横浜', '漢字', '政治']) expect(bases).not.toContain(untouched);
    // The page's ruby is read with its sentence: 家 after it is the end of 政治家 (か), not 家 alone (いえ).
    expect(new Map((await drawn(page)).map((r) => [r.base, r.reading])).get('家')).toBe('か');
    expect(await page.locator('#input').inputValue()).toBe('東京で会議');
    expect(await page.locator('#textarea').inputValue()).toBe('大阪で会議');
    expect(await page.evaluate(() => document.getElementById('editable')!.innerHTML)).toBe('京都で会議が開かれました。');
    expect(await page.evaluate(() => document.getElementById('ruby')!.innerHTML)).toBe('<ruby>漢字<rt>かんじ</rt></ruby>を読む');
    await page.close();
  });

  test('find-in-page finds phrases running past words with readings', async () => {
    await setShowFurigana(true);
    const url = server.page(
      '/find.html',
      '<!doctype html><html lang="ja"><meta charset="utf-8"><body><p>二人は出口の前で会います。</p></body></html>',
    );
    const page = await browser.context.newPage();
    await page.goto(url);
    await settle(page);
    expect(new Map(wordPairs(await drawn(page))).get('出口')).toBe('でぐち');
    const found = await page.evaluate(() => {
      const results: boolean[] = [];
      for (const phrase of ['会います', '出口の前', '二人は出口の前で会います。']) {
        getSelection()!.removeAllRanges();
        results.push((window as unknown as { find(text: string): boolean }).find(phrase) && getSelection()!.toString() === phrase);
      }
      return results;
    });
    expect(found).toEqual([true, true, true]);
    await page.close();
  });

  test('a headline in a fixed-height overflow:hidden box is not clipped more than without us', async () => {
    await setShowFurigana(false);
    const html = `<!doctype html><html lang="ja"><meta charset="utf-8"><body style="font-family:'Noto Sans CJK JP'">
      <div id="box" style="height:64px;overflow:hidden;width:420px;border:1px solid #ccc">
        <h2 id="h" style="margin:0;font-size:24px;line-height:1.3">政府は経済制裁を決めたと首相が記者会見で発表した</h2>
      </div>
      <p id="clamp" style="display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden;width:300px;line-height:1.2">国際社会は新たな制裁措置について議論を続けており、各国の外務大臣が来週会談する予定である。</p>
      <p id="free" style="line-height:1.2">東京の天気は晴れです。</p>
    </body></html>`;
    const url = server.page('/clipped.html', html);
    const page = await browser.context.newPage();
    await page.goto(url);
    const measure = () =>
      page.evaluate(() => {
        const box = document.getElementById('box')!;
        const h = document.getElementById('h')!;
        const clamp = document.getElementById('clamp')!;
        return {
          boxScroll: box.scrollHeight,
          hHeight: h.getBoundingClientRect().height,
          clampHeight: clamp.getBoundingClientRect().height,
          clampScroll: clamp.scrollHeight,
        };
      });
    const without = await measure();
    const original = await pageState(page);
    // Every size the boxed headline takes while readings come, as the page itself would see it
    // (a ResizeObserver is told before each paint): room given and taken back must never be seen.
    await page.evaluate(() => {
      const sizes: string[] = [];
      (window as unknown as { headlineSizes: string[] }).headlineSizes = sizes;
      new ResizeObserver((entries) => {
        for (const e of entries) sizes.push(`${e.contentRect.width}x${e.contentRect.height}`);
      }).observe(document.getElementById('h')!);
    });
    await setShowFurigana(true);
    await settle(page);
    const withUs = await measure();
    expect(withUs).toEqual(without);
    const sizes = await page.evaluate(() => (window as unknown as { headlineSizes: string[] }).headlineSizes);
    expect(new Set(sizes).size, sizes.join(' ')).toBe(1);
    // Room only where it hides nothing: the free paragraph gets it, the boxed and clamped ones do not.
    expect(
      await page.evaluate(() => ['h', 'clamp', 'free'].map((id) => document.getElementById(id)!.hasAttribute('data-yomu-room'))),
    ).toEqual([false, false, true]);
    // No reading of the boxed headline is drawn in part: each is whole inside the box or absent.
    const box = await page.evaluate(() => {
      const r = document.getElementById('box')!.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    const headline = await page.evaluate(() => document.getElementById('h')!.textContent!);
    const inBox = (await drawn(page)).filter((r) => headline.includes(r.base));
    for (const r of inBox) {
      expect(r.rect.top).toBeGreaterThanOrEqual(box.top - 0.5);
      expect(r.rect.bottom).toBeLessThanOrEqual(box.bottom + 0.5);
    }
    // The free paragraph has its readings.
    expect((await drawn(page)).map((r) => r.base)).toEqual(expect.arrayContaining(['東京', '天気']));
    await saveScreenshot(page, 'furigana-clipped-box');
    await setShowFurigana(false);
    await expect.poll(() => pageState(page)).toEqual(original);
    await page.close();
  });
  test('cards that hide what overflows them in other ways keep every character of their text in sight', async () => {
    await setShowFurigana(false);
    const card = 'width:260px;border:1px solid #999;padding:6px;box-sizing:border-box';
    const h = '<h3 style="font-size:17px;line-height:1.3;margin:0 0 4px">';
    const p = '<p style="margin:0;font-size:14px;line-height:1.4">';
    const html = `<!doctype html><html lang="ja"><meta charset="utf-8"><body style="font-family:'Noto Sans CJK JP';margin:8px">
      <div style="display:flex;flex-wrap:wrap;gap:10px">
      <div data-c="wide image" style="${card};height:118px;overflow:hidden">${h}首相が外交方針を表明</h3><img alt="" style="display:block;width:520px;height:4px;background:#c00">${p}首相は国会で施政方針演説を行い、同盟国との連携強化と防衛力の抜本的強化を訴えた。</p></div>
      <div data-c="contain paint" style="${card};height:118px;contain:paint">${h}株価が大幅下落</h3>${p}東京株式市場で日経平均株価が大幅に下落し、投資家の間で警戒感が広がっている。取引終了まで。</p></div>
      <div data-c="clip-path" style="${card};height:118px;clip-path:inset(0)">${h}選挙の投票率が低下</h3>${p}衆議院選挙の投票率は前回を下回り、若い世代の政治離れが改めて浮き彫りとなった。各党は対策を急ぐ。</p></div>
      <div data-c="hidden down, scrolls across" style="${card};height:118px;overflow-y:hidden;overflow-x:auto">${h}新幹線が運転見合わせ</h3>${p}大雪の影響で上越新幹線が始発から運転を見合わせており、帰省客に影響が出ている。再開は未定だ。</p></div>
      <div data-c="text at the bottom" style="${card};height:118px;overflow:hidden;display:flex;flex-direction:column;justify-content:flex-end">${p}警察によると、男は容疑を認めており、動機などを詳しく調べている。近所の住民は驚いている。</p>${h}男を殺人未遂容疑で逮捕</h3></div>
      </div></body></html>`;
    const url = server.page('/hiding-cards.html', html);
    const page = await browser.context.newPage();
    await page.goto(url);
    // Per card, the characters of its text whose box is not wholly inside the card's.
    const hiddenPerCard = () =>
      page.evaluate(() => {
        const out: Record<string, number> = {};
        for (const c of Array.from(document.querySelectorAll<HTMLElement>('[data-c]'))) {
          const cr = c.getBoundingClientRect();
          let hidden = 0;
          const walk = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
          for (let n = walk.nextNode() as Text | null; n; n = walk.nextNode() as Text | null) {
            for (let i = 0; i < n.data.length; i++) {
              const range = document.createRange();
              range.setStart(n, i);
              range.setEnd(n, i + 1);
              const b = range.getBoundingClientRect();
              if (b.width === 0 && b.height === 0) continue;
              if (b.bottom > cr.bottom + 0.5 || b.top < cr.top - 0.5 || b.right > cr.right + 0.5 || b.left < cr.left - 0.5) hidden++;
            }
          }
          out[c.dataset.c!] = hidden;
        }
        return out;
      });
    const without = await hiddenPerCard();
    const setRubySize = (rubySize: number) =>
      options.evaluate(async (rubySize) => {
        const current = ((await chrome.storage.sync.get('settings')).settings ?? {}) as object;
        await chrome.storage.sync.set({ settings: { ...current, rubySize } });
      }, rubySize);
    try {
      for (const size of [55, 80]) {
        await setRubySize(size);
        await setShowFurigana(true);
        await settle(page);
        expect(await hiddenPerCard(), `readings at ${size} %`).toEqual(without);
        await setShowFurigana(false);
      }
    } finally {
      await setRubySize(55);
    }
    await page.close();
  });
});

describe('text the page splits, turns or hides away', () => {
  test('a word split by <a>, <b> or <span> gets its readings per piece', async () => {
    await setShowFurigana(true);
    const url = server.page(
      '/split.html',
      `<!doctype html><html lang="ja"><meta charset="utf-8"><body style="font-size:20px;line-height:2">
        <p id="a">政府は<a href="#">経済</a>制裁を決めた。</p>
        <p id="b">北<b>大西洋</b>条約機構の会議。</p>
        <p id="c">新しい<span>手</span>紙が届いた。</p>
      </body></html>`,
    );
    const page = await browser.context.newPage();
    await page.goto(url);
    await settle(page, 5);
    const pairs = wordPairs(await drawn(page));
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['経済', 'けいざい'],
        ['制裁', 'せいさい'],
      ]),
    );
    // Every kanji of each sentence stands under some reading: none is dropped.
    const bases = pairs.map(([b]) => b).join('');
    for (const kanji of '政府経済制裁決北大西洋条約機構会議新手紙届') expect(bases).toContain(kanji);
    await saveScreenshot(page, 'furigana-split-words');
    await page.close();
  });

  test('a kanji only KANJIDIC2 can read gets its reading marked uncertain, never none', async () => {
    await setShowFurigana(true);
    const url = server.page(
      '/unknown-kanji.html',
      `<!doctype html><html lang="ja"><meta charset="utf-8"><body style="font-size:20px;line-height:2">
        <p>華厳の瀑を見に行った。</p>
      </body></html>`,
    );
    const page = await browser.context.newPage();
    await page.goto(url);
    await settle(page, 3);
    const marked = await page.evaluate(() =>
      Array.from(document.querySelector('[data-yomu="furigana"]')?.shadowRoot?.querySelectorAll('[data-base]') ?? []).map((el) => [
        el.getAttribute('data-base'),
        el.getAttribute('data-reading'),
        el.hasAttribute('data-uncertain'),
      ]),
    );
    expect(marked).toContainEqual(['瀑', 'ばく', true]);
    expect(marked).toContainEqual(['見', 'み', false]);
    await saveScreenshot(page, 'furigana-uncertain-reading');
    await page.close();
  });

  test("a word IPADIC cuts into pieces is read whole as UniDic's lexicon has it (the packaged lexicon words)", async () => {
    await setShowFurigana(true);
    const url = server.page(
      '/lexicon-words.html',
      `<!doctype html><html lang="ja"><meta charset="utf-8"><body style="font-size:20px;line-height:2">
        <p>筋肉には速筋と遅筋がある。</p>
      </body></html>`,
    );
    const page = await browser.context.newPage();
    await page.goto(url);
    await settle(page, 2);
    const pairs = await page.evaluate(() =>
      Array.from(document.querySelector('[data-yomu="furigana"]')?.shadowRoot?.querySelectorAll('[data-base]') ?? []).map((el) => [
        el.getAttribute('data-base'),
        el.getAttribute('data-reading'),
      ]),
    );
    // Without readings/lexicon-words.tsv.gz these read はや|すじ and おそ|すじ.
    expect(pairs).toContainEqual(['速筋', 'そっきん']);
    expect(pairs).toContainEqual(['遅筋', 'ちきん']);
    // Its popup is the word read whole, with the entries of its parts (EDICT has no 速筋), said so.
    const popup = () =>
      page.evaluate(() => {
        const root = document.querySelector('[data-yomu="popup"]')?.shadowRoot;
        return {
          surface: root?.querySelector('.yomu-surface')?.textContent ?? '',
          note: root?.querySelector('.yomu-parts-note')?.textContent ?? '',
          heads: Array.from(root?.querySelectorAll('.yomu-entry-head') ?? []).map((el) => el.textContent ?? ''),
        };
      });
    await expect
      .poll(
        async () => {
          const shown = await hoverWord(page, '速筋', popup);
          return `${shown?.surface} | ${shown?.note} | ${shown?.heads.some((h) => h.startsWith('筋')) ? 'has 筋' : shown?.heads.join(', ')}`;
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe('速筋 | No entry for the whole word; its parts: | has 筋');
    await saveScreenshot(page, 'hover-word-read-whole-parts');
    await page.close();
  });

  test('vertical text: readings to the right of the column, written vertically', async () => {
    await setShowFurigana(true);
    const url = server.page(
      '/vertical.html',
      `<!doctype html><html lang="ja"><meta charset="utf-8"><body style="font-family:'Noto Serif CJK JP'">
        <div id="v" style="writing-mode:vertical-rl;height:360px;font-size:22px;line-height:2;margin:20px">
          <p>日本語の縦書きでは、振り仮名は文字の右側に付きます。</p><p>政府は経済制裁を決定した。</p>
        </div></body></html>`,
    );
    const page = await browser.context.newPage();
    await page.goto(url);
    await settle(page, 5);
    const readings = await drawn(page);
    const nihongo = readings.find((r) => r.base === '日本語')!;
    expect(nihongo.reading).toBe('にほんご');
    const base = await page.evaluate(() => {
      const text = document.querySelector('#v p')!.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 3);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    });
    // Right of the column, along it (taller than wide), and beside the base.
    expect(nihongo.rect.left).toBeGreaterThanOrEqual(base.right - 6);
    expect(nihongo.rect.bottom - nihongo.rect.top).toBeGreaterThan(nihongo.rect.right - nihongo.rect.left);
    expect(nihongo.rect.top).toBeLessThan(base.bottom);
    expect(nihongo.rect.bottom).toBeGreaterThan(base.top);
    await saveScreenshot(page, 'furigana-vertical');
    await page.close();
  });

  test('an open shadow root and a srcdoc frame get readings', async () => {
    await setShowFurigana(true);
    const url = server.page(
      '/shadow.html',
      `<!doctype html><html lang="ja"><meta charset="utf-8"><body>
        <div id="host"></div>
        <iframe id="frame" style="width:500px;height:120px" srcdoc="<!doctype html><meta charset=utf-8><p>大阪の天気は雨です。</p>"></iframe>
        <script>
          const root = document.getElementById('host').attachShadow({ mode: 'open' });
          root.innerHTML = '<p>東京の天気は晴れです。</p>';
        </script>
      </body></html>`,
    );
    const page = await browser.context.newPage();
    await page.goto(url);
    await expect
      .poll(async () => wordPairs(await drawn(page)).map(([b]) => b), { timeout: 60_000 })
      .toEqual(expect.arrayContaining(['東京', '天気', '晴']));
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await expect
      .poll(async () => wordPairs(await drawn(frame)).map(([b]) => b), { timeout: 60_000 })
      .toEqual(expect.arrayContaining(['大阪', '天気', '雨']));
    await saveScreenshot(page, 'furigana-shadow-frame');
    await page.close();
  });

  test('readings move with the text of a scroll container', async () => {
    await setShowFurigana(true);
    const paragraphs = Array.from({ length: 30 }, (_, i) => `<p id="p${i}">第${i + 1}段落では政府の経済政策を説明します。</p>`).join('');
    const url = server.page(
      '/scroller.html',
      `<!doctype html><html lang="ja"><meta charset="utf-8"><body><div id="s" style="height:300px;overflow:auto;border:1px solid #999;line-height:2">${paragraphs}</div></body></html>`,
    );
    const page = await browser.context.newPage();
    await page.goto(url);
    await settle(page, 10);
    /** Offset of the reading over 政府 of paragraph 3 from its base, and whether it is visible. */
    const offset = async () => {
      const base = await page.evaluate(() => {
        const text = document.getElementById('p3')!.firstChild as Text;
        const at = text.data.indexOf('政府');
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 2);
        const r = range.getBoundingClientRect();
        return { left: r.left, top: r.top };
      });
      const readings = (await drawn(page)).filter((r) => r.base === '政府');
      const mine = readings.find((r) => Math.abs(r.rect.top - base.top) < 30 && Math.abs(r.rect.left - base.left) < 30);
      return mine ? Math.round(mine.rect.top - base.top) : undefined;
    };
    const before = await offset();
    expect(before).toBeDefined();
    await page.evaluate(() => {
      document.getElementById('s')!.scrollTop = 60;
    });
    await expect.poll(offset, { timeout: 10_000 }).toBe(before);
    // Scrolled out of the container's box, its readings are clipped with the text.
    await page.evaluate(() => {
      document.getElementById('s')!.scrollTop = 400;
    });
    await expect.poll(offset, { timeout: 10_000 }).toBeUndefined();
    await page.close();
  });

  test('romaji readings stay inside the line box', async () => {
    await writeSettings(browser.context, browser.extensionId, { showFurigana: true, readingScript: 'romaji', hoverTrigger: 'none' });
    const page = await browser.context.newPage();
    await page.goto(server.url('/article.html'));
    await settle(page, 100);
    const readings = await drawn(page);
    expect(readings.find((r) => r.base === '制裁')?.reading).toBe('seisai');
    const article = await page.evaluate(() => {
      const r = document.querySelector('article')!.getBoundingClientRect();
      return { left: r.left, right: r.right };
    });
    for (const r of readings) {
      expect(r.rect.left).toBeGreaterThanOrEqual(article.left - 1);
      expect(r.rect.right).toBeLessThanOrEqual(article.right + 1);
    }
    await saveScreenshot(page, 'article-furigana-romaji');
    await writeSettings(browser.context, browser.extensionId, { showFurigana: false, readingScript: 'hiragana', hoverTrigger: 'none' });
    await page.close();
  });
});

describe('the page changes under us', () => {
  test('paragraphs added after load get readings; a changed text never shows a stale reading', async () => {
    await setShowFurigana(true);
    const url = server.page(
      '/dynamic.html',
      `<!doctype html><html lang="ja"><meta charset="utf-8"><body><div id="feed"><p id="first">最初の記事です。</p></div>
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
    await expect.poll(async () => (await drawn(page)).filter((r) => r.base === '追加').length, { timeout: 30_000 }).toBe(3);
    // The page swaps a text: the old word's reading is gone by the next frame, the new one comes.
    const staleSeen = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const p = document.getElementById('first')!;
          const bases = () =>
            Array.from(document.querySelector('[data-yomu="furigana"]')!.shadowRoot!.querySelectorAll('[data-base]'))
              .filter((el) => el.checkVisibility())
              .map((el) => el.getAttribute('data-base'));
          (p.firstChild as Text).data = '速報の見出しです。';
          requestAnimationFrame(() => resolve(bases().includes('最初')));
        }),
    );
    expect(staleSeen).toBe(false);
    await expect
      .poll(async () => wordPairs(await drawn(page)).map(([b]) => b), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['速報', '見出']));
    expect((await drawn(page)).map((r) => r.base)).not.toContain('最初');
    await page.close();
  });
});

describe('a page at rest', () => {
  /**
   * Main-thread frames (BeginMainFrame) the page's renderer draws in `ms`, traced over CDP; the
   * page's process is the one where a user-timing mark made during the trace lands.
   */
  async function framesDrawn(page: Page, ms: number): Promise<number> {
    const events = await traceRenderer(browser.context, page, 'cc', ms);
    return events.filter((e) => e.name === 'ProxyMain::BeginMainFrame' && e.ph === 'X').length;
  }

  test('draws no frame of ours, and still follows a block that moves unreported', async () => {
    // A frame asked for at rest (the layer's check for moves, twice a second) made a mousemove that
    // came in the same vsync interval wait for the next frame: a hover up to 16.7 ms slower.
    await setShowFurigana(true);
    const url = server.page(
      '/at-rest.html',
      `<!doctype html><html lang="ja"><meta charset="utf-8"><style>p { margin: 20px }</style><body>
       <p id="moved">政府は経済政策を発表した。</p><p>国際社会の反応は様々だった。</p></body></html>`,
    );
    const page = await browser.context.newPage();
    await page.goto(url);
    await settle(page, 4);
    // At rest: fonts in, and a second for anything the page's load still had to draw.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForTimeout(1000);
    expect(await framesDrawn(page, 2500)).toBe(0);
    // A style rule changed through the CSSOM moves a block: no mutation, no resize tells us.
    const before = (await drawn(page)).find((r) => r.base === '政府')!;
    await page.evaluate(() => {
      const rule = document.styleSheets[0]!.cssRules[0] as CSSStyleRule;
      rule.style.transform = 'translateY(60px)';
    });
    await expect
      .poll(async () => Math.round(((await drawn(page)).find((r) => r.base === '政府')?.rect.top ?? 0) - before.rect.top), {
        timeout: 10_000,
      })
      .toBe(60);
    await page.close();
  });

  test('a layer the page takes out is put back with its readings', async () => {
    // A framework that renders <html>'s children again drops nodes it did not make: ours too.
    await setShowFurigana(true);
    const page = await browser.context.newPage();
    await page.goto(server.url('/article.html'));
    await settle(page, 20);
    const before = await drawn(page);
    // Taken out and counted in one task: our observer, which puts it back, runs only after it (a
    // count asked in a second round trip raced it on a loaded machine and found the layer back).
    const left = await page.evaluate(() => {
      document.querySelector('[data-yomu="furigana"]')!.remove();
      return document.querySelectorAll('[data-yomu="furigana"]').length;
    });
    expect(left).toBe(0);
    await expect.poll(() => readingCount(page), { timeout: 10_000 }).toBe(before.length);
    // Each where it was, over its word.
    expect(await drawn(page)).toEqual(before);
    await page.close();
  });
});

describe('text that moves inside a block whose box stays', () => {
  const offTheirBase = (page: Page) => page.evaluate(readingsOffTheirBase);

  /** A page of fixed-size blocks (their border boxes cannot change), furigana drawn and at rest. */
  async function openAtRest(name: string, css: string, body: string): Promise<{ page: Page; count: number }> {
    await setShowFurigana(true);
    const url = server.page(
      `/moves-${name}.html`,
      `<!doctype html><html lang="ja"><meta charset="utf-8"><style>p { width: 36em; height: 5em; margin: 20px; line-height: 2.2 } ${css}</style><body>${body}</body></html>`,
    );
    const page = await browser.context.newPage();
    await page.goto(url);
    await settle(page, 4);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForTimeout(1000);
    const atRest = await offTheirBase(page);
    expect(atRest.off).toEqual([]);
    return { page, count: atRest.count };
  }

  const SENTENCE = '<p class="b">政府は経済政策を発表した。国際社会の反応は様々だった。</p>';
  const SPACED = '<p class="b">東京 大阪 京都 名古屋 横浜 神戸 札幌 福岡 仙台 広島</p>';
  const INLINE = '<p class="b">速報：<span class="c">首相</span>が会見で新しい対策を説明した。</p>';
  const TICKER = '<p class="b">ニュース：<span class="c">政府が新しい経済対策を発表</span>しました。</p>';
  /** The first rule of the page's sheet, changed through the CSSOM: no mutation tells us. */
  const RULE = 'document.styleSheets[0].cssRules[1].style';
  const cases: { kind: string; css: string; body: string; change: string }[] = [
    { kind: 'text-align by a CSSOM rule', css: '.b { text-align: left }', body: SENTENCE, change: `${RULE}.textAlign = 'center'` },
    { kind: 'letter-spacing by a CSSOM rule', css: '.b { letter-spacing: 0 }', body: SENTENCE, change: `${RULE}.letterSpacing = '0.3em'` },
    { kind: 'text-indent by a CSSOM rule', css: '.b { text-indent: 0 }', body: SENTENCE, change: `${RULE}.textIndent = '6em'` },
    { kind: 'word-spacing by a CSSOM rule', css: '.b { word-spacing: 0 }', body: SPACED, change: `${RULE}.wordSpacing = '0.8em'` },
    {
      kind: "an inline child's font-size by a CSSOM rule",
      css: '.b .c { font-size: 1em }',
      body: INLINE,
      change: `${RULE}.fontSize = '1.6em'`,
    },
    {
      kind: "text-align by a class on the body (no mutation of the block's own)",
      css: '.centred .b { text-align: center }',
      body: SENTENCE,
      change: `document.body.classList.add('centred')`,
    },
    {
      kind: 'an inline-block moved by a transform from a script',
      css: '.b .c { display: inline-block }',
      body: TICKER,
      change: `document.querySelector('.c').style.transform = 'translate(90px, 12px)'`,
    },
    {
      kind: "an inline-block inside a link moved by a transform (below the block's children)",
      css: '.b a .c { display: inline-block }',
      body: '<p class="b">速報：<a href="#">記者会見で<span class="c">首相</span>が説明</a>した。</p>',
      change: `${RULE}.transform = 'translate(70px, 10px)'`,
    },
    {
      kind: 'an inline-block moved by a CSS transition of its transform',
      css: '.b .c { display: inline-block; transition: transform 0.3s }',
      body: TICKER,
      // Looked at once the transition has ended: at its start the text is still where it was.
      change: `new Promise((ended) => {
        document.querySelector('.c').addEventListener('transitionend', () => ended(), { once: true });
        ${RULE}.transform = 'translateX(120px)';
      })`,
    },
    {
      kind: 'a position:relative span whose top and left change',
      css: '.b .c { position: relative; top: 0; left: 0 }',
      body: INLINE,
      change: `${RULE}.top = '14px'; ${RULE}.left = '80px'`,
    },
  ];

  test.each(cases)('$kind: every reading is back over its kanji', async ({ kind, css, body, change }) => {
    const { page, count } = await openAtRest(kind.replace(/\W+/g, '-'), css, body);
    await page.evaluate(change);
    await expect.poll(() => offTheirBase(page), { timeout: 5_000 }).toEqual({ count, off: [] });
    await saveScreenshot(page, `furigana-moves-${kind.replace(/\W+/g, '-').slice(0, 40)}`);
    await page.close();
  });

  test('a ticker scrolling forever shows no reading off its kanji, and its readings come back when it stops', async () => {
    const { page, count } = await openAtRest(
      'ticker',
      '.b .c { display: inline-block } @keyframes tick { to { transform: translateX(-240px) } }',
      TICKER,
    );
    await page.evaluate(`${RULE}.animation = 'tick 2s linear infinite'`);
    // Past the first look for moves (twice a second), looked at again and again while it runs:
    // never a reading where the text was.
    await page.waitForTimeout(1500);
    for (let i = 0; i < 8; i++) {
      await page.waitForTimeout(400);
      expect((await offTheirBase(page)).off).toEqual([]);
    }
    await saveScreenshot(page, 'furigana-moves-ticker-running');
    await page.evaluate(`${RULE}.animation = 'none'`);
    await expect.poll(() => offTheirBase(page), { timeout: 5_000 }).toEqual({ count, off: [] });
    await page.close();
  });
  test('a spinning icon or a pulsing "LIVE" dot in a headline moves none of its words: its readings stay drawn', async () => {
    const { page, count } = await openAtRest(
      'live-badges',
      '.spin { display: inline-block; animation: spin 1s linear infinite } @keyframes spin { to { transform: rotate(360deg) } }' +
        ' .b { position: relative } .dot { position: absolute; left: -14px; top: 12px; width: 8px; height: 8px; border-radius: 4px;' +
        ' background: #c00; animation: pulse 0.9s ease-in-out infinite alternate } @keyframes pulse { to { transform: scale(1.6) } }',
      '<p class="b"><span class="spin">◌</span>速報：政府は経済政策を発表した。</p><p class="b"><span class="dot"></span>LIVE 中継：国会で予算委員会が始まった。</p>',
    );
    expect(count).toBeGreaterThan(8);
    // Looked at again and again for 3 s: every reading stays drawn over its kanji.
    for (let i = 0; i < 8; i++) {
      await page.waitForTimeout(400);
      expect(await offTheirBase(page)).toEqual({ count, off: [] });
    }
    await saveScreenshot(page, 'furigana-moves-live-badges');
    await page.close();
  });

  // A script ticker moves the text by its style: every frame, or in steps (a marquee plugin's
  // timer). Each change asks for a look that draws the readings again where the text now is, so
  // the periodic check may find them where the text is; it still moved, and hides them.
  const scriptTickers = [
    { kind: '2 px every frame', px: 2, next: 'requestAnimationFrame(step)' },
    { kind: 'in steps of 15 px every 150 ms', px: 15, next: 'setTimeout(step, 150)' },
  ];
  test.each(scriptTickers)(
    'a ticker a script moves $kind hides its readings while it moves, and they come back when it stops',
    async ({ kind, px, next }) => {
      const { page, count } = await openAtRest(`script-ticker-${kind.replace(/\W+/g, '-')}`, '.b .c { display: inline-block }', TICKER);
      await page.evaluate(`(() => {
      const ticker = document.querySelector('.c');
      let x = 0;
      const step = () => {
        if (window.stopTicker) return;
        x = (x + ${px}) % 240;
        ticker.style.transform = 'translateX(' + -x + 'px)';
        ${next};
      };
      ${next};
    })()`);
      await page.waitForTimeout(1500);
      for (let i = 0; i < 8; i++) {
        await page.waitForTimeout(400);
        expect(await offTheirBase(page)).toEqual({ count: 0, off: [] });
      }
      await page.evaluate(() => {
        (window as unknown as { stopTicker?: true }).stopTicker = true;
      });
      await expect.poll(() => offTheirBase(page), { timeout: 5_000 }).toEqual({ count, off: [] });
      await page.close();
    },
  );
});

describe("the page's top layer", () => {
  test('readings of a modal dialog are drawn above it, and leave with it', async () => {
    // The browser draws an open modal dialog above any z-index: readings in the ordinary layer
    // were drawn under it, out of sight.
    await setShowFurigana(true);
    const url = server.page(
      '/modal.html',
      `<!doctype html><html lang="ja"><meta charset="utf-8"><body><p>政府は会見を開いた。</p>
        <dialog id="d"><p>首相は制裁の強化を表明した。</p></dialog>
        <script>document.getElementById('d').showModal();</script></body></html>`,
    );
    const page = await browser.context.newPage();
    await page.goto(url);
    const layers = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('[data-yomu="furigana"]')).map((host) => ({
          top: host.matches(':popover-open'),
          bases: Array.from(host.shadowRoot!.querySelectorAll('[data-base]')).map((el) => el.getAttribute('data-base')),
        })),
      );
    await expect.poll(layers, { timeout: 30_000 }).toEqual([
      { top: false, bases: ['政府', '会見', '開'] },
      { top: true, bases: ['首相', '制裁', '強化', '表明'] },
    ]);
    // Each over its word, in the dialog.
    const seisai = (await drawn(page)).find((r) => r.base === '制裁')!;
    const word = await page.evaluate(() => {
      const text = document.querySelector('#d p')!.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, 3);
      range.setEnd(text, 5);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top };
    });
    expect(Math.abs((seisai.rect.left + seisai.rect.right) / 2 - (word.left + word.right) / 2)).toBeLessThan(2);
    expect(seisai.rect.bottom).toBeLessThan(word.top + 8);
    await saveScreenshot(page, 'furigana-modal-dialog');
    await page.evaluate(() => (document.getElementById('d') as HTMLDialogElement).close());
    await expect.poll(async () => (await drawn(page)).map((r) => r.base), { timeout: 10_000 }).toEqual(['政府', '会見', '開']);
    await page.close();
  });
});

describe('the keyboard toggle', () => {
  test('the toggle command turns furigana off and on in that tab only', async () => {
    await setShowFurigana(true);
    const url = server.page(
      '/toggle.html',
      '<!doctype html><html lang="ja"><meta charset="utf-8"><body><p>東京で会議が開かれた。</p></body></html>',
    );
    const page = await browser.context.newPage();
    await page.goto(url);
    const other = await browser.context.newPage();
    await other.goto(url);
    await expect.poll(() => readingCount(page), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => readingCount(other), { timeout: 30_000 }).toBeGreaterThan(0);

    const manifest = await browser.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(Object.keys(manifest.commands ?? {})).toContain('toggle-furigana');
    const pressToggle = () =>
      browser.serviceWorker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
        await chrome.tabs.sendMessage(tab!.id!, { type: 'yomu-tab:toggle-furigana' });
      });
    await page.bringToFront();
    await pressToggle();
    await expect.poll(() => readingCount(page)).toBe(0);
    expect(await readingCount(other)).toBeGreaterThan(0);
    await pressToggle();
    await expect.poll(() => readingCount(page), { timeout: 30_000 }).toBeGreaterThan(0);
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
    await expect.poll(() => readingCount(page), { timeout: 30_000 }).toBeGreaterThan(200);
    expect(await options.getByRole('switch', { name: 'Show furigana' }).isChecked()).toBe(false);
    const stored = await browser.serviceWorker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
    expect(stored).toMatchObject({ showFurigana: false, siteFurigana: { '127.0.0.1': true } });
    await siteSwitch.click();
    await expect.poll(() => readingCount(page)).toBe(0);
    await popup.close();
    await page.close();
    // A new page, the popup page and the whole article's readings: more than a minute once on a
    // loaded 2-core CI machine, each step within its own wait.
  }, 120_000);
});
