import { bundledGlossary } from '../../../dict/glossary/glossary';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { createReadingEngine } from '../../../core/engine/reading-engine';
import { parseEngineRequest } from '../../../core/engine/engine-protocol';
import { readKuromojiFile } from '../../support/node-segmenter';

const TEXT = '政府は制裁を発表し、関係が築かれた。制裁は続く。';
const readKanjiFile = async () => gunzipSync(readFileSync(new URL('../../../dict/kanji/kanji.tsv.gz', import.meta.url))).toString('utf8');

function bases(segments: { start: number; end: number }[]): string[] {
  return segments.map((s) => TEXT.slice(s.start, s.end));
}

describe('the engine leaves known words without ruby', () => {
  const engine = createReadingEngine({ glossary: bundledGlossary, readKuromojiFile, now: () => 0, readKanjiFile });

  test('by lemma and reading, everywhere in the text, inflected forms too; the rest keeps its ruby', async () => {
    const [all] = await engine.annotate([TEXT]);
    expect(bases(all!)).toEqual(['政府', '制裁', '発表', '関係', '築', '制裁', '続']);
    const [known] = await engine.annotate([TEXT], { known: ['制裁\tせいさい', '築く\tきずく'] });
    expect(bases(known!)).toEqual(['政府', '発表', '関係', '続']);
  });

  test('not when the reading differs, and with any reading when none was given', async () => {
    const [other] = await engine.annotate([TEXT], { known: ['制裁\tせいざい'] });
    expect(bases(other!)).toContain('制裁');
    const [any] = await engine.annotate([TEXT], { known: ['制裁\t'] });
    expect(bases(any!)).not.toContain('制裁');
  });

  test('the protocol checks known words', () => {
    expect(parseEngineRequest({ type: 'yomu:annotate', texts: ['a'], known: ['制裁\tせいさい'] })).toEqual({
      request: { type: 'yomu:annotate', texts: ['a'], known: ['制裁\tせいさい'] },
    });
    expect(parseEngineRequest({ type: 'yomu:annotate', texts: ['a'], known: ['制裁'] })).toEqual({
      refused: 'a known word must be "lemma<TAB>reading"',
    });
    expect(parseEngineRequest({ type: 'yomu:annotate', texts: ['a'], known: [3] })).toEqual({ refused: 'known words must be strings' });
  });
});

describe('the engine gives the kanji of a word (the popup kanji view)', () => {
  test('裁 of 制裁: さい, "judge", and the reading the word uses', async () => {
    const engine = createReadingEngine({ glossary: bundledGlossary, readKuromojiFile, now: () => 0, readKanjiFile });
    const answer = (await engine.handle({ type: 'yomu:kanji', word: '制裁', reading: 'せいさい' })) as {
      ok: true;
      kanji: { literal: string; meanings: string[]; usedReading?: string }[];
    };
    expect(answer.ok).toBe(true);
    expect(answer.kanji.map((k) => k.literal)).toEqual(['制', '裁']);
    expect(answer.kanji[1]!.meanings).toContain('judge');
    expect(answer.kanji[1]!.usedReading).toBe('サイ');
  });

  test('without the file it says so, and refuses long words', async () => {
    const engine = createReadingEngine({ glossary: bundledGlossary, readKuromojiFile, now: () => 0 });
    const answer = (await engine.handle({ type: 'yomu:kanji', word: '制裁', reading: '' })) as { ok: false; error: string };
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/KANJIDIC2/);
    expect(parseEngineRequest({ type: 'yomu:kanji', word: '長'.repeat(40), reading: '' })).toHaveProperty('refused');
  });
});

describe('the engine gives name cards (ENAMDICT)', () => {
  test('読売新聞 is a name, not "no entry"; 習近平 shows his name entry', async () => {
    const readNameCardsFile = async () =>
      gunzipSync(readFileSync(new URL('../../../dict/names/name-cards.tsv.gz', import.meta.url))).toString('utf8');
    const engine = createReadingEngine({ glossary: bundledGlossary, readKuromojiFile, now: () => 0, readNameCardsFile });
    const text = '読売新聞によると、習近平氏が訪れた。';
    // The names load beside the first lookups, never delaying them: poll until they are in.
    await expect
      .poll(
        async () =>
          ((await engine.handle({ type: 'yomu:lookup', text, offset: 1 })) as { word: { names?: { reading: string }[] } }).word.names?.[0]
            ?.reading,
        { timeout: 60_000 },
      )
      .toBe('よみうりしんぶん');
    const a = (await engine.handle({ type: 'yomu:lookup', text, offset: 1 })) as {
      ok: true;
      word: { surface: string; names?: { kinds: string[]; reading: string }[] };
    };
    expect(a.word.surface).toBe('読売新聞');
    expect(a.word.names?.[0]).toMatchObject({ reading: 'よみうりしんぶん', kinds: ['product'] });
    const b = (await engine.handle({ type: 'yomu:lookup', text, offset: text.indexOf('習') })) as typeof a;
    expect(b.word.names?.[0]?.reading).toBe('しゅうきんぺい');
    const words = (await engine.handle({ type: 'yomu:words', text })) as {
      ok: true;
      words: { words: { surface: string }[]; spans: [number, number, number][] };
    };
    const k = words.words.spans.find(([s]) => s === 0)![2];
    expect(words.words.words[k]!.surface).toBe('読売新聞');
  });
});
