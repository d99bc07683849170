/**
 * The annotator in a real page (Vitest browser mode, Debian's Chromium), with a stand-in engine
 * that puts a reading over every kanji run: order of work, live updates, exact restoration.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { FuriganaAnnotator } from '../../../entrypoints/content/furigana-annotator';
import { collectReadableBlocks } from '../../../entrypoints/content/readable-blocks';
import { afterNextFrame, splitOversized, toBatches, visibleFirst, BATCH_MAX_CHARS, SLICE_MAX_RUBIES } from '../../../entrypoints/content/annotation-scheduler';
import type { RubySegment } from '../../../core/furigana/ruby-segment';

const KANJI_RUN = /[\p{Script=Han}々]+/gu;

function fakeEngine(log: string[][] = []) {
  return {
    log,
    async segment(texts: string[]): Promise<RubySegment[][]> {
      log.push(texts);
      return texts.map((t) => Array.from(t.matchAll(KANJI_RUN), (m) => ({ start: m.index, end: m.index + m[0].length, reading: 'よみ' })));
    },
  };
}

let annotator: FuriganaAnnotator | undefined;
afterEach(() => {
  annotator?.disable();
  document.body.innerHTML = '';
});

describe('scheduling', () => {
  test('blocks in the viewport come first, then the rest in document order', () => {
    document.body.innerHTML = `<p>上の段落</p><div style="height:5000px"></div><p>下の段落</p><p style="position:fixed;top:0">固定の段落</p>`;
    const ordered = visibleFirst(collectReadableBlocks(document.body), innerHeight);
    // The fixed paragraph is on screen though it comes last in the document.
    expect(ordered.map((b) => b.text)).toEqual(['上の段落', '固定の段落', '下の段落']);
  });

  test('the next slice waits for the next frame, or a short while in a tab that draws none', async () => {
    let frames = 0;
    let counting = true;
    const count = () => {
      frames++;
      if (counting) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    const before = frames;
    await afterNextFrame(window);
    counting = false;
    expect(frames).toBeGreaterThan(before);
    // A hidden tab: requestAnimationFrame never calls back.
    const hidden = { requestAnimationFrame: () => 0, setTimeout: (f: () => void, ms: number) => setTimeout(f, ms) } as unknown as Window;
    const started = performance.now();
    await afterNextFrame(hidden, 30);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
  });

  test('batches stay within the size limit', () => {
    document.body.innerHTML = Array.from({ length: 50 }, () => `<p>${'漢字'.repeat(500)}</p>`).join('');
    const batches = toBatches(collectReadableBlocks(document.body));
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) expect(batch.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(BATCH_MAX_CHARS);
  });
});

describe('huge pages', () => {
  test('a block far longer than a request is cut at node boundaries and annotated whole', async () => {
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
    expect(p.querySelectorAll('ruby[data-yomu]').length).toBe(3000);
    for (const texts of engine.log) expect(texts.join('').length).toBeLessThanOrEqual(BATCH_MAX_CHARS);
  });

  test('writes one slice a frame, of at most SLICE_MAX_RUBIES rubies (and the block that crosses it)', async () => {
    // 60 paragraphs of 50 kanji words: 3,000 rubies, ten times a slice.
    document.body.innerHTML = Array.from({ length: 60 }, () => `<p>${'漢字と'.repeat(50)}</p>`).join('');
    annotator = new FuriganaAnnotator(document, fakeEngine());
    const perFrame: number[] = [];
    let last = 0;
    let watching = true;
    const count = () => {
      const now = document.querySelectorAll('ruby[data-yomu]').length;
      perFrame.push(now - last);
      last = now;
      if (watching) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    await annotator.enable();
    watching = false;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(last).toBe(3000);
    expect(Math.max(...perFrame)).toBeLessThanOrEqual(SLICE_MAX_RUBIES + 50);
    expect(perFrame.filter((n) => n > 0).length).toBeGreaterThanOrEqual(3000 / (SLICE_MAX_RUBIES + 50));
  });

  test('a single text node longer than a request is left alone, the rest annotated', async () => {
    document.body.innerHTML = `<p><span>${'漢'.repeat(BATCH_MAX_CHARS + 1)}</span><span>東京</span></p>`;
    annotator = new FuriganaAnnotator(document, fakeEngine());
    await annotator.enable();
    expect(document.querySelectorAll('ruby[data-yomu]').length).toBe(1);
  });
});

describe('FuriganaAnnotator', () => {
  test('annotates, then restores the exact DOM with the same text nodes', async () => {
    document.body.innerHTML = '<article><h1>見出しの文</h1><p>本文は<a href="#">東京</a>で<b>書かれた</b>。</p></article>';
    const before = document.body.innerHTML;
    const textNodes = Array.from(document.querySelectorAll('article *')).flatMap((e) => Array.from(e.childNodes).filter((n) => n.nodeType === 3));
    annotator = new FuriganaAnnotator(document, fakeEngine());
    await annotator.enable();
    expect(document.querySelectorAll('ruby[data-yomu]').length).toBe(5);
    annotator.disable();
    expect(document.body.innerHTML).toBe(before);
    for (const n of textNodes) expect(n.isConnected).toBe(true);
  });

  test('content added later is annotated once; our own insertions do not trigger work', async () => {
    document.body.innerHTML = '<div id="feed"><p>最初の記事</p></div>';
    const engine = fakeEngine();
    annotator = new FuriganaAnnotator(document, engine);
    await annotator.enable();
    expect(engine.log).toHaveLength(1);
    const p = document.createElement('p');
    p.textContent = '追加された記事';
    document.getElementById('feed')!.append(p);
    await expect.poll(() => p.querySelectorAll('ruby[data-yomu]').length).toBe(2);
    // Give the observer time to (wrongly) react to our own ruby.
    await new Promise((r) => setTimeout(r, 200));
    expect(engine.log).toHaveLength(2);
    expect(engine.log[1]).toEqual(['追加された記事']);
    expect(document.querySelectorAll('ruby ruby, yomu-text yomu-text').length).toBe(0);
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
  });

  test('turning off mid-way stops the work and leaves no trace', async () => {
    document.body.innerHTML = Array.from({ length: 400 }, (_, i) => `<p>段落${i}の漢字</p>`).join('');
    const before = document.body.innerHTML;
    annotator = new FuriganaAnnotator(document, fakeEngine());
    const done = annotator.enable();
    await new Promise((r) => setTimeout(r, 0));
    annotator.disable();
    await done;
    expect(document.body.innerHTML).toBe(before);
  });

  test('readings are not part of the copied text', async () => {
    document.body.innerHTML = '<p id="p">東京で会議</p>';
    annotator = new FuriganaAnnotator(document, fakeEngine());
    await annotator.enable();
    const p = document.getElementById('p')!;
    expect(p.querySelectorAll('rt').length).toBe(2);
    getSelection()!.selectAllChildren(p);
    expect(getSelection()!.toString()).toBe('東京で会議');
    getSelection()!.removeAllRanges();
  });
});
