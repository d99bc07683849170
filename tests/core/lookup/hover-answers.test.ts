import { describe, expect, test, vi } from 'vitest';
import { gzipSync } from 'node:zlib';
import { encodeDictionaryFile } from '../../../core/dictionary/edict-format';
import { readingSegments } from '../../../core/furigana/reading-layer';
import { createHoverAnswers, type HoverAnswerSources } from '../../../core/lookup/hover-answers';
import { dictionaryLoader } from '../../../core/dictionary/dictionary-loader';
import { shardFileName } from '../../../core/dictionary/entry-shards';
import { encodePagedDictionary } from '../../../core/dictionary/paged-index';
import type { PagedDictionary } from '../../../core/dictionary/packed-dictionary';
import { wordAtOffset } from '../../../core/lookup/block-words';
import { nodeSegmenter } from '../../support/node-segmenter';
import { inThread } from '../../../core/segmenter/async-segmenter';
import { SMALL_ENTRIES, SMALL_GLOSSARY } from './small-dictionary';

const META = { source: 'test', publisher: 'test', created: '2026-01-01', licence: 'test', origin: 'test' };

type ServiceOverrides = Partial<HoverAnswerSources> & { readDictionaryFile?: () => Promise<Uint8Array | undefined> };

function service({
  readDictionaryFile = vi.fn(async () => gzipSync(encodeDictionaryFile(SMALL_ENTRIES, META))),
  ...overrides
}: ServiceOverrides = {}) {
  const tokenize = vi.fn();
  const sources: HoverAnswerSources & { readDictionaryFile: typeof readDictionaryFile } = {
    segmenter: async () => {
      const s = await nodeSegmenter();
      return inThread({ tokenize: (text: string) => (tokenize(text), s.tokenize(text)) });
    },
    segments: (text, tokens) => readingSegments(text, tokens),
    readDictionaryFile,
    loadDictionary: dictionaryLoader(readDictionaryFile),
    readGlossary: vi.fn(async () => SMALL_GLOSSARY),
    ...overrides,
  };
  return { lookups: createHoverAnswers(sources), sources, tokenize };
}

describe('the engine side of hover lookups', () => {
  test('the dictionary and glossary load on the first lookup, once', async () => {
    const { lookups, sources } = service();
    expect(sources.readDictionaryFile).not.toHaveBeenCalled();
    expect(sources.readGlossary).not.toHaveBeenCalled();
    const text = '北大西洋条約機構（NATO）は制裁を決めた。';
    const [a, b] = await Promise.all([lookups.lookup(text, 0), lookups.lookup(text, text.indexOf('NATO'))]);
    expect(a?.surface).toBe('北大西洋条約機構');
    expect(b?.glossary?.id).toBe('nato');
    expect(b?.entries[0]?.senses[0]?.glosses[0]).toMatch(/North Atlantic/);
    await lookups.lookup(text, text.indexOf('制裁'));
    expect(sources.readDictionaryFile).toHaveBeenCalledTimes(1);
    expect(sources.readGlossary).toHaveBeenCalledTimes(1);
  });

  test('hovering word after word in one text tokenizes it once; the last few texts stay cached', async () => {
    const { lookups, tokenize } = service();
    const texts = Array.from({ length: 8 }, (_, i) => `制裁${i}件目を受けた。`);
    for (const text of texts) for (let offset = 0; offset < 6; offset++) await lookups.lookup(text, offset);
    expect(tokenize).toHaveBeenCalledTimes(8);
    await lookups.lookup(texts[0]!, 0);
    expect(tokenize).toHaveBeenCalledTimes(8);
    // A ninth text pushes out the least recently used (texts[1]).
    await lookups.lookup('新しい文です。', 0);
    await lookups.lookup(texts[1]!, 0);
    expect(tokenize).toHaveBeenCalledTimes(10);
  });

  test('a damaged dictionary file: answers say why, and still give readings and glossary cards', async () => {
    const { lookups, sources } = service({ readDictionaryFile: vi.fn(async () => new Uint8Array([0x1f, 0x8b, 1, 2, 3])) });
    const info = await lookups.lookup('制裁を受けた', 0);
    expect(info?.reading).toBe('せいさい');
    expect(info?.entries).toEqual([]);
    expect(info?.glossary?.id).toBe('sanctions');
    expect(info?.dictionaryError).toMatch(/dictionary/i);
    expect(info?.dictionaryError).toMatch(/damaged/);
    await lookups.lookup('制裁を受けた', 3);
    expect(sources.readDictionaryFile).toHaveBeenCalledTimes(1);
  });

  test('a missing dictionary file is said plainly', async () => {
    const { lookups } = service({ readDictionaryFile: async () => undefined });
    expect((await lookups.lookup('制裁', 0))?.dictionaryError).toMatch(/missing/);
  });

  test('a file that cannot be read at all', async () => {
    const { lookups } = service({
      readDictionaryFile: async () => Promise.reject(new Error('/edict/edict.yomu.gz is missing from the extension (404)')),
    });
    const info = await lookups.lookup('制裁', 0);
    expect(info?.dictionaryError).toBe(
      'The Japanese–English dictionary could not be loaded: /edict/edict.yomu.gz is missing from the extension (404). Reinstall or update the extension.',
    );
  });

  test('a glossary that fails to load costs only the cards', async () => {
    const { lookups } = service({ readGlossary: async () => Promise.reject(new Error('bad glossary')) });
    const info = await lookups.lookup('制裁を受けた', 0);
    expect(info?.entries[0]?.headwords).toEqual(['制裁']);
    expect(info?.glossary).toBeUndefined();
    expect(info?.dictionaryError).toBeUndefined();
  });

  test('answers are plain data (they cross the message bus as JSON)', async () => {
    const { lookups } = service();
    const info = await lookups.lookup('基盤は徐々に築かれ、', 6);
    expect(JSON.parse(JSON.stringify(info))).toEqual(info);
    expect(info?.dictionaryForm?.text).toBe('築く');
  });

  test('while kuromoji loads, a lookup is answered from the dictionary alone, marked provisional', async () => {
    let loaded = false;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const segmenter = vi.fn(async () => {
      await gate;
      const s = await nodeSegmenter();
      loaded = true;
      return inThread(s);
    });
    const { lookups } = service({ segmenter, segmenterLoaded: () => loaded });
    const text = '対ロシア制裁を受けた。';
    const quick = await lookups.lookup(text, text.indexOf('裁'));
    expect(quick).toMatchObject({ surface: '制裁', reading: 'せいさい', provisional: true });
    expect(quick?.entries[0]?.senses[0]?.glosses[0]).toBe('sanctions');
    expect(quick?.glossary?.id).toBe('sanctions');
    // Inflection undone by endings, okurigana included from its kanji.
    const inflected = await lookups.lookup(text, text.indexOf('け'));
    expect(inflected).toMatchObject({ surface: '受けた', dictionaryForm: { text: '受ける' }, provisional: true });
    expect(inflected?.inflections).toEqual(['past']);
    // Its load was started by the lookup (once its answer was given); once in, answers are the full ones.
    await vi.waitFor(() => expect(segmenter).toHaveBeenCalled());
    release();
    await vi.waitFor(() => expect(loaded).toBe(true));
    const full = await lookups.lookup(text, text.indexOf('裁'));
    expect(full?.provisional).toBeUndefined();
    expect(full?.surface).toBe('制裁');
  });

  test('while kuromoji loads, a place the dictionary has no word for waits for the full answer', async () => {
    let loaded = false;
    const { lookups } = service({
      segmenter: async () => {
        const s = await nodeSegmenter();
        loaded = true;
        return inThread(s);
      },
      segmenterLoaded: () => loaded,
    });
    const info = await lookups.lookup('、制裁', 0);
    expect(info).toBeNull();
    expect(loaded).toBe(true);
  });
});

describe('words spelt with kanji the analyser cannot take', () => {
  test('𰻞𰻞麺: the run stood in for is looked up as the page writes it', async () => {
    const biangbiang = {
      headwords: [{ text: '𰻞𰻞麺', common: false, tags: [] }],
      readings: [{ text: 'ビャンビャンめん', common: false, tags: [] }],
      senses: [{ partsOfSpeech: ['n'], tags: [], glosses: ['biangbiang noodles'] }],
      common: false,
    };
    const { lookups } = service({
      readDictionaryFile: vi.fn(async () => gzipSync(encodeDictionaryFile([...SMALL_ENTRIES, biangbiang], META))),
    });
    const text = '昼に𰻞𰻞麺を食べた。';
    const info = (await lookups.lookup(text, text.indexOf('𰻞')))!;
    expect(info.surface).toBe('𰻞𰻞麺');
    expect(info.entries[0]?.senses[0]?.glosses).toEqual(['biangbiang noodles']);
    expect(info.reading).toBe('びゃんびゃんめん');
    // The block's words, which answer later hovers in the tab, say the same.
    const block = await lookups.words(text);
    const word = block.words.find((w) => w.surface === '𰻞𰻞麺');
    expect(word?.entries[0]?.senses[0]?.glosses).toEqual(['biangbiang noodles']);
  });
});

describe('the dictionary as the extension ships it (directory, index pages, entry shards)', () => {
  test('while kuromoji and most parts load, a lookup is answered from the directory and the parts it needs', async () => {
    const { directory, pages, shards } = encodePagedDictionary(encodeDictionaryFile(SMALL_ENTRIES, META), 64, 256);
    const readPage = vi.fn(async (p: number) => pages[p]!);
    const readShard = vi.fn(async (k: number) => shards[k]!);
    const loader = dictionaryLoader({ readIndex: async () => directory, readPage, readShard });
    const { lookups } = service({
      segmenter: () => new Promise(() => {}), // kuromoji never arrives in this test
      segmenterLoaded: () => false,
      loadDictionary: () => new Promise(() => {}), // nor the whole dictionary
      loadSearchableDictionary: loader.quick,
    });
    const text = '北大西洋条約機構は制裁を決めた。';
    const info = await lookups.lookup(text, text.indexOf('裁'));
    expect(info).toMatchObject({ surface: '制裁', provisional: true });
    expect(info?.entries[0]?.senses[0]?.glosses[0]).toBe('sanctions');
    expect(readPage.mock.calls.length).toBeLessThan(pages.length);
    expect(readShard.mock.calls.length).toBeLessThan(shards.length);
  });
});

describe('a part of the dictionary that cannot be read (a damaged install)', () => {
  const paged = encodePagedDictionary(encodeDictionaryFile(SMALL_ENTRIES, META), 64, 256);
  /** The loader of the small dictionary in pages, shard `broken` missing (none: every part there). */
  const loaderWithout = (broken?: number) =>
    dictionaryLoader({
      readIndex: async () => paged.directory,
      readPage: async (p) => paged.pages[p]!,
      readShard: async (k) =>
        k === broken ? Promise.reject(new Error(`edict/${shardFileName(k)} is missing from the extension`)) : paged.shards[k]!,
    });
  const sanctionsShard = async () => {
    const d = (await loaderWithout()()).dictionary as PagedDictionary;
    const id = d.matches('制裁')[0]!.entryId;
    for (let k = 0; k < d.shardCount; k++) {
      const probe = (await loaderWithout(k)()).dictionary!;
      if (probe.matches('制裁').every((m) => m.entryId !== id)) return k;
    }
    throw new Error('no shard holds 制裁');
  };

  test('the word in it says which file, a word elsewhere has its full entries, and so do the block’s words', async () => {
    const shard = await sanctionsShard();
    const broken = service({ loadDictionary: loaderWithout(shard) }).lookups;
    const healthy = service({ loadDictionary: loaderWithout() }).lookups;
    const text = '大統領が制裁を受けた。';
    const sanctions = await broken.lookup(text, text.indexOf('制裁'));
    expect(sanctions?.surface).toBe('制裁');
    expect(sanctions?.reading).toBe('せいさい');
    expect(sanctions?.dictionaryError).toMatch(/dictionary file is damaged: its entries cannot be read/);
    expect(sanctions?.dictionaryError).toContain(shardFileName(shard));
    const president = await broken.lookup(text, 0);
    expect(president?.dictionaryError).toBeUndefined();
    expect(president?.entries[0]?.senses[0]?.glosses).toEqual(['president (of a nation)']);
    expect(president).toEqual(await healthy.lookup(text, 0));
    const block = await broken.words(text);
    const whole = await healthy.words(text);
    // Each place's word: whole where its search touched no unreadable part, else naming the file.
    for (let at = 0; at < text.length; at++) {
      const word = wordAtOffset(block, at);
      if (word?.dictionaryError) expect(word.dictionaryError).toContain(shardFileName(shard));
      else expect(word, `at ${at}`).toEqual(wordAtOffset(whole, at));
    }
    expect(wordAtOffset(block, text.indexOf('制裁'))?.dictionaryError).toContain(shardFileName(shard));
    expect(wordAtOffset(block, 0)).toEqual(wordAtOffset(whole, 0));
    expect(wordAtOffset(block, 0)?.entries.length).toBeGreaterThan(0);
  });
});
