import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ankiExport, ANKI_COLUMNS } from '../../../core/study/anki-export';
import { csvExport } from '../../../core/study/csv-export';
import { jsonExport, mergeJsonImport } from '../../../core/study/json-export';
import { SAMPLE_WORDS } from './sample-words';

const golden = (name: string) => readFileSync(new URL(`../../fixtures/study/${name}`, import.meta.url), 'utf8');

describe('Anki export (core/study/anki-export.ts)', () => {
  const text = ankiExport(SAMPLE_WORDS);

  it('matches the golden file byte for byte', () => {
    expect(text).toBe(golden('words.anki.txt'));
  });

  it("starts with Anki's file headers, separator first so that #columns is read with tabs", () => {
    const lines = text.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '#separator:tab',
      '#html:true',
      '#deck:Yomu',
      '#tags column:7',
      `#columns:${ANKI_COLUMNS.join('\t')}`,
    ]);
    expect(ANKI_COLUMNS).toEqual(['Expression', 'Reading', 'Furigana', 'Meaning', 'Sentence', 'Source', 'Tags']);
  });

  it('writes one line of seven fields per word, whatever the text holds', () => {
    const notes = text.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(notes).toHaveLength(3);
    for (const n of notes) expect(n.split('\t')).toHaveLength(7);
    const third = notes[2]!.split('\t');
    expect(third[3]).toBe('handling, &quot;care&quot;');
    expect(notes[0]!.split('\t')[4]).toBe('政府は新たな<b>制裁</b>を発表した。');
    expect(notes[0]!.split('\t')[5]).toBe('<a href="https://example.jp/news?id=1&amp;lang=ja">ロシアへの制裁 &amp; 影響</a>');
  });

  it('takes the deck and tags given', () => {
    const custom = ankiExport(SAMPLE_WORDS.slice(0, 1), { deck: 'Japanese::News', tags: 'yomu news' });
    expect(custom.split('\n')[2]).toBe('#deck:Japanese::News');
    expect(custom.split('\n')[5]!.split('\t')[6]).toBe('yomu news');
  });
});

describe('CSV and JSON export, JSON import', () => {
  it('writes RFC 4180 CSV (golden file)', () => {
    expect(csvExport(SAMPLE_WORDS)).toBe(golden('words.csv'));
  });

  it('writes the stored envelope as JSON (golden file), and reads it back unchanged', () => {
    const json = jsonExport(SAMPLE_WORDS);
    expect(json).toBe(golden('words.json'));
    expect(mergeJsonImport([], json)).toEqual({ words: SAMPLE_WORDS, added: 3, updated: 0, problems: [] });
  });

  it('merges an import without duplicates, the newer save winning', () => {
    const [a, b, c] = SAMPLE_WORDS as [(typeof SAMPLE_WORDS)[0], (typeof SAMPLE_WORDS)[0], (typeof SAMPLE_WORDS)[0]];
    const newerA = { ...a, meaning: 'economic sanctions', savedAt: '2026-11-30T00:00:00.000Z' };
    const olderB = { ...b, meaning: 'old', savedAt: '2026-01-01T00:00:00.000Z' };
    const merged = mergeJsonImport([a, b], jsonExport([newerA, olderB, c]));
    expect(merged.added).toBe(1);
    expect(merged.updated).toBe(1);
    expect(merged.words.map((w) => w.meaning)).toEqual(['economic sanctions', 'to build', 'handling,\t"care"']);
  });

  it('reports what it cannot read and changes nothing for a file that is not JSON', () => {
    const bad = mergeJsonImport(SAMPLE_WORDS, '{oops');
    expect(bad.words).toEqual(SAMPLE_WORDS);
    expect(bad.problems[0]).toMatch(/not JSON/);
  });
});
