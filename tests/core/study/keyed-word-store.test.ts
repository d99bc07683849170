import { describe, expect, it } from 'vitest';
import { entryStorageKey, isStoreKey, KeyedListState, readKeyedList, type KeyedWordStore } from '../../../core/study/keyed-word-store';
import type { ReadList } from '../../../core/study/word-list-schema';

/** A toy word: a lemma, a reading and a count; the larger count wins a migration. */
interface Toy {
  lemma: string;
  reading: string;
  n: number;
}

function parseToy(value: unknown): { word: Toy } | { problem: string } {
  const v = value as Partial<Toy> | null;
  if (!v || typeof v.lemma !== 'string' || typeof v.reading !== 'string' || typeof v.n !== 'number') return { problem: 'not a toy' };
  return { word: { lemma: v.lemma, reading: v.reading, n: v.n } };
}

function readOld(value: unknown): ReadList<Toy> {
  const list = Array.isArray(value) ? value : ((value as { toys?: unknown[] }).toys ?? []);
  const items: Toy[] = [];
  const problems: string[] = [];
  for (const entry of list) {
    const parsed = parseToy(entry);
    if ('word' in parsed) items.push(parsed.word);
    else problems.push(parsed.problem);
  }
  return problems.length > 0 ? { items, problems, unreadable: true } : { items, problems };
}

const TOYS: KeyedWordStore<Toy> = {
  manifestKey: 'toys',
  entryPrefix: 'toy:',
  version: 2,
  envelopeField: 'toys',
  entryNoun: 'toy',
  wordKey: (t) => `${t.lemma}\t${t.reading}`,
  parse: parseToy,
  readOldList: readOld,
  oldWordWins: (old, stored) => old.n > stored.n,
  order: (a, b) => a.n - b.n,
};

const a1 = { lemma: '甲', reading: 'こう', n: 1 };
const a5 = { lemma: '甲', reading: 'こう', n: 5 };
const b2 = { lemma: '乙', reading: 'おつ', n: 2 };

describe('a keyed word store', () => {
  it('reads entries in its order, skips removed (null) entries and reports broken ones by name', () => {
    const read = readKeyedList(TOYS, {
      toys: { version: 2 },
      [entryStorageKey(TOYS, b2)]: b2,
      [entryStorageKey(TOYS, a1)]: a1,
      'toy:丙\tへい': null,
      'toy:丁\tてい': 'nonsense',
      other: 7,
    });
    expect(read.items).toEqual([a1, b2]);
    expect(read.problems).toEqual(['the toy 丁 てい was skipped: not a toy']);
    expect(read.unreadable).toBe(true);
    expect(read.migrate).toBeUndefined();
  });

  it('refuses an entry that holds another word than its key names', () => {
    const read = readKeyedList(TOYS, { toys: { version: 2 }, [entryStorageKey(TOYS, b2)]: a1 });
    expect(read.items).toEqual([]);
    expect(read.problems[0]).toContain('it holds another word (甲)');
  });

  it('migrates an older list, the store deciding which of two copies of a word wins', () => {
    const read = readKeyedList(TOYS, { toys: { version: 1, toys: [a5, b2] }, [entryStorageKey(TOYS, a1)]: a1 });
    expect(read.migrate).toEqual({ from: 1, words: [a5, b2], keepAside: false });
    expect(read.items).toEqual([b2, a5]);
    const kept = readKeyedList({ ...TOYS, oldWordWins: () => false }, { toys: [a5], [entryStorageKey(TOYS, a1)]: a1 });
    expect(kept.migrate).toEqual({ from: 0, words: [], keepAside: false });
    expect(kept.items).toEqual([a1]);
  });

  it('marks a newer schema read-only and shows what its envelope holds', () => {
    const read = readKeyedList(TOYS, { toys: { version: 3, toys: [b2] }, [entryStorageKey(TOYS, a1)]: a1 });
    expect(read.newer).toBe(3);
    expect(read.items).toEqual([a1, b2]);
  });

  it('follows change events key by key', () => {
    expect(isStoreKey(TOYS, 'toys')).toBe(true);
    expect(isStoreKey(TOYS, 'toysx')).toBe(false);
    const state = new KeyedListState(TOYS, { toys: { version: 2 }, [entryStorageKey(TOYS, a1)]: a1 });
    expect(state.apply({ other: { newValue: 1 } }).touched).toBe(false);
    expect(state.apply({ [entryStorageKey(TOYS, a1)]: { newValue: a5 } }).words).toEqual(new Map([['甲\tこう', a5]]));
    expect(state.apply({ [entryStorageKey(TOYS, b2)]: { newValue: 'broken' } }).words).toEqual(new Map([['乙\tおつ', null]]));
    expect(state.read().items).toEqual([a5]);
  });
});
