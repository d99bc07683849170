import type { BlockWords } from '../../../core/lookup/block-words';
import type { WordInfo } from '../../../core/lookup/word-info';
import { bundledGlossary } from '../../../dict/glossary/glossary';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { createReadingEngine, type ReadingEngine } from '../../../core/engine/reading-engine';
import { parseEngineRequest } from '../../../core/engine/engine-protocol';
import { readKuromojiFile } from '../../support/node-segmenter';

const EDICT = fileURLToPath(new URL('../../../dict/edict/edict.yomu.gz', import.meta.url));

function request(message: unknown) {
  const parsed = parseEngineRequest(message);
  if (!('request' in parsed)) throw new Error(parsed.refused);
  return parsed.request;
}

describe('the engine answers yomu:lookup with the bundled EDICT and glossary', () => {
  let engine: ReadingEngine;
  const readDictionaryFile = vi.fn(async () => new Uint8Array(await readFile(EDICT)));

  beforeAll(() => {
    engine = createReadingEngine({ glossary: bundledGlossary, readKuromojiFile, readDictionaryFile, now: () => performance.now() });
  });

  test('nothing is loaded before the first lookup; EDICT once after', async () => {
    expect(readDictionaryFile).not.toHaveBeenCalled();
    const text = 'この同盟の基盤は徐々に築かれ、最初は2003年のアメリカのイラク侵攻に対する反応として';
    const answer = (await engine.handle(request({ type: 'yomu:lookup', text, offset: text.indexOf('築') }))) as { ok: true; word: unknown };
    expect(answer.ok).toBe(true);
    expect(answer.word).toMatchObject({
      surface: '築かれ',
      reading: 'きずかれ',
      romaji: 'kizukare',
      dictionaryForm: { text: '築く', reading: 'きずく' },
      inflections: ['passive'],
    });
    await engine.handle(request({ type: 'yomu:lookup', text, offset: 1 }));
    expect(readDictionaryFile).toHaveBeenCalledTimes(1);
  });

  test('the reference article’s words: 制裁, NATO, 二重用途', async () => {
    const text = 'アメリカとNATOは制裁を科し、潜在的な二重用途アイテムの輸出を管理している。';
    const at = async (needle: string) =>
      ((await engine.handle(request({ type: 'yomu:lookup', text, offset: text.indexOf(needle) }))) as { word: WordInfo }).word;
    const seisai = await at('制裁');
    expect(seisai).toMatchObject({ surface: '制裁', reading: 'せいさい', romaji: 'seisai' });
    expect(seisai.entries[0]!.senses[0]!.glosses).toContain('sanctions');
    const nato = await at('NATO');
    expect(nato.glossary?.en).toMatch(/North Atlantic Treaty Organization/);
    expect(nato.entries[0]!.headwords).toEqual(['NATO']);
    const dual = await at('二重用途');
    expect(dual.surface).toBe('二重用途');
    expect(dual.glossary?.en).toMatch(/dual-use goods/i);
  });

  test('yomu:words: every word of a text, the same as a lookup at each place', async () => {
    const text = '北大西洋条約機構（NATO）は制裁を決めた。';
    const answer = (await engine.handle(request({ type: 'yomu:words', text }))) as { ok: true; words: BlockWords };
    expect(answer.ok).toBe(true);
    const { wordAtOffset } = await import('../../../core/lookup/block-words');
    for (const offset of [0, 3, text.indexOf('NATO') + 1, text.indexOf('制裁'), text.indexOf('決')]) {
      const single = (await engine.handle(request({ type: 'yomu:lookup', text, offset }))) as { word: unknown };
      expect(wordAtOffset(answer.words, offset)).toEqual(single.word);
    }
  });

  test('anywhere in a compound, its last kanji too (外国|人, 駐車|場, 経済|政策): the whole word; lookup and words agree', async () => {
    const text = '多くの外国人が駅の駐車場で経済政策を話した。';
    const words = ((await engine.handle(request({ type: 'yomu:words', text }))) as { words: BlockWords }).words;
    const { wordAtOffset } = await import('../../../core/lookup/block-words');
    for (const compound of ['外国人', '駐車場', '経済政策']) {
      const start = text.indexOf(compound);
      for (let offset = start; offset < start + compound.length; offset++) {
        const single = ((await engine.handle(request({ type: 'yomu:lookup', text, offset }))) as { word: WordInfo }).word;
        expect(single.surface, `${text[offset]} in ${compound}`).toBe(compound);
        expect(wordAtOffset(words, offset), `${text[offset]} in ${compound}`).toEqual(single);
      }
    }
    // The words around keep their own spans.
    expect(wordAtOffset(words, text.indexOf('駅'))!.surface).toBe('駅');
    expect(wordAtOffset(words, text.indexOf('話'))!.surface).toBe('話した');
  });

  test('punctuation is no word', async () => {
    expect(await engine.handle(request({ type: 'yomu:lookup', text: '、。', offset: 0 }))).toEqual({ ok: true, word: null });
  });
});

/** An engine with the bundled EDICT and glossary, nothing loaded yet. */
const freshEngine = () =>
  createReadingEngine({
    glossary: bundledGlossary,
    readKuromojiFile,
    readDictionaryFile: async () => new Uint8Array(await readFile(EDICT)),
    now: () => performance.now(),
  });

describe('the popup hears when the reading layer is unsure', () => {
  test('国々の間で: あいだ, with the other readings of 間 as alternatives', async () => {
    const engine = freshEngine();
    const text = '米国に同調した政策の代替を求める国々の間で影響力を拡大する';
    const answer = (await engine.handle(request({ type: 'yomu:lookup', text, offset: text.indexOf('間') }))) as {
      ok: true;
      word: { surface: string; reading: string; readingAlternatives?: string[] };
    };
    expect(answer.word.surface).toBe('間');
    expect(answer.word.reading).toBe('あいだ');
    expect(answer.word.readingAlternatives).toContain('ま');
  });
});

describe('the popup’s entries follow the reading the word is shown with', () => {
  test('天津 in 天津サミット (a glossary term): the entry read てんしん, Tianjin, first, as the word is shown', async () => {
    const engine = freshEngine();
    const text = '最近の天津サミットでは、彼らはインドの指導者を招待した。';
    const ask = async () =>
      ((await engine.handle(request({ type: 'yomu:lookup', text, offset: text.indexOf('天津') }))) as { ok: true; word: WordInfo }).word;
    // The full answer (the first, given before kuromoji is in, is the dictionary's alone).
    let word = await ask();
    for (let tries = 0; word.provisional && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 200)); // the loads wait while lookups come
      word = await ask();
    }
    expect(word.provisional).toBeUndefined();
    expect(word.reading).toBe('てんしん');
    expect(word.entries[0]?.readings).toContain('てんしん');
  });
});
