/**
 * The annotator in a real page (Vitest browser mode, Debian's Chromium), with a stand-in engine
 * that puts a reading over every kanji run: order of work, the reading layer, live updates,
 * exact restoration.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { FuriganaAnnotator } from '../../../entrypoints/content/furigana-annotator';
import { collectReadableBlocks } from '../../../entrypoints/content/readable-blocks';
import { splitOversized, toBatches, visibleFirst, BATCH_MAX_CHARS } from '../../../entrypoints/content/annotation-scheduler';
import type { RubySegment } from '../../../core/furigana/ruby-segment';

const KANJI_RUN = /[\p{Script=Han}々]+/gu;

function fakeEngine(log: string[][] = [], breaks: number[][][] = []) {
  return {
    log,
    breaks,
    async segment(texts: string[], textBreaks: number[][]): Promise<RubySegment[][]> {
      log.push(texts);
      breaks.push(textBreaks);
      return texts.map((t) => Array.from(t.matchAll(KANJI_RUN), (m) => ({ start: m.index, end: m.index + m[0].length, reading: 'よみ' })));
    },
  };
}

let annotator: FuriganaAnnotator | undefined;
afterEach(() => {
  annotator?.disable();
  document.body.innerHTML = '';
});

/** Resolves when the drawn readings have not changed for ten frames. */
async function settled(): Promise<void> {
  let last = '';
  let same = 0;
  while (same < 10) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const now = JSON.stringify(drawn().map((r) => [r.base, r.rect.top, r.rect.left]));
    same = now === last ? same + 1 : 0;
    last = now;
  }
}

/** The bases of the readings drawn, sorted. */
function drawnBases(): string[] {
  return drawn()
    .map((r) => r.base)
    .sort();
}

/** Readings drawn and visible in the layer: [base, reading] with their boxes. */
function drawn(): { base: string; reading: string; rect: DOMRect }[] {
  const host = document.querySelector('[data-yomu="furigana"]');
  return Array.from(host?.shadowRoot?.querySelectorAll('[data-base]') ?? [])
    .filter((el) => el.checkVisibility())
    .map((el) => ({ base: el.getAttribute('data-base')!, reading: el.getAttribute('data-reading')!, rect: el.getBoundingClientRect() }));
}

describe('scheduling', () => {
  test('blocks in the viewport come first, then the rest in document order', () => {
    document.body.innerHTML = `<p>上の段落</p><div style="height:5000px"></div><p>下の段落</p><p style="position:fixed;top:0">固定の段落</p>`;
    const ordered = visibleFirst(collectReadableBlocks(document.body), innerHeight);
    // The fixed paragraph is on screen though it comes last in the document.
    expect(ordered.map((b) => b.text)).toEqual(['上の段落', '固定の段落', '下の段落']);
  });

  test('batches stay within the size limit', () => {
    document.body.innerHTML = Array.from({ length: 50 }, () => `<p>${'漢字'.repeat(500)}</p>`).join('');
    const batches = toBatches(collectReadableBlocks(document.body));
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) expect(batch.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(BATCH_MAX_CHARS);
  });
});

describe('huge pages', () => {
  test('a block far longer than a request is cut at node boundaries; every part is asked for', async () => {
    // 3,000 spans in one paragraph: 300,000 characters, more than one engine request may carry.
    const p = document.createElement('p');
    for (let i = 0; i < 3000; i++) {
      const span = document.createElement('span');
      span.textContent = 'かな'.repeat(49) + '漢字';
      p.append(span);
    }
    document.body.append(p);
    const [block] = collectReadableBlocks(document.body);
    const parts = splitOversized(block!);
    expect(parts.length).toBe(Math.ceil(300_000 / BATCH_MAX_CHARS));
    expect(parts.map((b) => b.text).join('')).toBe(block!.text);
    const engine = fakeEngine();
    annotator = new FuriganaAnnotator(document, engine);
    await annotator.enable();
    expect(engine.log.flat().join('')).toBe(block!.text);
    for (const texts of engine.log) expect(texts.join('').length).toBeLessThanOrEqual(BATCH_MAX_CHARS);
    // One block, near the viewport: drawn whole, its parts' segments in their places.
    await expect.poll(() => drawn().length, { timeout: 20_000 }).toBe(3000);
    expect(drawn().every((r) => r.base === '漢字')).toBe(true);
  });

  test(
    'a single text node longer than a request is cut inside itself after a sentence; every part is drawn in place',
    { timeout: 60_000 },
    async () => {
      // One paragraph of 60,000 characters in one text node: it was left out whole before.
      const p = document.createElement('p');
      p.textContent = ('か'.repeat(18) + 'の漢字です。').repeat(2500);
      document.body.append(p);
      const [block] = collectReadableBlocks(document.body);
      const parts = splitOversized(block!);
      expect(parts.length).toBeGreaterThan(2);
      expect(parts.map((b) => b.text).join('')).toBe(block!.text);
      for (const part of parts) {
        expect(part.text.length).toBeLessThanOrEqual(BATCH_MAX_CHARS);
        expect(part.text.endsWith('。')).toBe(true);
        expect(part.nodes).toEqual([p.firstChild]);
      }
      const engine = fakeEngine();
      annotator = new FuriganaAnnotator(document, engine);
      await annotator.enable();
      expect(engine.log.flat().join('')).toBe(block!.text);
      // Each part's segments moved to where the part starts in the node: every ruby over 漢字 (or
      // over 漢 and 字 apart, where the line wraps between them), none over any other text.
      await expect.poll(() => drawn().reduce((n, r) => n + r.base.length, 0), { timeout: 30_000 }).toBe(5000);
      const bases = drawn().map((r) => r.base);
      expect(bases.every((b) => b === '漢字' || b === '漢' || b === '字')).toBe(true);
      expect(bases.filter((b) => b === '漢').length).toBe(bases.filter((b) => b === '字').length);
    },
  );

  test('only blocks near the viewport are drawn; scrolling draws the others', async () => {
    document.body.innerHTML = Array.from({ length: 300 }, (_, i) => `<p id="p${i}">段落${i}の漢字</p>`).join('');
    annotator = new FuriganaAnnotator(document, fakeEngine());
    await annotator.enable();
    await expect.poll(() => drawn().length).toBeGreaterThan(0);
    const near = drawn().length;
    expect(near).toBeLessThan(600);
    const last = document.getElementById('p299')!;
    expect(drawn().some((r) => r.rect.top > last.getBoundingClientRect().top - 40)).toBe(false);
    last.scrollIntoView({ block: 'center' });
    const nearLast = () => {
      const box = last.getBoundingClientRect();
      return drawn()
        .filter((r) => r.rect.top > box.top - 40 && r.rect.bottom < box.bottom + 5)
        .map((r) => r.base);
    };
    await expect.poll(nearLast, { timeout: 20_000 }).toEqual(['段落', '漢字']);
    scrollTo(0, 0);
  });
});

describe('FuriganaAnnotator', () => {
  test('draws readings in its layer, tells the engine where text nodes meet, leaves the DOM as it was', async () => {
    document.body.innerHTML =
      '<article><h1 style="line-height:2">見出しの文</h1><p style="line-height:2">本文は<a href="#">東京</a>で<b>書かれた</b>。</p></article>';
    const before = document.body.innerHTML;
    const textNodes = Array.from(document.querySelectorAll('article *')).flatMap((e) =>
      Array.from(e.childNodes).filter((n) => n.nodeType === 3),
    );
    const engine = fakeEngine();
    annotator = new FuriganaAnnotator(document, engine);
    await annotator.enable();
    await expect.poll(() => drawn().map((r) => r.base)).toEqual(['見出', '文', '本文', '東京', '書']);
    expect(engine.breaks[0]).toEqual([[], [3, 5, 6, 10]]);
    // Line gaps of 1 em are room enough: nothing was added to the page.
    expect(document.body.innerHTML).toBe(before);
    const host = document.querySelector('[data-yomu="furigana"]')!;
    expect(host.parentElement).toBe(document.documentElement);
    expect(host.getAttribute('aria-hidden')).toBe('true');
    expect(getComputedStyle(host).pointerEvents).toBe('none');
    expect(getComputedStyle(host).zIndex).toBe('auto');
    // No text node in the layer: the readings are generated content.
    const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_TEXT);
    const texts: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.parentElement?.tagName !== 'STYLE') texts.push(n.textContent!);
    expect(texts).toEqual([]);
    annotator.disable();
    expect(document.querySelector('[data-yomu="furigana"]')).toBeNull();
    expect(document.body.innerHTML).toBe(before);
    for (const n of textNodes) expect(n.isConnected).toBe(true);
  });

  test('hidden text inside a sentence is not read, and a span shown later is read with its block', async () => {
    document.body.innerHTML =
      '<p style="line-height:2">水を飲<span id="h" style="display:none">漢</span>みたい。本を読<b style="visibility:hidden">字</b>む。</p>';
    const engine = fakeEngine();
    annotator = new FuriganaAnnotator(document, engine);
    await annotator.enable();
    await expect.poll(() => drawn().map((r) => r.base)).toEqual(['水', '飲', '本', '読']);
    expect(engine.log.flat()).toEqual(['水を飲みたい。本を読む。']);
    // The page shows the span: its block is read again, with the span's text.
    document.getElementById('h')!.style.display = 'inline';
    await expect.poll(() => drawn().map((r) => r.base)).toEqual(['水', '飲漢', '本', '読']);
    expect(engine.log.flat()).toContain('水を飲漢みたい。本を読む。');
  });

  test('a reading the page stacks over its base (kana over kanji in an inline-block) gets no second reading, like its ruby', async () => {
    document.body.innerHTML =
      '<p><a href="#"><span style="display:inline-block"><span style="display:block;font-size:10px">あら</span><span style="display:block">洗</span></span>わないで</a>ください。<ruby>東京<rt>とうきょう</rt></ruby>と大阪</p>' +
      '<p><span style="display:inline-block"><span style="display:block">注意</span><span style="display:block">手洗</span></span>い</p>';
    const engine = fakeEngine();
    annotator = new FuriganaAnnotator(document, engine);
    await annotator.enable();
    await expect.poll(drawnBases).toEqual(['大阪', '手洗', '注意'].sort());
    expect(engine.log.flat()).not.toContain('洗');
  });

  test('the page’s own ruby is read with its sentence, and no reading of ours is drawn over it', async () => {
    document.body.innerHTML =
      '<p>新しい<ruby>政治<rp>(</rp><rt>せいぢ</rt><rp>)</rp></ruby>家が<ruby>東京<rt>とうきょう</rt></ruby>に来た</p>';
    const texts: string[] = [];
    annotator = new FuriganaAnnotator(document, {
      // As the engine answers: 政治家 cut at the page ruby's edge, each piece with its share.
      segment: async (batch) => {
        texts.push(...batch);
        return batch.map(() => [
          { start: 0, end: 1, reading: 'あたら' },
          { start: 3, end: 5, reading: 'せいじ' },
          { start: 5, end: 6, reading: 'か' },
          { start: 6, end: 9, reading: 'がとう' }, // a segment reaching into the page's ruby is not drawn either
          { start: 10, end: 11, reading: 'き' },
        ]);
      },
    });
    await annotator.enable();
    await expect.poll(() => drawn().map((r) => `${r.base}:${r.reading}`)).toEqual(['新:あたら', '家:か', '来:き']);
    expect(texts).toEqual(['新しい政治家が東京に来た']);
  });

  test('ruby whose reading the page hides (its furigana turned off) is bare text: ours is drawn there', async () => {
    document.body.innerHTML =
      '<style>.off rt { display: none } .gone rt { visibility: hidden } .faded rt { opacity: 0 } .clear rt { color: transparent }</style>' +
      '<p class="clear"><ruby>神戸<rt>こうべ</rt></ruby>に行く</p>' +
      '<p class="off"><ruby>東京<rt>とうきょう</rt></ruby>に行く</p>' +
      '<p class="gone"><ruby>大阪<rt>おおさか</rt></ruby>に行く</p>' +
      '<p class="faded"><ruby>京都<rt>きょうと</rt></ruby>に行く</p>' +
      '<p><ruby>奈良<rt>なら</rt></ruby>に行く</p>';
    annotator = new FuriganaAnnotator(document, fakeEngine());
    await annotator.enable();
    await expect.poll(drawnBases).toEqual(['京都', '大阪', '東京', '神戸', '行', '行', '行', '行', '行'].sort());
    // The page turns its furigana on: its readings show, and ours over the same bases go.
    for (const p of Array.from(document.querySelectorAll('p'))) p.className = '';
    await expect.poll(() => drawn().map((r) => r.base)).toEqual(['行', '行', '行', '行', '行']);
  });

  test('the page’s furigana switched by a class on a wrapper or on the rt itself, off and on again: ours follow', async () => {
    document.body.innerHTML =
      '<style>.off rt, rt.h { visibility: hidden }</style>' +
      '<div id="wrap" class="off"><section><p><ruby>漢字<rt>かんじ</rt></ruby>を書く</p></section></div>' +
      '<p><ruby>勉強<rt class="h">べんきょう</rt></ruby>する</p>';
    annotator = new FuriganaAnnotator(document, fakeEngine());
    await annotator.enable();
    await expect.poll(drawnBases).toEqual(['勉強', '書', '漢字'].sort());
    const wrap = document.getElementById('wrap')!;
    const rt = document.querySelector('rt.h')!;
    wrap.classList.remove('off');
    rt.classList.remove('h');
    await expect.poll(drawnBases).toEqual(['書']);
    wrap.classList.add('off');
    rt.classList.add('h');
    await expect.poll(drawnBases).toEqual(['勉強', '書', '漢字'].sort());
  });

  test('the page’s furigana switched: the block’s other readings stay drawn in every frame, and the engine is not asked again', async () => {
    document.body.innerHTML =
      '<style>.off rt { visibility: hidden }</style><p id="p" class="off"><ruby>漢字<rt>かんじ</rt></ruby>を書く</p>';
    const engine = fakeEngine();
    annotator = new FuriganaAnnotator(document, engine);
    await annotator.enable();
    await expect.poll(drawnBases).toEqual(['書', '漢字'].sort());
    await settled();
    const asked = engine.log.length;
    const p = document.getElementById('p')!;
    for (const [on, expected] of [
      [false, ['書']],
      [true, ['書', '漢字'].sort()],
    ] as const) {
      p.classList.toggle('off', on);
      // Every frame until ours follow: 書's reading never gone.
      const frames: string[][] = [];
      while (frames.length < 120 && JSON.stringify(frames.at(-1)) !== JSON.stringify(expected)) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        frames.push(drawnBases());
      }
      expect(frames.at(-1)).toEqual(expected);
      expect(frames.filter((bases) => !bases.includes('書'))).toEqual([]);
    }
    expect(engine.log.length).toBe(asked);
  });

  test('the page’s furigana switched by a style sheet removed, rewritten or added: ours follow', async () => {
    const sheet = document.createElement('style');
    sheet.textContent = 'rt { visibility: hidden }';
    document.head.append(sheet);
    document.body.innerHTML = '<p><ruby>漢字<rt>かんじ</rt></ruby>を書く</p>';
    try {
      annotator = new FuriganaAnnotator(document, fakeEngine());
      await annotator.enable();
      await expect.poll(drawnBases).toEqual(['書', '漢字'].sort());
      sheet.remove();
      await expect.poll(drawnBases).toEqual(['書']);
      document.head.append(sheet);
      await expect.poll(drawnBases).toEqual(['書', '漢字'].sort());
      sheet.textContent = 'rt { opacity: 1 }';
      await expect.poll(drawnBases).toEqual(['書']);
    } finally {
      sheet.remove();
    }
  });

  test('the page’s furigana switched by a data attribute on <body>, or by a sheet disabled from script: ours follow', async () => {
    const sheet = document.createElement('style');
    sheet.textContent = 'body[data-furigana="off"] rt { visibility: hidden }';
    document.head.append(sheet);
    document.body.dataset.furigana = 'off';
    document.body.innerHTML = '<p><ruby>漢字<rt>かんじ</rt></ruby>を書く</p>';
    try {
      annotator = new FuriganaAnnotator(document, fakeEngine());
      await annotator.enable();
      const bases = () =>
        drawn()
          .map((r) => r.base)
          .sort();
      await expect.poll(bases).toEqual(['書', '漢字'].sort());
      // Any attribute, not only class or style.
      document.body.dataset.furigana = 'on';
      await expect.poll(bases).toEqual(['書']);
      document.body.dataset.furigana = 'off';
      await expect.poll(bases).toEqual(['書', '漢字'].sort());
      // No node changes: seen at the periodic check.
      sheet.sheet!.disabled = true;
      await expect.poll(bases, { timeout: 3_000 }).toEqual(['書']);
      sheet.sheet!.disabled = false;
      await expect.poll(bases, { timeout: 3_000 }).toEqual(['書', '漢字'].sort());
    } finally {
      sheet.remove();
      delete document.body.dataset.furigana;
    }
  });

  test('the page’s furigana switched by its sheet’s media, a rule deleted, inserted or changed, or a list of sheets it adopts: ours follow, and our room rule stays', async () => {
    const sheet = document.createElement('style');
    sheet.textContent = 'rt { visibility: hidden }';
    document.head.append(sheet);
    document.body.innerHTML =
      '<p><ruby>漢字<rt>かんじ</rt></ruby>を書く</p><p id="tight" style="font-size:20px;line-height:1.1">東京で会議</p><p style="font-size:20px;line-height:1.1">大阪で会議</p>';
    const pageOwn = new CSSStyleSheet();
    pageOwn.replaceSync('rt { visibility: hidden }');
    try {
      annotator = new FuriganaAnnotator(document, fakeEngine());
      await annotator.enable();
      const bases = () =>
        drawn()
          .map((r) => r.base)
          .filter((b) => b === '書' || b === '漢字')
          .sort();
      await expect.poll(bases).toEqual(['書', '漢字'].sort());
      sheet.media = 'print';
      await expect.poll(bases).toEqual(['書']);
      sheet.media = '';
      await expect.poll(bases).toEqual(['書', '漢字'].sort());
      // No node changes: seen at the periodic check.
      sheet.sheet!.deleteRule(0);
      await expect.poll(bases, { timeout: 3_000 }).toEqual(['書']);
      sheet.sheet!.insertRule('rt { visibility: hidden }', 0);
      await expect.poll(bases, { timeout: 3_000 }).toEqual(['書', '漢字'].sort());
      // A rule's declaration changed through the CSSOM: no node, and the same number of rules.
      const rule = sheet.sheet!.cssRules[0] as CSSStyleRule;
      rule.style.visibility = 'visible';
      await expect.poll(bases, { timeout: 3_000 }).toEqual(['書']);
      rule.style.visibility = 'hidden';
      await expect.poll(bases, { timeout: 3_000 }).toEqual(['書', '漢字'].sort());
      sheet.remove();
      await expect.poll(bases).toEqual(['書']);
      // The page adopts a list of its own, dropping ours: its rt hidden again, and our room rule back.
      const roomRule = () =>
        document.adoptedStyleSheets.some((s) => Array.from(s.cssRules).some((r) => r.cssText.includes('data-yomu-room')));
      await expect.poll(roomRule).toBe(true);
      const tight = document.getElementById('tight')!;
      const roomy = tight.getBoundingClientRect().height;
      document.adoptedStyleSheets = [pageOwn];
      await expect.poll(bases, { timeout: 3_000 }).toEqual(['書', '漢字'].sort());
      await expect.poll(roomRule, { timeout: 3_000 }).toBe(true);
      expect(tight.getBoundingClientRect().height).toBe(roomy);
    } finally {
      sheet.remove();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== pageOwn);
    }
  });

  test('the page’s own reading wider than its base is kept clear of: ours never overlaps it', async () => {
    // Three words whose page reading is wider than its base, each with a word of ours beside it
    // (after it, before it, and in vertical text); with ruby-align spreading or not.
    document.body.innerHTML =
      '<p style="font-size:20px"><ruby>東京<rt>とうきょうと</rt></ruby>都庁で会う</p>' +
      '<p style="font-size:20px">大学の<ruby>東京<rt>とうきょうとう</rt></ruby>校舎</p>' +
      '<p style="font-size:20px;ruby-align:center"><ruby>東京<rt>とうきょうとう</rt></ruby>大学</p>' +
      '<p style="font-size:20px;writing-mode:vertical-rl;height:300px"><ruby>東京<rt>とうきょうとう</rt></ruby>大学</p>';
    const words = ['都庁', '大学', '校舎'];
    annotator = new FuriganaAnnotator(document, {
      // As the engine answers: the words beside the page's ruby, read.
      segment: async (batch) =>
        batch.map((text) =>
          words.flatMap((w) =>
            text.includes(w) ? [{ start: text.indexOf(w), end: text.indexOf(w) + w.length, reading: 'よみよみ' }] : [],
          ),
        ),
    });
    await annotator.enable();
    await expect.poll(drawnBases).toEqual(['大学', '大学', '大学', '校舎', '都庁'].sort());
    await settled();
    const pageReadings = Array.from(document.querySelectorAll('rt'), (rt) => rt.getBoundingClientRect());
    for (const r of drawn()) {
      for (const rt of pageReadings) {
        const overlaps =
          r.rect.left < rt.right - 0.5 && rt.left < r.rect.right - 0.5 && r.rect.top < rt.bottom - 0.5 && rt.top < r.rect.bottom - 0.5;
        expect(overlaps, `${r.base} ${JSON.stringify(r.rect)} over the page's rt ${JSON.stringify(rt)}`).toBe(false);
      }
    }
  });

  test('bases hidden by their box (line-clamp, max-height, an ellipsis, overflow:clip) get no reading at its edge', async () => {
    const text = '東京で会議。'.repeat(30);
    document.body.innerHTML = `
      <p id="clamp" style="display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:2;overflow:hidden;width:300px;line-height:2;padding-top:8px">${text}</p>
      <p id="max" style="max-height:5em;overflow:hidden;width:300px;line-height:2;padding-top:8px">${text}</p>
      <p id="ellipsis" style="white-space:nowrap;overflow:hidden;text-overflow:ellipsis;width:300px;line-height:2;padding-top:8px">${text}</p>
      <p id="clip" style="height:4em;overflow:clip;width:300px;line-height:2;padding-top:8px">${text}</p>`;
    annotator = new FuriganaAnnotator(document, fakeEngine());
    await annotator.enable();
    await expect.poll(() => drawn().length).toBeGreaterThan(8);
    await settled();
    const boxes = ['clamp', 'max', 'ellipsis', 'clip'].map((id) => document.getElementById(id)!.getBoundingClientRect());
    // Each drawn reading lies inside one of the boxes (none sits at an edge over a hidden line).
    for (const r of drawn()) {
      const box = boxes.find((b) => r.rect.top >= b.top - 0.5 && r.rect.bottom <= b.bottom + 0.5 && r.rect.right <= b.right + 0.5);
      expect(box, `${r.base} at ${r.rect.top}–${r.rect.bottom}, ${r.rect.left}–${r.rect.right}`).toBeDefined();
    }
    // And every box still shows readings over its visible lines.
    boxes.forEach((b, i) =>
      expect(
        drawn().some((r) => r.rect.top >= b.top - 0.5 && r.rect.bottom <= b.bottom + 0.5),
        `box ${i}`,
      ).toBe(true),
    );
  });

  test('a block with too little line gap gets data-yomu-room, and loses it when turned off', async () => {
    document.body.innerHTML =
      '<p id="tight" style="font-size:20px;line-height:1.1">東京で会議</p><p id="roomy" style="font-size:20px;line-height:2">大阪で会議</p>';
    const tight = document.getElementById('tight')!;
    const heightBefore = tight.getBoundingClientRect().height;
    annotator = new FuriganaAnnotator(document, fakeEngine());
    await annotator.enable();
    await expect.poll(() => drawn().length).toBe(4);
    expect(tight.hasAttribute('data-yomu-room')).toBe(true);
    expect(document.getElementById('roomy')!.hasAttribute('data-yomu-room')).toBe(false);
    expect(tight.getBoundingClientRect().height).toBeGreaterThan(heightBefore);
    // Readings of the tight block sit in the room made: above its text, not over it.
    const range = document.createRange();
    range.selectNodeContents(tight);
    const textTop = range.getBoundingClientRect().top;
    const fontBox = (range.getBoundingClientRect().height - 20) / 2;
    // (The tight block's readings come after its room is laid out: their groups may come second.)
    const overTight = drawn().filter((r) => r.rect.bottom <= tight.getBoundingClientRect().bottom);
    expect(overTight.map((r) => r.base)).toEqual(['東京', '会議']);
    for (const r of overTight) {
      expect(r.rect.bottom).toBeLessThanOrEqual(textTop + fontBox + 0.5);
      expect(r.rect.height).toBeGreaterThanOrEqual(10.5);
    }
    annotator.disable();
    expect(tight.hasAttribute('data-yomu-room')).toBe(false);
    expect(tight.getBoundingClientRect().height).toBe(heightBefore);
    expect(document.adoptedStyleSheets.some((s) => Array.from(s.cssRules).some((r) => r.cssText.includes('data-yomu-room')))).toBe(false);
  });

  test('a fixed header at the viewport’s top: its readings take the room above its text, not cut off', async () => {
    document.body.innerHTML =
      '<header style="position:fixed;top:0;left:0;right:0;height:40px;margin:0;font-size:22px;background:#eee">速報首相官邸で会見</header>' +
      '<p style="margin-top:80px">東京で会議</p>';
    annotator = new FuriganaAnnotator(document, fakeEngine());
    await annotator.enable();
    await expect.poll(() => drawn().length).toBe(4);
    await settled();
    const header = drawn().find((r) => r.base.startsWith('速報'))!;
    expect(header.rect.top).toBeGreaterThanOrEqual(-0.5);
    // Still a legible reading (MIN_READING_PX), over its base.
    expect(header.rect.height).toBeGreaterThanOrEqual(7);
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('header')!);
    expect(header.rect.bottom).toBeLessThanOrEqual(
      range.getBoundingClientRect().top + (range.getBoundingClientRect().height - 22) / 2 + 0.5,
    );
  });

  test('a 16 px fixed header, and a 16 px sticky one stuck in a scrolling box: a smaller reading, whole, rather than one cut', async () => {
    // 6 px above the em box of a 16 px line: the reading takes it (5 px at least), not its 8.8 px cut by 2.8.
    document.body.innerHTML =
      '<header style="position:fixed;top:0;left:0;right:0;margin:0;font-size:16px;background:#eee">政治　経済</header>' +
      '<div id="box" style="margin-top:120px;height:200px;overflow:auto"><p style="font-size:16px">東京で会議</p>' +
      '<nav style="position:sticky;top:0;margin:0;font-size:16px;background:#eee">国際　社会</nav><div style="height:1200px"></div></div>';
    annotator = new FuriganaAnnotator(document, fakeEngine());
    await annotator.enable();
    await expect.poll(() => drawn().length).toBe(6);
    await settled();
    for (const base of ['政治', '経済']) {
      const r = drawn().find((d) => d.base === base)!.rect;
      expect(r.top).toBeGreaterThanOrEqual(-0.5);
      expect(r.height).toBeGreaterThanOrEqual(5);
    }
    const box = document.getElementById('box')!;
    box.scrollTop = 120;
    const nav = document.querySelector('nav')!;
    await expect.poll(() => Math.round(nav.getBoundingClientRect().top - box.getBoundingClientRect().top)).toBe(0);
    await expect.poll(() => drawn().filter((d) => d.base === '国際' || d.base === '社会').length).toBe(2);
    for (const base of ['国際', '社会']) {
      const r = drawn().find((d) => d.base === base)!.rect;
      expect(r.top).toBeGreaterThanOrEqual(box.getBoundingClientRect().top - 0.5);
      expect(r.height).toBeGreaterThanOrEqual(5);
    }
  });

  test('vertical-lr text has its readings on the right of each column, where the browser puts an rt', async () => {
    document.body.innerHTML =
      '<div style="writing-mode:vertical-lr;height:300px;margin:40px;font-size:22px;line-height:2">速報首相官邸で会見</div>';
    annotator = new FuriganaAnnotator(document, fakeEngine());
    await annotator.enable();
    await expect.poll(() => drawn().length).toBeGreaterThan(0);
    await settled();
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('div')!);
    const column = range.getBoundingClientRect();
    // Beside the em box (22 px about the column's centre), on its right.
    const emRight = (column.left + column.right) / 2 + 11;
    for (const r of drawn()) expect(r.rect.left).toBeGreaterThanOrEqual(emRight - 0.5);
  });

  test('a sticky header once stuck at the viewport’s top: its readings take the room above its text, not cut off', async () => {
    document.body.innerHTML =
      '<p style="font-size:20px">東京で会議</p>' +
      '<header style="position:sticky;top:0;height:40px;margin:0;font-size:22px;background:#eee">速報首相官邸で会見</header>' +
      '<div style="height:3000px"></div>';
    annotator = new FuriganaAnnotator(document, fakeEngine());
    await annotator.enable();
    await expect.poll(() => drawn().length).toBe(4);
    await settled();
    const header = document.querySelector('header')!;
    window.scrollTo(0, 400);
    await expect.poll(() => Math.round(header.getBoundingClientRect().top)).toBe(0);
    await expect.poll(() => drawn().find((r) => r.base.startsWith('速報'))!.rect.top).toBeGreaterThanOrEqual(-0.5);
    const reading = drawn().find((r) => r.base.startsWith('速報'))!;
    expect(reading.rect.height).toBeGreaterThanOrEqual(7);
    window.scrollTo(0, 0);
  });

  test('a vertical fixed header at the viewport’s right edge: its readings take the room beside its text, not cut off', async () => {
    document.body.innerHTML =
      '<aside style="position:fixed;top:0;right:0;writing-mode:vertical-rl;width:40px;height:320px;margin:0;font-size:22px;background:#eee">速報首相官邸で会見</aside>' +
      '<p style="margin-top:80px">東京で会議</p>';
    annotator = new FuriganaAnnotator(document, fakeEngine());
    await annotator.enable();
    await expect.poll(() => drawn().length).toBe(4);
    await settled();
    const reading = drawn().find((r) => r.base.startsWith('速報'))!;
    expect(reading.rect.right).toBeLessThanOrEqual(document.documentElement.clientWidth + 0.5);
    // Still a legible reading (MIN_READING_PX), beside its base.
    expect(reading.rect.width).toBeGreaterThanOrEqual(7);
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('aside')!);
    expect(reading.rect.left).toBeGreaterThanOrEqual(range.getBoundingClientRect().right - 22 - 0.5);
  });

  test('a copy of the page’s text carries no room of ours: lifted while the browser copies, back before the next frame', async () => {
    document.body.innerHTML =
      '<p id="tight" style="font-size:20px;line-height:1.1">東京で会議</p><p id="other" style="font-size:20px;line-height:1.1">大阪で会議</p>';
    const tight = document.getElementById('tight')!;
    const other = document.getElementById('other')!;
    annotator = new FuriganaAnnotator(document, fakeEngine());
    await annotator.enable();
    await expect.poll(() => drawn().length).toBe(4);
    expect(tight.hasAttribute('data-yomu-room') && other.hasAttribute('data-yomu-room')).toBe(true);
    const selection = getSelection()!;
    selection.selectAllChildren(tight);
    // What the browser serialises after the listeners: the selected block as the page styles it.
    let during: { attribute: boolean; lineHeight: string; other: boolean } | undefined;
    const look = () =>
      (during = {
        attribute: tight.hasAttribute('data-yomu-room'),
        lineHeight: getComputedStyle(tight).lineHeight,
        other: other.hasAttribute('data-yomu-room'),
      });
    window.addEventListener('copy', look);
    document.dispatchEvent(new ClipboardEvent('copy', { bubbles: true, cancelable: true }));
    window.removeEventListener('copy', look);
    expect(during).toEqual({ attribute: false, lineHeight: '22px', other: true });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(tight.hasAttribute('data-yomu-room')).toBe(true);
    selection.removeAllRanges();
  });

  test('content added later gets readings once; a text change hides the old reading before the next frame', async () => {
    document.body.innerHTML = '<div id="feed"><p id="first" style="line-height:2">最初の記事</p></div>';
    const engine = fakeEngine();
    annotator = new FuriganaAnnotator(document, engine);
    await annotator.enable();
    await expect.poll(() => drawn().length).toBe(2);
    expect(engine.log).toHaveLength(1);
    const p = document.createElement('p');
    p.style.lineHeight = '2';
    p.textContent = '追加された記事';
    document.getElementById('feed')!.append(p);
    await expect.poll(() => drawn().map((r) => r.base)).toEqual(['最初', '記事', '追加', '記事']);
    await new Promise((r) => setTimeout(r, 200));
    expect(engine.log).toHaveLength(2);
    expect(engine.log[1]).toEqual(['追加された記事']);
    // The page rewrites a text: by the next frame the old readings are gone, the new come.
    (document.getElementById('first')!.firstChild as Text).data = '速報の見出し';
    await new Promise((r) => requestAnimationFrame(r));
    expect(drawn().map((r) => r.base)).not.toContain('最初');
    await expect.poll(() => drawn().map((r) => r.base)).toEqual(['速報', '見出', '追加', '記事']);
    // A removed paragraph takes its readings with it.
    p.remove();
    await new Promise((r) => requestAnimationFrame(r));
    expect(drawn().map((r) => r.base)).toEqual(['速報', '見出']);
  });

  test('a text shortened by the page while a redraw is due is not measured with its old offsets', async () => {
    document.body.innerHTML = '<p id="p" style="line-height:2">東京で会議が開かれた</p>';
    annotator = new FuriganaAnnotator(document, fakeEngine());
    await annotator.enable();
    await expect.poll(() => drawn().length).toBe(3);
    const errors: string[] = [];
    const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push(String('reason' in e ? e.reason : e.message));
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    // A redraw of every block is due (a resize) in the same frame as the page shortens the text.
    dispatchEvent(new Event('resize'));
    (document.getElementById('p')!.firstChild as Text).data = '東京';
    await expect.poll(() => drawn().map((r) => r.base)).toEqual(['東京']);
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
    expect(errors).toEqual([]);
  });

  test('readings follow a block that moves without any page mutation (a style change)', async () => {
    document.body.innerHTML = '<p id="p" style="line-height:2">東京で会議</p>';
    annotator = new FuriganaAnnotator(document, fakeEngine());
    await annotator.enable();
    await expect.poll(() => drawn().length).toBe(2);
    const p = document.getElementById('p')!;
    const offset = () => drawn()[0]!.rect.left - p.getBoundingClientRect().left;
    const before = offset();
    p.style.marginLeft = '200px';
    await expect.poll(offset, { timeout: 5000 }).toBeCloseTo(before, 0);
  });

  test('readings move with their scroll container in its scroll event, before the block is measured again', async () => {
    document.body.innerHTML = `<div id="box" style="height:120px;overflow:auto;width:300px"><p style="line-height:2">${'東京で会議。'.repeat(40)}</p></div>`;
    annotator = new FuriganaAnnotator(document, fakeEngine());
    await annotator.enable();
    await expect.poll(() => drawn().length).toBeGreaterThan(4);
    await settled();
    const box = document.getElementById('box')!;
    const before = drawn().map((r) => r.rect.top);
    // Listeners on the target run after the annotator's (capturing, on the document).
    const moved = new Promise<number[]>((resolve) =>
      box.addEventListener('scroll', () => resolve(drawn().map((r) => r.rect.top)), { once: true }),
    );
    box.scrollTop = 40;
    const after = await moved;
    expect(after.length).toBe(before.length);
    after.forEach((top, i) => expect(top).toBeCloseTo(before[i]! - 40, 1));
  });

  test('a block in a position:fixed box is drawn in viewport coordinates and takes its z-index', async () => {
    document.body.innerHTML =
      '<header style="position:fixed;top:0;left:0;right:0;z-index:7;background:#fff;line-height:2"><p>速報の見出し</p></header><div style="height:3000px"></div>';
    annotator = new FuriganaAnnotator(document, fakeEngine());
    await annotator.enable();
    await expect.poll(() => drawn().length).toBe(2);
    const group = document.querySelector('[data-yomu="furigana"]')!.shadowRoot!.querySelector('.g:not([hidden])') as HTMLElement;
    expect(getComputedStyle(group).position).toBe('fixed');
    expect(getComputedStyle(group).zIndex).toBe('7');
    const top = drawn()[0]!.rect.top;
    scrollTo(0, 500);
    await new Promise((r) => requestAnimationFrame(r));
    expect(drawn()[0]!.rect.top).toBeCloseTo(top, 0);
    scrollTo(0, 0);
  });

  test('an engine failure is reported and leaves the page as it was', async () => {
    document.body.innerHTML = '<p>東京</p>';
    const before = document.body.innerHTML;
    const errors: string[] = [];
    annotator = new FuriganaAnnotator(document, {
      segment: () => Promise.reject(new Error('The Japanese dictionary (kuromoji) could not be loaded: tid.dat.gz is empty')),
      onError: (m) => errors.push(m),
    });
    await annotator.enable();
    expect(errors).toEqual(['The Japanese dictionary (kuromoji) could not be loaded: tid.dat.gz is empty']);
    expect(document.body.innerHTML).toBe(before);
    expect(drawn()).toEqual([]);
  });

  test('turning off mid-way stops the work and leaves no trace', async () => {
    document.body.innerHTML = Array.from({ length: 400 }, (_, i) => `<p>段落${i}の漢字</p>`).join('');
    const before = document.body.innerHTML;
    annotator = new FuriganaAnnotator(document, fakeEngine());
    const done = annotator.enable();
    await new Promise((r) => setTimeout(r, 0));
    annotator.disable();
    await done;
    await new Promise((r) => setTimeout(r, 200));
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('[data-yomu="furigana"]')).toBeNull();
  });

  test('readings are not part of the copied text nor of find-in-page', async () => {
    document.body.innerHTML = '<p id="p">東京で会議</p>';
    annotator = new FuriganaAnnotator(document, fakeEngine());
    await annotator.enable();
    await expect.poll(() => drawn().length).toBe(2);
    getSelection()!.selectAllChildren(document.documentElement);
    expect(getSelection()!.toString()).not.toContain('よみ');
    getSelection()!.removeAllRanges();
    expect((window as unknown as { find(t: string): boolean }).find('よみ')).toBe(false);
    expect((window as unknown as { find(t: string): boolean }).find('東京で会議')).toBe(true);
    getSelection()!.removeAllRanges();
  });
});

describe('text nodes split or replaced by the page with the same text (hydration)', () => {
  const page = '<p id="split" style="line-height:2">東京都の人口は九人です</p><p id="replaced" style="line-height:2">大阪の天気は晴れ</p>';
  const bases = ['東京都', '人口', '九人', '大阪', '天気', '晴'];

  /** What a framework hydrating server markup does: one text node cut in three, another swapped for an equal one. */
  function hydrate(): void {
    (document.getElementById('split')!.firstChild as Text).splitText(5).splitText(2);
    const replaced = document.getElementById('replaced')!;
    replaced.replaceChild(document.createTextNode(replaced.textContent!), replaced.firstChild!);
  }

  /** Each drawn reading stands over its base text in the page now (found by a Range over the page's nodes). */
  function readingsOverTheirText(): boolean {
    return drawn().every((r) => {
      const p = Array.from(document.querySelectorAll('p')).find((e) => e.textContent!.includes(r.base))!;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const at = p.textContent!.indexOf(r.base);
      const range = document.createRange();
      let offset = 0;
      for (const n of nodes) {
        if (at >= offset && at < offset + n.length) range.setStart(n, at - offset);
        const end = at + r.base.length;
        if (end > offset && end <= offset + n.length) range.setEnd(n, end - offset);
        offset += n.length;
      }
      const box = range.getBoundingClientRect();
      return r.rect.bottom <= box.top + box.height / 2 && r.rect.left >= box.left - 8 && r.rect.right <= box.right + 8;
    });
  }

  test('after the first pass: both blocks get their readings again', async () => {
    document.body.innerHTML = page;
    annotator = new FuriganaAnnotator(document, fakeEngine());
    await annotator.enable();
    await expect.poll(() => drawn().map((r) => r.base)).toEqual(bases);
    hydrate();
    await new Promise((r) => requestAnimationFrame(r));
    await expect.poll(() => drawn().map((r) => r.base), { timeout: 5000 }).toEqual(bases);
    expect(readingsOverTheirText()).toBe(true);
  });

  test('during the first pass (the engine still answering): both blocks get their readings', async () => {
    document.body.innerHTML = page;
    const engine = fakeEngine();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let asked = 0;
    annotator = new FuriganaAnnotator(document, {
      segment: async (texts, breaks) => {
        if (asked++ === 0) {
          // The page hydrates while the first request is out.
          hydrate();
          await gate;
        }
        return engine.segment(texts, breaks);
      },
    });
    const done = annotator.enable();
    await new Promise((r) => setTimeout(r, 100));
    release();
    await done;
    await expect.poll(() => drawn().map((r) => r.base), { timeout: 5000 }).toEqual(bases);
    expect(readingsOverTheirText()).toBe(true);
  });
});

describe('the kinds the hover reads, read alike for furigana', () => {
  test('a reading stacked in an inline-flex column or an inline-grid gets no second reading', async () => {
    document.body.innerHTML =
      '<p style="line-height:2"><span style="display:inline-flex;flex-direction:column"><span style="font-size:10px">よ</span><span>読</span></span>み方と書き方</p>' +
      '<p style="line-height:2"><span style="display:inline-grid"><span style="font-size:10px">はし</span><span>走</span></span>り出す犬</p>';
    const engine = fakeEngine();
    annotator = new FuriganaAnnotator(document, engine);
    await annotator.enable();
    await expect.poll(drawnBases).toEqual(['方', '書', '方', '出', '犬'].sort());
    expect(engine.log.flat()).not.toContain('読');
    expect(engine.log.flat()).not.toContain('走');
  });

  test('absolutely placed characters (pdf.js) drawn out of source order get no reading; in order, they do', async () => {
    // 図書館へ行く, one span per character, written out of order; then the same in order.
    const chars = ['図', '書', '館', 'へ', '行', 'く'];
    const placed = (order: number[]) =>
      order.map((i) => `<span style="position:absolute;top:20px;left:${10 + i * 30}px">${chars[i]}</span>`).join('');
    document.body.innerHTML =
      `<div style="position:relative;height:80px;font-size:24px">${placed([2, 0, 5, 1, 3, 4])}</div>` +
      `<div style="position:relative;height:80px;font-size:24px">${placed([0, 1, 2, 3, 4, 5])}</div>`;
    const engine = fakeEngine();
    annotator = new FuriganaAnnotator(document, engine);
    await annotator.enable();
    await expect.poll(() => engine.log.flat()).toContain('図書館へ行く');
    expect(engine.log.flat().join('|')).not.toMatch(/館図|く書/);
    await settled();
    const second = document.querySelectorAll('div')[1]!.getBoundingClientRect();
    expect(drawn().every((r) => r.rect.top > second.top - 20)).toBe(true);
    expect(drawn().map((r) => r.base)).toEqual(['図書館', '行']);
  });

  test('text directly in a shadow root, beside an element, gets readings', async () => {
    document.body.innerHTML = '<p id="host" style="line-height:2"></p>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const em = document.createElement('em');
    em.textContent = '経済';
    shadow.append('円安が', em, '政策を左右する。');
    const engine = fakeEngine();
    annotator = new FuriganaAnnotator(document, engine);
    await annotator.enable();
    await expect.poll(() => engine.log.flat()).toContain('円安が経済政策を左右する。');
    await expect.poll(drawnBases).toEqual(['円安', '経済政策', '左右'].sort());
  });

  test('a component that renders later gets readings: text appended to a root empty at the first walk, a root attached after it', async () => {
    // A shadow root empty when the page is first read, filled a moment later (a component
    // rendering after its data came), and a custom element with no root yet (its definition
    // loading), given one later: neither change is a node the document's observer hears.
    document.body.innerHTML = '<p>東京で会議</p><empty-card></empty-card><late-card></late-card>';
    const empty = document.querySelector('empty-card')!.attachShadow({ mode: 'open' });
    const engine = fakeEngine();
    annotator = new FuriganaAnnotator(document, engine);
    await annotator.enable();
    await expect.poll(drawnBases).toEqual(['東京', '会議'].sort());
    const p = document.createElement('p');
    p.textContent = '横浜の港町';
    empty.append(p);
    await expect.poll(drawnBases, { timeout: 3_000 }).toEqual(['東京', '会議', '横浜', '港町'].sort());
    const late = document.querySelector('late-card')!.attachShadow({ mode: 'open' });
    late.innerHTML = '<p>奈良の大仏</p>';
    await expect.poll(drawnBases, { timeout: 3_000 }).toEqual(['東京', '会議', '横浜', '港町', '奈良', '大仏'].sort());
  });
});
