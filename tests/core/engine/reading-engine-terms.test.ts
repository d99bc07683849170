import { describe, expect, test } from 'vitest';
import { createReadingEngine } from '../../../core/engine/reading-engine';
import { parseEngineRequest } from '../../../core/engine/engine-protocol';
import { SAMPLE_TERMS } from '../glossary/sample-glossary';

function engineWithoutKuromoji() {
  let kuromojiReads = 0;
  const engine = createReadingEngine({
    readKuromojiFile: async () => {
      kuromojiReads++;
      throw new Error('kuromoji must not be loaded for term finding');
    },
    now: () => 0,
    glossary: () => SAMPLE_TERMS,
  });
  return { engine, reads: () => kuromojiReads };
}

function request(message: unknown) {
  const parsed = parseEngineRequest(message);
  if (!('request' in parsed)) throw new Error(parsed.refused);
  return parsed.request;
}

describe('the engine answers yomu:find-terms', () => {
  test('occurrences per text and the terms found, without loading kuromoji', async () => {
    const { engine, reads } = engineWithoutKuromoji();
    const answer = await engine.handle(request({ type: 'yomu:find-terms', texts: ['習近平と国連', 'なし'] }));
    expect(answer).toEqual({
      ok: true,
      occurrences: [
        [
          { termId: 'xi-jinping', start: 0, end: 3 },
          { termId: 'united-nations', start: 4, end: 6 },
        ],
        [],
      ],
      terms: [
        { id: 'xi-jinping', en: 'Xi Jinping', category: 'person', forms: SAMPLE_TERMS[0]!.forms },
        { id: 'united-nations', en: 'United Nations', category: 'organisation', forms: SAMPLE_TERMS[3]!.forms },
      ],
    });
    expect(reads()).toBe(0);
    expect(engine.status().loaded).toBe(false);
  });

  test('a glossary that cannot load gives an error answer, not a throw', async () => {
    const engine = createReadingEngine({
      readKuromojiFile: async () => new ArrayBuffer(0),
      now: () => 0,
      glossary: () => {
        throw new Error('glossary term "x" is broken');
      },
    });
    expect(await engine.handle(request({ type: 'yomu:find-terms', texts: ['国連'] }))).toEqual({
      ok: false,
      error: 'glossary term "x" is broken',
    });
  });
});
