import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT_TABLE } from '../../../../core/furigana/context-rules';
import { readingSegments } from '../../../../core/furigana/reading-layer';
import type { Word } from '../../../../core/furigana/reading-word';
import { RuleTable } from '../../../../core/furigana/rule-interpreter';
import { CONTEXT_ROWS, WORD_LISTS } from '../../../../core/furigana/rules/context-rows';
import type { ReadingRuleRow, TokenTest } from '../../../../core/furigana/rules/reading-rule';
import type { Segmenter } from '../../../../core/segmenter/kuromoji-tokenizer';
import { isAllHiragana, toHiragana } from '../../../../core/text/kana';
import { nodeSegmenter } from '../../../support/node-segmenter';

interface Example {
  text: string;
  /** The token's surface the row reads (its first occurrence in the text). */
  word: string;
  reading: string;
}
const EXAMPLES = JSON.parse(readFileSync(new URL('../../../fixtures/reading-rule-examples.json', import.meta.url), 'utf8')) as Record<
  string,
  Example[]
>;
const KNOWN_KEYS = new Set([
  'surface',
  'lemma',
  'list',
  'pos',
  'pos1',
  'pos2',
  'form',
  'noun',
  'properOrForeign',
  'script',
  'firstSound',
  'startsWith',
  'endsWith',
  'surname',
  'touches',
  'any',
  'not',
]);

function testsOf(row: ReadingRuleRow): TokenTest[] {
  const all: TokenTest[] = [];
  const walk = (t: TokenTest) => {
    all.push(t);
    t.any?.forEach(walk);
    if (t.not) walk(t.not);
  };
  for (const n of [row.prev2, row.prev, row.next, row.next2, row.next3, row.next4]) if (n && n !== 'none') walk(n);
  return all;
}

describe('the context table (schema)', () => {
  it('gives every row a unique id that starts with its lemma', () => {
    const ids = CONTEXT_ROWS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of CONTEXT_ROWS) expect(row.id.startsWith(row.word.lemma + '/'), row.id).toBe(true);
  });

  it('gives readings and alternatives in hiragana, a note, and measured evidence', () => {
    for (const row of CONTEXT_ROWS) {
      if (typeof row.reading === 'string' && row.reading !== 'keep') expect(isAllHiragana(row.reading), row.id).toBe(true);
      if (typeof row.reading === 'object' && 'stem' in row.reading)
        for (const s of row.reading.stem) expect(isAllHiragana(s), row.id).toBe(true);
      for (const a of row.alternatives ?? []) expect(isAllHiragana(a), row.id).toBe(true);
      expect(row.note.length, row.id).toBeGreaterThan(10);
      for (const set of [row.evidence.train, row.evidence.dev]) {
        expect(set.right, row.id).toBeLessThanOrEqual(set.fired);
        expect(set.kuromoji, row.id).toBeLessThanOrEqual(set.fired);
      }
    }
  });

  it('uses only known test fields and word lists the table has', () => {
    for (const row of CONTEXT_ROWS) {
      for (const t of testsOf(row)) {
        for (const key of Object.keys(t)) expect(KNOWN_KEYS.has(key), `${row.id}: ${key}`).toBe(true);
        if (t.list !== undefined) expect(WORD_LISTS[t.list], `${row.id}: ${t.list}`).toBeDefined();
      }
    }
    expect(() => new RuleTable([{ ...CONTEXT_ROWS[0]!, prev: { list: 'nowhere' } }], WORD_LISTS)).toThrow(/nowhere/);
  });

  it('has an example sentence for every row, and none for a row it does not have', () => {
    const missing = CONTEXT_ROWS.filter((r) => !EXAMPLES[r.id]?.length).map((r) => r.id);
    expect(missing).toEqual([]);
    const ids = new Set(CONTEXT_ROWS.map((r) => r.id));
    expect(Object.keys(EXAMPLES).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('the context table (each row on its example)', () => {
  let segmenter: Segmenter;
  beforeAll(async () => {
    segmenter = await nodeSegmenter();
  }, 60_000);

  const cases = Object.entries(EXAMPLES).flatMap(([id, examples]) => examples.map((e) => [id, e] as const));
  const knowledge = { isSurname: (s: string) => s === '垂水' };

  it.each(cases)('%s: %o', (id, example) => {
    const tokens = segmenter.tokenize(example.text);
    const i = tokens.findIndex((t) => t.surface === example.word);
    expect(i, `no token ${example.word}`).toBeGreaterThanOrEqual(0);
    const row = CONTEXT_TABLE.match(tokens, i, knowledge);
    expect(row?.id).toBe(id);
    const traced: { word: Word; by: string }[] = [];
    readingSegments(example.text, tokens, { ...knowledge, trace: (word, by) => traced.push({ word, by }) });
    const decided = traced.find((w) => w.word.from <= i && i < w.word.to)!;
    if (row!.reading === 'keep') {
      expect(toHiragana(tokens[i]!.reading)).toBe(example.reading);
      expect(decided.by.startsWith('rule:')).toBe(false);
    } else {
      expect(decided.by).toBe(`rule:${id}`);
      expect(decided.word.reading).toBe(example.reading);
    }
  });
});
