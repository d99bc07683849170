import { bundledGlossary } from '../../../dict/glossary/glossary';
import { describe, expect, test, vi } from 'vitest';
import { readBundledEdictBytes } from '../../../dict/edict/node-edict';
import { createReadingEngine, type ReadingEngineSources } from '../../../core/engine/reading-engine';
import { readKuromojiFile } from '../../support/node-segmenter';
import { isAllHiragana } from '../../../core/text/kana';
import { loadSegmenter } from '../../../core/segmenter/kuromoji-tokenizer';
import { inThread } from '../../../core/segmenter/async-segmenter';

const now = () => performance.now();

/**
 * An engine whose kuromoji starts as a worker of its own would (startSegmenter), logging into
 * `read` what it reads: 'kuromoji', 'dictionary', and whatever `more` logs.
 */
function engineInWorker(read: string[], more: Partial<ReadingEngineSources> = {}) {
  return createReadingEngine({
    glossary: bundledGlossary,
    startSegmenter: async () => {
      read.push('kuromoji');
      return inThread(await loadSegmenter(readKuromojiFile));
    },
    readDictionaryFile: async () => (read.push('dictionary'), readBundledEdictBytes()),
    now,
    ...more,
  });
}

/** A dictionary file whose read is logged into `read` and held until `dictionaryIn()`. */
function gatedDictionary(read: string[]) {
  let dictionaryIn!: () => void;
  const gate = new Promise<void>((resolve) => (dictionaryIn = resolve));
  const readDictionaryFile = async () => {
    read.push('dictionary');
    await gate;
    return readBundledEdictBytes();
  };
  return { readDictionaryFile, dictionaryIn };
}

describe('createReadingEngine', () => {
  test('loads on first request, then answers from memory', async () => {
    let reads = 0;
    const engine = createReadingEngine({ glossary: bundledGlossary, readKuromojiFile: (n) => (reads++, readKuromojiFile(n)), now });
    expect(engine.status()).toEqual({ loaded: false });
    const response = (await engine.handle({ type: 'yomu:annotate', texts: ['東京で会議', 'かな'] })) as { ok: true; segments: unknown[][] };
    expect(response.ok).toBe(true);
    expect(response.segments[0]).toEqual([
      { start: 0, end: 2, reading: 'とうきょう' },
      { start: 3, end: 5, reading: 'かいぎ' },
    ]);
    expect(response.segments[1]).toEqual([]);
    const status = engine.status();
    expect(status.loaded).toBe(true);
    expect(status.loadMs).toBeGreaterThan(0);
    const readsAfterLoad = reads;
    await engine.annotate(['大阪']);
    expect(reads).toBe(readsAfterLoad);
  });

  test('a broken dictionary file gives a clear error, and a later request tries again', async () => {
    let broken = true;
    const engine = createReadingEngine({
      glossary: bundledGlossary,
      readKuromojiFile: async (name) => (broken && name === 'tid_pos.dat.gz' ? new ArrayBuffer(0) : readKuromojiFile(name)),
      now,
    });
    const failed = (await engine.handle({ type: 'yomu:annotate', texts: ['東京'] })) as { ok: false; error: string };
    expect(failed).toEqual({ ok: false, error: 'The Japanese dictionary (kuromoji) could not be loaded: tid_pos.dat.gz is empty' });
    expect(engine.status().error).toMatch(/tid_pos\.dat\.gz is empty/);
    broken = false;
    const ok = (await engine.handle({ type: 'yomu:annotate', texts: ['東京'] })) as { ok: boolean };
    expect(ok.ok).toBe(true);
    expect(engine.status().error).toBeUndefined();
  });

  test('odd text never breaks the engine: empty, lone surrogates, half-width kana, emoji, the article', async () => {
    const engine = createReadingEngine({ glossary: bundledGlossary, readKuromojiFile, now });
    const texts = ['', '\uD842', 'ﾛｼｱと𠮟責', '🇯🇵日本🎌', 'Gateは、ゲートに', '\u0000\u200b漢字\ufeff'];
    const segments = await engine.annotate(texts);
    expect(segments).toHaveLength(texts.length);
    segments.forEach((segs, i) => {
      for (const s of segs) {
        expect(s.start).toBeGreaterThanOrEqual(0);
        expect(s.end).toBeLessThanOrEqual(texts[i]!.length);
        expect(isAllHiragana(s.reading.replaceAll('ー', '')), s.reading).toBe(true);
      }
    });
  });
});

describe('what the engine knows beyond kuromoji reaches the furigana', () => {
  test('glossary readings win (習近平), EDICT reads compounds (事実上), and EDICT is opened once for furigana and hover', async () => {
    const { readFile } = await import('node:fs/promises');
    const { EDICT_FILE } = await import('../../../dict/edict/node-edict');
    let edictReads = 0;
    const engine = createReadingEngine({
      glossary: bundledGlossary,
      readKuromojiFile,
      readDictionaryFile: async () => (edictReads++, new Uint8Array(await readFile(EDICT_FILE))),
      now,
    });
    const text = '習近平とプーチンは事実上の同盟を結んだ。';
    const [segments] = await engine.annotate([text]);
    const at = (word: string) => segments!.find((s) => s.start === text.indexOf(word));
    expect(at('習近平')).toMatchObject({ end: text.indexOf('習近平') + 3, reading: 'しゅうきんぺい' });
    expect(at('事実上')).toMatchObject({ end: text.indexOf('事実上') + 3, reading: 'じじつじょう' });
    const hover = (await engine.handle({ type: 'yomu:lookup', text, offset: 0 })) as { ok: true; word: { reading: string } };
    expect(hover.word.reading).toBe('しゅうきんぺい');
    expect(edictReads).toBe(1);
    expect(engine.status().dictionaryLoadMs).toBeGreaterThan(0);
  });

  test('a broken EDICT file: furigana goes on with kuromoji and the glossary, and the status says why', async () => {
    const engine = createReadingEngine({
      glossary: bundledGlossary,
      readKuromojiFile,
      readDictionaryFile: async () => new Uint8Array([1, 2, 3]),
      now,
    });
    const text = '習近平は東京に来た。';
    const [segments] = await engine.annotate([text]);
    expect(segments![0]).toMatchObject({ start: 0, end: 3, reading: 'しゅうきんぺい' });
    expect(engine.status().dictionaryError).toMatch(/dictionary/i);
  });
});

describe('words split by the page’s elements', () => {
  test('a segment crossing a break is read per piece, or kept whole; never dropped', async () => {
    const engine = createReadingEngine({ glossary: bundledGlossary, readKuromojiFile, now });
    const text = '政府は経済制裁を決めた。';
    const [plain] = await engine.annotate([text]);
    const [split] = await engine.annotate([text], { breaks: [[3, 5]] });
    // Whatever kuromoji makes of 経済制裁, the readings over 経済 and 制裁 are there, cut at the break.
    const over = (segs: typeof split, start: number, end: number) =>
      segs!
        .filter((s) => s.start >= start && s.end <= end)
        .map((s) => s.reading)
        .join('');
    expect(over(plain!, 3, 7)).toBe('けいざいせいさい');
    expect(split!.every((s) => !(s.start < 5 && s.end > 5))).toBe(true);
    expect(over(split!, 3, 5)).toBe('けいざい');
    expect(over(split!, 5, 7)).toBe('せいさい');
    // 手<b>紙</b>: 手 alone is て, so 紙 takes the rest of てがみ (alone it is かみ).
    const [letter] = await engine.annotate(['手紙を書く'], { breaks: [[1]] });
    expect(letter!.slice(0, 2)).toMatchObject([
      { start: 0, end: 1, reading: 'て' },
      { start: 1, end: 2, reading: 'がみ' },
    ]);
    // The page's own <ruby>政治<rt>せいぢ</rt></ruby>家: 家 is read as the end of 政治家, not alone (いえ).
    const [politician] = await engine.annotate(['政治家が話す'], { breaks: [[2]] });
    expect(politician!.find((s) => s.start === 2)).toMatchObject({ end: 3, reading: 'か' });
    // 日本<ruby>銀<rt>ぎん</rt></ruby>行: the ends take what 銀 (ぎん) leaves of the word's reading.
    const [bank] = await engine.annotate(['日本銀行に行く'], { breaks: [[2, 3]] });
    expect(bank!.filter((s) => s.end <= 4).map((s) => s.reading)).toEqual(['にっぽん', 'ぎん', 'こう']);
    // 今<b>日</b>: neither piece alone gives a part of きょう: one reading over the whole word.
    const [today] = await engine.annotate(['今日は晴れ'], { breaks: [[1]] });
    expect(today![0]).toMatchObject({ start: 0, end: 2, reading: 'きょう' });
  });

  test('a prepare request is answered at once and opens the dictionary, leaving kuromoji in this thread for later', async () => {
    const read: string[] = [];
    const engine = createReadingEngine({
      glossary: bundledGlossary,
      readKuromojiFile: (n) => (read.push('kuromoji'), readKuromojiFile(n)),
      readDictionaryFile: async () => (read.push('dictionary'), readBundledEdictBytes()),
      now,
    });
    expect(await engine.handle({ type: 'yomu:prepare' })).toEqual({ ok: true });
    await vi.waitFor(() => expect(read).toEqual(['dictionary']));
    expect(await engine.handle({ type: 'yomu:prepare' })).toEqual({ ok: true });
    // The first lookup is answered from the dictionary at once, and starts kuromoji once answered.
    const text = '制裁を受けた';
    const first = (await engine.handle({ type: 'yomu:lookup', text, offset: 0 })) as { ok: true; word: { provisional?: boolean } };
    expect(first.word.provisional).toBe(true);
    expect(read[0]).toBe('dictionary');
    await vi.waitFor(() => expect(read).toContain('kuromoji'));
    await vi.waitFor(() => expect(engine.status().loaded).toBe(true), { timeout: 30_000 });
    expect(read.filter((r) => r === 'dictionary')).toHaveLength(1);
  });

  test('with kuromoji in a worker of its own, a prepare request still leaves it for the first request that needs it', async () => {
    const read: string[] = [];
    const engine = engineInWorker(read);
    expect(await engine.handle({ type: 'yomu:prepare' })).toEqual({ ok: true });
    await vi.waitFor(() => expect(read).toEqual(['dictionary']));
    // The dictionary can be searched (a lookup is answered from it) and kuromoji has not started.
    const first = (await engine.handle({ type: 'yomu:lookup', text: '制裁を受けた', offset: 0 })) as {
      ok: true;
      word: { provisional?: boolean };
    };
    expect(first.word.provisional).toBe(true);
    expect(read).toEqual(['dictionary']);
    // That answer sent (and drawn, the lookups quiet), kuromoji starts.
    await vi.waitFor(() => expect(read).toEqual(['dictionary', 'kuromoji']), { timeout: 5_000 });
    await vi.waitFor(() => expect(engine.status().loaded).toBe(true), { timeout: 30_000 });
  });

  test('while hovers are being answered, kuromoji and the reading layer wait; once they stop, they load', async () => {
    const read: string[] = [];
    const engine = engineInWorker(read, {
      readNamesFile: async () => (read.push('names'), '高橋\tたかはし\n'),
      readNameCardsFile: async () => (read.push('name cards'), '高橋\tたかはし\tsurname\tTakahashi\n'),
    });
    const lookup = async (text: string) =>
      ((await engine.handle({ type: 'yomu:lookup', text, offset: 0 })) as { ok: true; word: { provisional?: boolean } }).word;
    // The reader moves from word to word: each answered from the dictionary alone, and the tab's
    // question for the block's words (which needs kuromoji) starts nothing meanwhile.
    expect((await lookup('制裁を受けた')).provisional).toBe(true);
    const blockWords = engine.handle({ type: 'yomu:words', text: '制裁を受けた' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await lookup('会議に出る')).provisional).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(read).toEqual(['dictionary']);
    // The lookups stopped: kuromoji, the names and the name cards load, and the block's words come.
    await vi.waitFor(() => expect(read).toEqual(expect.arrayContaining(['kuromoji', 'names', 'name cards'])), { timeout: 5_000 });
    expect(((await blockWords) as { ok: boolean }).ok).toBe(true);
    await vi.waitFor(async () => expect((await lookup('会議に出る')).provisional).toBeUndefined(), { timeout: 30_000 });
  });

  test("while the first lookup is being answered, a block's words start no load; once it is answered and quiet, they do", async () => {
    const read: string[] = [];
    const { readDictionaryFile, dictionaryIn } = gatedDictionary(read);
    const engine = engineInWorker(read, { readDictionaryFile });
    const first = engine.handle({ type: 'yomu:lookup', text: '制裁を受けた', offset: 0 });
    await vi.waitFor(() => expect(read).toEqual(['dictionary']));
    // The tab asks for the block's words while the lookup waits on the dictionary.
    const blockWords = engine.handle({ type: 'yomu:words', text: '制裁を受けた' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(read).toEqual(['dictionary']);
    dictionaryIn();
    expect(((await first) as { word: { provisional?: boolean } }).word.provisional).toBe(true);
    await vi.waitFor(() => expect(read).toEqual(['dictionary', 'kuromoji']), { timeout: 5_000 });
    expect(((await blockWords) as { ok: boolean }).ok).toBe(true);
  });

  test("a block's words asked before any hover wait a moment for one: a first hover then comes first", async () => {
    const read: string[] = [];
    const engine = engineInWorker(read);
    // The tab fetches the words on screen as the page loads; the reader points a moment later.
    const blockWords = engine.handle({ type: 'yomu:words', text: '制裁を受けた' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(read).not.toContain('kuromoji');
    const first = (await engine.handle({ type: 'yomu:lookup', text: '会議に出る', offset: 0 })) as { word: { provisional?: boolean } };
    expect(first.word.provisional).toBe(true);
    expect(read).not.toContain('kuromoji');
    await vi.waitFor(() => expect(read).toContain('kuromoji'), { timeout: 5_000 });
    expect(((await blockWords) as { ok: boolean }).ok).toBe(true);
  });

  test("a block's words asked with no hover coming start kuromoji after that moment", async () => {
    const read: string[] = [];
    const engine = engineInWorker(read);
    const blockWords = engine.handle({ type: 'yomu:words', text: '制裁を受けた' });
    await vi.waitFor(() => expect(read).toContain('kuromoji'), { timeout: 5_000 });
    expect(((await blockWords) as { ok: boolean }).ok).toBe(true);
  });

  test("the page's glossary terms asked while a first lookup is in flight are answered after it", async () => {
    const read: string[] = [];
    const { readDictionaryFile, dictionaryIn } = gatedDictionary(read);
    const engine = engineInWorker(read, { readDictionaryFile });
    const order: string[] = [];
    const first = engine.handle({ type: 'yomu:lookup', text: '制裁を受けた', offset: 0 }).then(() => order.push('lookup'));
    const terms = engine.handle({ type: 'yomu:find-terms', texts: ['北大西洋条約機構の制裁'] }).then((answer) => {
      order.push('terms');
      return answer as { ok: boolean };
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual([]);
    dictionaryIn();
    await first;
    expect((await terms).ok).toBe(true);
    expect(order).toEqual(['lookup', 'terms']);
    // With no lookup in flight, they are answered at once.
    expect(((await engine.handle({ type: 'yomu:find-terms', texts: ['制裁'] })) as { ok: boolean }).ok).toBe(true);
  });

  test('a lookup the dictionary cannot answer waits for nothing held: kuromoji starts for it at once', async () => {
    const read: string[] = [];
    let kuromojiIn!: () => void;
    const gate = new Promise<void>((resolve) => (kuromojiIn = resolve));
    const engine = engineInWorker(read, {
      startSegmenter: async () => {
        read.push('kuromoji');
        await gate;
        return inThread(await loadSegmenter(readKuromojiFile));
      },
    });
    await engine.handle({ type: 'yomu:prepare' });
    // A symbol starts no dictionary word: the answer needs kuromoji, which starts while the lookup is in flight.
    const answer = engine.handle({ type: 'yomu:lookup', text: '〓〓です', offset: 0 });
    let answered = false;
    void answer.then(() => (answered = true));
    await vi.waitFor(() => expect(read).toContain('kuromoji'), { timeout: 1_000 });
    expect(answered).toBe(false);
    kuromojiIn();
    expect(((await answer) as { ok: boolean }).ok).toBe(true);
  });

  test('a reader who never stops hovering still gets the full answers', async () => {
    const engine = createReadingEngine({
      glossary: bundledGlossary,
      startSegmenter: async () => inThread(await loadSegmenter(readKuromojiFile)),
      readDictionaryFile: async () => readBundledEdictBytes(),
      now,
    });
    const texts = ['制裁を受けた', '会議に出る', '東京の天気'];
    for (let i = 0; ; i++) {
      const answer = (await engine.handle({ type: 'yomu:lookup', text: texts[i % texts.length]!, offset: 0 })) as {
        ok: true;
        word: { provisional?: boolean };
      };
      if (!answer.word.provisional) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(engine.status().loaded).toBe(true);
  }, 60_000);

  test('a hover is answered from the dictionary until kuromoji and the whole reading layer are in, then in full', async () => {
    let namesIn!: () => void;
    const names = new Promise<string>((resolve) => (namesIn = () => resolve('高橋\tたかはし\n')));
    const engine = createReadingEngine({
      glossary: bundledGlossary,
      startSegmenter: async () => inThread(await loadSegmenter(readKuromojiFile)),
      readDictionaryFile: async () => readBundledEdictBytes(),
      readNamesFile: () => names,
      now,
    });
    await engine.handle({ type: 'yomu:prepare' });
    // The first lookup starts kuromoji once it is answered.
    await engine.handle({ type: 'yomu:lookup', text: '東京', offset: 0 });
    await vi.waitFor(() => expect(engine.status().loaded).toBe(true), { timeout: 30_000 });
    // kuromoji is in, the names file is not: the hover does not wait for it.
    const text = '制裁を受けた';
    const early = (await engine.handle({ type: 'yomu:lookup', text, offset: 0 })) as { ok: true; word: { provisional?: boolean } };
    expect(early.word).toMatchObject({ surface: '制裁', provisional: true });
    namesIn();
    await vi.waitFor(async () => {
      const full = (await engine.handle({ type: 'yomu:lookup', text, offset: 0 })) as { ok: true; word: { provisional?: boolean } };
      expect(full.word.provisional).toBeUndefined();
    });
  });
});
