import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { nameCardSource } from '../../../core/names/name-cards';
import { blockWithNames, withNames } from '../../../core/names/word-names';
import type { WordInfo } from '../../../core/lookup/word-info';

const names = nameCardSource(gunzipSync(readFileSync(new URL('../../../dict/names/name-cards.tsv.gz', import.meta.url))).toString('utf8'));

function word(text: string, start: number, end: number, entries = 0): WordInfo {
  return {
    start,
    end,
    surface: text.slice(start, end),
    reading: '',
    romaji: '',
    inflections: [],
    entries: Array.from({ length: entries }, () => ({ headwords: [], readings: [], common: false, senses: [] })),
  };
}

describe('ENAMDICT name cards (dict/names/name-cards.tsv.gz, core/names/)', () => {
  it('finds organisations, people and places with their kinds', () => {
    expect(names.lookup('読売新聞')).toEqual([
      { surface: '読売新聞', reading: 'よみうりしんぶん', kinds: ['product'], english: 'Yomiuri Shimbun (Japanese newspaper)' },
    ]);
    expect(names.lookup('習近平')[0]).toMatchObject({ reading: 'しゅうきんぺい', kinds: ['full name'] });
    expect(names.lookup('浦添市')[0]!.kinds).toContain('place');
    expect(names.lookup('制裁')).toEqual([]);
    expect(names.size).toBeGreaterThan(400_000);
  });

  it('a word the dictionary does not know grows into the longer name starting there', () => {
    const text = '読売新聞によると';
    const w = withNames(text, word(text, 0, 2), names);
    expect(w).toMatchObject({ start: 0, end: 4, surface: '読売新聞', reading: 'よみうりしんぶん', romaji: 'yomiurishinbun', entries: [] });
    expect(w.names![0]!.kinds).toEqual(['product']);
  });

  it('a name as long as the word is added after the dictionary entries; a longer one does not replace a known word', () => {
    const text = '習近平と会談';
    expect(withNames(text, word(text, 0, 3, 1), names).names?.[0]?.reading).toBe('しゅうきんぺい');
    const t2 = '読売新聞';
    expect(withNames(t2, word(t2, 0, 2, 1), names).end).toBe(2);
  });

  it('in a block, the token spans a grown name covers point to it', () => {
    const text = '読売新聞によると';
    const block = {
      words: [word(text, 0, 2), word(text, 2, 4, 1)],
      spans: [
        [0, 2, 0],
        [2, 4, 1],
        [4, 5, -1],
      ] as [number, number, number][],
    };
    const named = blockWithNames(text, block, names);
    expect(named.spans).toEqual([
      [0, 2, 0],
      [2, 4, 0],
      [4, 5, -1],
    ]);
    expect(named.words[0]!.surface).toBe('読売新聞');
  });
});

describe('name cards beside dictionary entries', () => {
  it('leave out given and family names alone when the dictionary explains the word or a place (森 is a forest first)', () => {
    const text = '森の中';
    expect(withNames(text, word(text, 0, 1, 1), names).names).toBeUndefined();
    expect(withNames(text, word(text, 0, 1), names).names?.some((n) => n.kinds.includes('family name'))).toBe(true);
  });

  it('show a name read as the word is shown when no entry reads so (薬袋 read みない, under EDICT’s やくたい); not beside an entry that reads so', () => {
    const entry = (reading: string) => ({ headwords: [], readings: [reading], common: false, senses: [] });
    const text = '薬袋氏が会見した。';
    const asName = withNames(text, { ...word(text, 0, 2), reading: 'みない', entries: [entry('やくたい')] }, names);
    expect(asName.names?.map((n) => `${n.reading} ${n.kinds.join(',')}`)).toEqual(['みない place,family name']);
    const asWord = withNames(text, { ...word(text, 0, 2), reading: 'やくたい', entries: [entry('やくたい')] }, names);
    expect(asWord.names).toBeUndefined();
    // An entry reading the same in katakana reads so too.
    const forest = '森の中';
    expect(withNames(forest, { ...word(forest, 0, 1), reading: 'もり', entries: [entry('モリ')] }, names).names).toBeUndefined();
  });
});

describe('name readings ordered by how common they are (dict/names/build-name-cards.ts)', () => {
  it('the usual reading first; stray readings of people’s names that nothing supports are gone', () => {
    const readings = (surface: string) => names.lookup(surface).map((n) => n.reading);
    expect(readings('高橋')[0]).toBe('たかはし');
    expect(readings('高橋')).not.toContain('ぐぴ');
    expect(readings('高橋')).not.toContain('かかはし');
    expect(readings('山崎')[0]).toBe('やまざき');
    expect(readings('渡辺')[0]).toBe('わたなべ');
    expect(readings('渡辺')).not.toContain('まりな');
    expect(readings('智子')[0]).toBe('ともこ');
    expect(readings('佐藤')[0]).toBe('さとう');
    // A name no reading of its kanji makes keeps the one ENAMDICT gives.
    expect(readings('小鳥遊')).toEqual(['たかなし']);
    // Places keep every reading.
    expect(readings('高橋')).toContain('たかば');
  });

  it('kana names written with an iteration mark are kept, with every sense’s kinds', () => {
    expect(names.lookup('いすゞ')[0]).toMatchObject({ reading: 'いすず', kinds: ['female given name', 'company'] });
    expect(names.lookup('みすゞ')[0]?.reading).toBe('みすず');
  });
});
