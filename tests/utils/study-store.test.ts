/**
 * The stored word list (utils/study-store.ts) over a fake storage.local (@webext-core/fake-browser,
 * as WXT's testing kit provides it): the migration from schema 1 (a golden storage fixture), a
 * newer list left alone, and writes from two tabs at once (two copies of the store module, each
 * with its own queue of changes, as two tabs have) losing nothing; the same for the known words
 * (schema 1 → 2, golden fixture storage-known-words-schema-1.json).
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SavedWord } from '../../core/study/saved-word';
import { WORD_LIST_VERSION } from '../../core/study/word-list-schema';
import { wordStorageKey } from '../../core/study/stored-word-list';
import { KNOWN_WORDS_VERSION, knownStorageKey } from '../../core/study/stored-known-words';
import { SAMPLE_WORDS } from '../core/study/sample-words';
import type * as StudyStore from '../../utils/study-store';

type Store = typeof StudyStore;

/** A fresh copy of the store module: what one tab (or page) of the extension runs. */
async function openTab(): Promise<Store> {
  vi.resetModules();
  const g = globalThis as unknown as { chrome: unknown; browser: unknown };
  g.chrome = fakeBrowser;
  g.browser = fakeBrowser;
  return import('../../utils/study-store');
}

const golden = JSON.parse(readFileSync(new URL('../fixtures/study/storage-schema-1.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

function local(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.local.get(null);
}

function word(i: number): SavedWord {
  return { ...SAMPLE_WORDS[0]!, lemma: `語${i}`, reading: `ご${i}`, savedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString() };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('migration from schema 1 (one value holding the whole list)', () => {
  it('reads the old list before any write, as it was', async () => {
    await fakeBrowser.storage.local.set(golden);
    const tab = await openTab();
    const read = await tab.loadWordList();
    expect(read.items.map((w) => w.lemma)).toEqual(['取り扱い', '制裁', '築く']);
    expect(read.migrate?.from).toBe(1);
    // Nothing was written by reading.
    expect(await local()).toEqual(golden);
  });

  it('writes every readable word under its own key, keeps the old value aside, reports the corrupt entries', async () => {
    await fakeBrowser.storage.local.set(golden);
    const tab = await openTab();
    const read = await tab.migrateWordList();
    expect(read.problems).toEqual(['entry 3 was skipped: 壊れ: glosses are not a list of text', 'entry 5 was skipped: not an object']);
    const after = await local();
    expect(after.wordList).toEqual({ version: WORD_LIST_VERSION });
    // The newest save of 制裁 wins over the older duplicate; every word is kept, each under its key.
    for (const w of SAMPLE_WORDS) expect(after[wordStorageKey(w)]).toEqual(w);
    expect(Object.keys(after).filter((k) => k.startsWith('word:'))).toHaveLength(3);
    // The old value, corrupt entries and all, is kept aside whole.
    const kept = after.unreadableLists as { list: string; value: unknown }[];
    expect(kept).toHaveLength(1);
    expect(kept[0]!.list).toBe('wordList');
    expect(kept[0]!.value).toEqual(golden.wordList);
    // The known words are not this migration's.
    expect(after.knownWords).toEqual(golden.knownWords);
    // Read again: the same words, no migration left.
    const again = await tab.loadWordList();
    expect(again.items).toEqual(read.items);
    expect(again.migrate).toBeUndefined();
    expect(again.problems).toEqual([]);
  });

  it('migrates on the first write, and that write is kept', async () => {
    await fakeBrowser.storage.local.set(golden);
    const tab = await openTab();
    await tab.removeWord(SAMPLE_WORDS[1]!);
    const after = await tab.loadWordList();
    expect(after.items.map((w) => w.lemma)).toEqual(['取り扱い', '制裁']);
    expect((await local()).wordList).toEqual({ version: WORD_LIST_VERSION });
  });

  it('migrates schema 0 (a bare array) with nothing kept aside when all of it reads', async () => {
    await fakeBrowser.storage.local.set({ wordList: SAMPLE_WORDS });
    const tab = await openTab();
    await tab.migrateWordList();
    const after = await local();
    expect(after.unreadableLists).toBeUndefined();
    expect((await tab.loadWordList()).items.map((w) => w.lemma)).toEqual(['取り扱い', '制裁', '築く']);
  });

  it('reports a corrupt stored word and skips it, keeping the others', async () => {
    const tab = await openTab();
    await tab.saveWord(SAMPLE_WORDS[0]!);
    await fakeBrowser.storage.local.set({ [wordStorageKey(SAMPLE_WORDS[1]!)]: { lemma: '築く', reading: 'きずく' } });
    const read = await tab.loadWordList();
    expect(read.items).toEqual([SAMPLE_WORDS[0]]);
    expect(read.problems).toEqual(['the stored word 築く きずく was skipped: 築く: glosses are not a list of text']);
  });
});

describe('a list from a newer Yomu', () => {
  it('is read, and no change is stored over it', async () => {
    const newer = { version: WORD_LIST_VERSION + 1, words: [SAMPLE_WORDS[0]] };
    await fakeBrowser.storage.local.set({ wordList: newer });
    const tab = await openTab();
    const read = await tab.loadWordList();
    expect(read.newer).toBe(WORD_LIST_VERSION + 1);
    expect(read.items).toEqual([SAMPLE_WORDS[0]]);
    await expect(tab.saveWord(SAMPLE_WORDS[1]!)).rejects.toThrow(tab.NewerListError);
    await expect(tab.removeWord(SAMPLE_WORDS[0]!)).rejects.toThrow(tab.NewerListError);
    await tab.migrateWordList();
    expect(await local()).toEqual({ wordList: newer });
  });
});

describe('writes from two tabs at once', () => {
  it('a save in one tab and a delete and a save in another lose nothing', async () => {
    const a = await openTab();
    const b = await openTab();
    await a.saveWord(word(1));
    await a.saveWord(word(2));
    // At about the same time: A saves 3; B deletes 1 and saves 4.
    await Promise.all([a.saveWord(word(3)), b.removeWord(word(1)), b.saveWord(word(4))]);
    expect((await a.loadWordList()).items.map((w) => w.lemma)).toEqual(['語2', '語3', '語4']);
  });

  it('many tabs saving different words at once keep every word', async () => {
    const tabs = await Promise.all(Array.from({ length: 4 }, () => openTab()));
    await Promise.all(Array.from({ length: 20 }, (_, i) => tabs[i % tabs.length]!.saveWord(word(i))));
    expect((await tabs[0]!.loadWordList()).items).toHaveLength(20);
  });

  it('two tabs migrating a schema 1 list while saving keep the old words and both new ones', async () => {
    await fakeBrowser.storage.local.set({ wordList: { version: 1, words: SAMPLE_WORDS } });
    const a = await openTab();
    const b = await openTab();
    await Promise.all([a.saveWord(word(1)), b.saveWord(word(2))]);
    const lemmas = (await a.loadWordList()).items.map((w) => w.lemma);
    expect(lemmas).toEqual(['語1', '語2', '取り扱い', '制裁', '築く']);
  });
});

describe('watching the list', () => {
  it('reports each change with the words it touched, from another tab too', async () => {
    const a = await openTab();
    await a.saveWord(word(1));
    const b = await openTab();
    const seen: { lemmas: string[]; touched: [string, string | null][] }[] = [];
    const stop = b.watchWordList((read, words) =>
      seen.push({ lemmas: read.items.map((w) => w.lemma), touched: [...words].map(([k, w]) => [k, w?.lemma ?? null]) }),
    );
    await a.saveWord(word(2));
    await a.removeWord(word(1));
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen).toEqual([
      { lemmas: ['語1', '語2'], touched: [['語2\tご2', '語2']] },
      { lemmas: ['語2'], touched: [['語1\tご1', null]] },
    ]);
    stop();
  });
});

const knownGolden = JSON.parse(
  readFileSync(new URL('../fixtures/study/storage-known-words-schema-1.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

const kokuren = { lemma: '国連', reading: 'こくれん' };
const seisaiAny = { lemma: '制裁', reading: '' };
const kizukuKnown = { lemma: '築く', reading: 'きずく' };
const israel = { lemma: 'イスラエル', reading: 'いすらえる' };
const knownKeys = async () =>
  Object.keys(await local())
    .filter((k) => k.startsWith('known:'))
    .sort();

describe('known words: migration from schema 1 (one value holding them all)', () => {
  it('reads the old list before any write, as it was, reporting the corrupt entries', async () => {
    await fakeBrowser.storage.local.set(knownGolden);
    const tab = await openTab();
    const read = await tab.loadKnownWords();
    expect(read.items).toEqual([israel, seisaiAny, kokuren, kizukuKnown]);
    expect(read.problems).toEqual([
      'entry 3 was skipped: no lemma',
      'entry 5 was skipped: not an object',
      'entry 7 was skipped: 取り扱い: no reading',
    ]);
    expect(read.migrate?.from).toBe(1);
    expect(await local()).toEqual(knownGolden);
  });

  it('writes every readable word under its own key, keeps the old value aside whole, touches nothing else', async () => {
    await fakeBrowser.storage.local.set(knownGolden);
    const tab = await openTab();
    await tab.migrateKnownWords();
    const after = await local();
    expect(after.knownWords).toEqual({ version: KNOWN_WORDS_VERSION });
    expect(await knownKeys()).toEqual(
      ['known:イスラエル\tいすらえる', 'known:制裁\t', 'known:国連\tこくれん', 'known:築く\tきずく'].sort(),
    );
    expect(after[knownStorageKey(kokuren)]).toEqual(kokuren);
    const kept = after.unreadableLists as { list: string; value: unknown }[];
    expect(kept).toHaveLength(1);
    expect(kept[0]!.list).toBe('knownWords');
    expect(kept[0]!.value).toEqual(knownGolden.knownWords);
    // The word list is not this migration's.
    expect(after.wordList).toEqual(knownGolden.wordList);
    expect(after['word:築く\tきずく']).toEqual(knownGolden['word:築く\tきずく']);
    const again = await tab.loadKnownWords();
    expect(again.items).toEqual([israel, seisaiAny, kokuren, kizukuKnown]);
    expect(again.migrate).toBeUndefined();
    expect(again.problems).toEqual([]);
    // A second migration changes nothing.
    await tab.migrateKnownWords();
    expect(await local()).toEqual(after);
  });

  it('migrates on the first change, and that change is kept', async () => {
    await fakeBrowser.storage.local.set(knownGolden);
    const tab = await openTab();
    await tab.removeKnownWord(kokuren);
    expect((await tab.loadKnownWords()).items).toEqual([israel, seisaiAny, kizukuKnown]);
    expect((await local()).knownWords).toEqual({ version: KNOWN_WORDS_VERSION });
  });

  it('migrates schema 0 (a bare array) with nothing kept aside when all of it reads', async () => {
    await fakeBrowser.storage.local.set({ knownWords: [kokuren, israel] });
    const tab = await openTab();
    expect(await tab.addKnownWords([kokuren, kizukuKnown])).toBe(1);
    expect((await local()).unreadableLists).toBeUndefined();
    expect((await tab.loadKnownWords()).items).toEqual([israel, kokuren, kizukuKnown]);
  });

  it('reports a corrupt stored known word and skips it, keeping the others', async () => {
    const tab = await openTab();
    await tab.addKnownWords([kokuren]);
    await fakeBrowser.storage.local.set({ [knownStorageKey(israel)]: 'garbage', [knownStorageKey(seisaiAny)]: kokuren });
    const read = await tab.loadKnownWords();
    expect(read.items).toEqual([kokuren]);
    expect(read.problems.sort()).toEqual(
      [
        'the known word イスラエル いすらえる was skipped: not an object',
        'the known word 制裁 was skipped: it holds another word (国連)',
      ].sort(),
    );
  });

  it('reads only the known words’ keys where the browser lists keys (getKeys)', async () => {
    const tab = await openTab();
    await tab.addKnownWords([kokuren]);
    await tab.saveWord(word(1));
    const area = fakeBrowser.storage.local as unknown as { getKeys?: () => Promise<string[]> };
    const getAll = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    area.getKeys = async () => Object.keys(await getAll(null));
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    try {
      expect((await tab.loadKnownWords()).items).toEqual([kokuren]);
      // One read, of the known words' keys alone: the saved word is not read with them.
      expect(get.mock.calls.map((c) => c[0])).toEqual([['knownWords', knownStorageKey(kokuren)]]);
    } finally {
      get.mockRestore();
      delete area.getKeys;
    }
  });
});

describe('known words from a newer Yomu', () => {
  it('are read, and no change is stored over them', async () => {
    const newer = { version: KNOWN_WORDS_VERSION + 1, known: [kokuren] };
    await fakeBrowser.storage.local.set({ knownWords: newer });
    const tab = await openTab();
    const read = await tab.loadKnownWords();
    expect(read.newer).toBe(KNOWN_WORDS_VERSION + 1);
    expect(read.items).toEqual([kokuren]);
    await expect(tab.addKnownWords([israel])).rejects.toThrow(tab.NewerListError);
    await expect(tab.removeKnownWord(kokuren)).rejects.toThrow(/newer version of Yomu/);
    await tab.migrateKnownWords();
    expect(await local()).toEqual({ knownWords: newer });
  });
});

describe('known words changed from two tabs at once', () => {
  it('a word marked known in one tab while another tab unmarks one and marks one loses nothing', async () => {
    const a = await openTab();
    const b = await openTab();
    await a.addKnownWords([kokuren, israel]);
    await Promise.all([a.addKnownWords([kizukuKnown]), b.removeKnownWord(kokuren), b.addKnownWords([seisaiAny])]);
    expect((await a.loadKnownWords()).items).toEqual([israel, seisaiAny, kizukuKnown]);
  });

  it('many tabs marking different words at once keep every word', async () => {
    const tabs = await Promise.all(Array.from({ length: 4 }, () => openTab()));
    await Promise.all(Array.from({ length: 20 }, (_, i) => tabs[i % tabs.length]!.addKnownWords([{ lemma: `語${i}`, reading: '' }])));
    expect((await tabs[0]!.loadKnownWords()).items).toHaveLength(20);
  });

  it('two tabs migrating a schema 1 list while marking keep the old words and both new ones', async () => {
    await fakeBrowser.storage.local.set({ knownWords: { version: 1, known: [kokuren] } });
    const a = await openTab();
    const b = await openTab();
    await Promise.all([a.addKnownWords([israel]), b.addKnownWords([kizukuKnown])]);
    expect((await a.loadKnownWords()).items).toEqual([israel, kokuren, kizukuKnown]);
  });
});

describe('watching the known words', () => {
  it('reports each change, from another tab too', async () => {
    const a = await openTab();
    await a.addKnownWords([kokuren]);
    const b = await openTab();
    const seen: string[][] = [];
    const stop = b.watchKnownWords((read) => seen.push(read.items.map((w) => w.lemma)));
    await a.addKnownWords([israel]);
    await a.removeKnownWord(kokuren);
    await a.saveWord(word(1));
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen).toEqual([['イスラエル', '国連'], ['イスラエル']]);
    stop();
  });
});
