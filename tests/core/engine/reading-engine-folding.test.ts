import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { bundledGlossary } from '../../../dict/glossary/glossary';
import { createReadingEngine } from '../../../core/engine/reading-engine';
import type { WordInfo } from '../../../core/lookup/word-info';
import type { BlockWords } from '../../../core/lookup/block-words';
import { wordAtOffset } from '../../../core/lookup/block-words';
import { readKuromojiFile } from '../../support/node-segmenter';

const cards = () => gunzipSync(readFileSync(new URL('../../../dict/names/name-cards.tsv.gz', import.meta.url))).toString('utf8');
const now = () => performance.now();

async function lookup(engine: ReturnType<typeof createReadingEngine>, text: string, offset: number): Promise<WordInfo> {
  return ((await engine.handle({ type: 'yomu:lookup', text, offset })) as { word: WordInfo }).word;
}
async function words(engine: ReturnType<typeof createReadingEngine>, text: string, withNames = false): Promise<BlockWords> {
  return ((await engine.handle({ type: 'yomu:words', text, ...(withNames ? { withNames: true as const } : {}) })) as { words: BlockWords })
    .words;
}

describe('name cards, the same on every path (issue 11)', () => {
  test('a lookup answered before the name cards are in is provisional; a block’s words come without them, then withNames', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const engine = createReadingEngine({
      glossary: bundledGlossary,
      readKuromojiFile,
      now,
      readNameCardsFile: async () => {
        await gate;
        return cards();
      },
    });
    const text = '高橋さんと山崎さんが来た。';
    const first = await lookup(engine, text, 0);
    expect(first).toMatchObject({ surface: '高橋', provisional: true });
    expect(first.names).toBeUndefined();
    // The block's words do not wait for the name cards: they come marked namesPending.
    const early = await words(engine, text);
    expect(early.namesPending).toBe(true);
    expect(wordAtOffset(early, 0)).toMatchObject({ surface: '高橋' });
    expect(wordAtOffset(early, 0)?.names).toBeUndefined();
    // Asked withNames, they wait for the name cards and carry them.
    const pending = engine.handle({ type: 'yomu:words', text, withNames: true }) as Promise<{ words: BlockWords }>;
    release();
    const block = (await pending).words;
    expect(block.namesPending).toBeUndefined();
    expect(wordAtOffset(block, 0)?.names?.[0]?.reading).toBe('たかはし');
    expect(wordAtOffset(block, text.indexOf('崎'))?.names?.[0]?.reading).toBe('やまざき');
    const later = await lookup(engine, text, 1);
    expect(later.provisional).toBeUndefined();
    expect(later.names?.[0]?.reading).toBe('たかはし');
    const after = await words(engine, text);
    expect(after.namesPending).toBeUndefined();
    expect(wordAtOffset(after, text.indexOf('崎'))?.names?.[0]?.reading).toBe('やまざき');
  });

  test('names written with variant kanji find the folded name’s cards, shown as the page writes them', async () => {
    const engine = createReadingEngine({ glossary: bundledGlossary, readKuromojiFile, now, readNameCardsFile: async () => cards() });
    await words(engine, '東京', true); // everything loaded, the name cards too
    for (const [text, surface, reading] of [
      ['髙橋さんが来た', '髙橋', 'たかはし'],
      ['山﨑さんが来た', '山﨑', 'やまざき'],
      ['濵田さんと会った', '濵田', 'はまだ'],
      ['渡邊さんの家', '渡邊', 'わたなべ'],
    ] as const) {
      const w = await lookup(engine, text, 1);
      expect(w.surface).toBe(surface);
      expect(w.names?.[0]).toMatchObject({ surface, reading });
      const block = await words(engine, text);
      expect(wordAtOffset(block, 0)?.names?.[0]).toMatchObject({ surface, reading });
    }
  });

  test('a kana name written with an iteration mark is the word wherever the pointer is in it: いすゞ, みすゞ', async () => {
    const engine = createReadingEngine({ glossary: bundledGlossary, readKuromojiFile, now, readNameCardsFile: async () => cards() });
    await words(engine, '東京', true); // everything loaded, the name cards too
    const text = 'いすゞのトラックと金子みすゞの詩';
    for (const offset of [0, 1, 2]) {
      expect(await lookup(engine, text, offset)).toMatchObject({ surface: 'いすゞ', reading: 'いすず', start: 0, end: 3 });
    }
    const block = await words(engine, text);
    for (const offset of [0, 1, 2]) expect(wordAtOffset(block, offset)).toMatchObject({ surface: 'いすゞ', reading: 'いすず' });
    const m = text.indexOf('み');
    expect((await lookup(engine, text, m + 2)).surface).toContain('みすゞ');
    expect(wordAtOffset(block, m + 1)?.surface).toContain('みすゞ');
  });
});

describe('furigana reads variant kanji folded, over the page’s characters (issue 11), or as written where kuromoji knows the spelling', () => {
  test('髙橋 reads たかはし over both kanji; 𠮟られた reads しか over 𠮟 (two UTF-16 units)', async () => {
    const engine = createReadingEngine({ glossary: bundledGlossary, readKuromojiFile, now });
    const texts = ['髙橋さんに𠮟られた。', '山﨑さんの濵の家'];
    const [a, b] = await engine.annotate(texts);
    const shown = (text: string, segments: { start: number; end: number; reading: string }[]) =>
      segments.map((s) => `${text.slice(s.start, s.end)}:${s.reading}`);
    expect(shown(texts[0]!, a!)).toEqual(['髙橋:たかはし', '𠮟:しか']);
    expect(shown(texts[1]!, b!)).toContain('山﨑:やまざき');
  });

  test('a variant kanji that is its own word’s usual spelling is read as written; one kuromoji does not know, folded', async () => {
    const engine = createReadingEngine({ glossary: bundledGlossary, readKuromojiFile, now });
    const texts = ['只今、琉球の籐の椅子を吊るした。', '鳥栖市の學生が來た。', '只今、髙橋さんが來た。'];
    const [a, b, c] = await engine.annotate(texts);
    const shown = (text: string, segments: { start: number; end: number; reading: string }[]) =>
      segments.map((s) => `${text.slice(s.start, s.end)}:${s.reading}`);
    // Folded, these were 子今 こいま, 瑠球, 藤 ふじ and 弔 ちょう.
    expect(shown(texts[0]!, a!)).toEqual(['只今:ただいま', '琉球:りゅうきゅう', '籐:とう', '椅子:いす', '吊:つ']);
    // 鳥栖 as written (folded 鳥棲 is no word); 學|生 and 來 (no reading as written) folded: 学生, 来た.
    expect(shown(texts[1]!, b!)).toEqual(['鳥栖:とす', '市:し', '學生:がくせい', '來:き']);
    expect(shown(texts[2]!, c!)).toEqual(['只今:ただいま', '髙橋:たかはし', '來:き']);
    // The hover's word is the same word: the popup and the ruby agree.
    for (const [text, offset, surface, reading] of [
      ['只今、髙橋さんが來た。', 1, '只今', 'ただいま'],
      ['只今、髙橋さんが來た。', 3, '髙橋', 'たかはし'],
      ['鳥栖市の學生が來た。', 0, '鳥栖', 'とす'],
      ['鳥栖市の學生が來た。', 4, '學生', 'がくせい'],
      ['ロープを吊るした。', 4, '吊るした', 'つるした'],
    ] as const) {
      expect(await lookup(engine, text, offset), `${text} @${offset}`).toMatchObject({ surface, reading });
      expect(wordAtOffset(await words(engine, text), offset), `${text} @${offset}`).toMatchObject({ surface, reading });
    }
  });

  test('an astral kanji with no variant to fold to gets its KANJIDIC2 reading, marked uncertain, never stands bare', async () => {
    const readKanjiFile = async () =>
      gunzipSync(readFileSync(new URL('../../../dict/kanji/kanji.tsv.gz', import.meta.url))).toString('utf8');
    const engine = createReadingEngine({ glossary: bundledGlossary, readKuromojiFile, now, readKanjiFile });
    const text = '𠀋という字と𠮟る声';
    const [segments] = await engine.annotate([text]);
    const over = (at: number) => segments!.find((s) => s.start === at);
    expect(over(0)).toEqual({ start: 0, end: 2, reading: 'じょう', uncertain: true });
    expect(over(text.indexOf('字'))).toMatchObject({ reading: 'じ' });
    expect(over(text.indexOf('𠮟'))).toMatchObject({ end: text.indexOf('𠮟') + 2, reading: 'しか' });
    expect(over(text.indexOf('𠮟'))!.uncertain).toBeUndefined();
  });
});
