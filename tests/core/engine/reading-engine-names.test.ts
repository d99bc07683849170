import { bundledGlossary } from '../../../dict/glossary/glossary';
import { describe, expect, test, vi } from 'vitest';
import { createReadingEngine } from '../../../core/engine/reading-engine';
import { readKuromojiFile } from '../../support/node-segmenter';

const now = () => performance.now();
const TEXT = '構成作家の矢野了平。';
const NAMES = '了平\tりょうへい\n';

function reading(segments: { start: number; end: number; reading: string }[], text: string, surface: string): string | undefined {
  return segments.find((s) => text.slice(s.start, s.end) === surface)?.reading;
}

describe('the engine reads names from the names file', () => {
  test('reads the file once, on the first furigana request, and reads split names with it', async () => {
    const readNamesFile = vi.fn(async () => NAMES);
    const engine = createReadingEngine({ glossary: bundledGlossary, readKuromojiFile, readNamesFile, now });
    expect(readNamesFile).not.toHaveBeenCalled();
    const [first] = await engine.annotate([TEXT]);
    expect(reading(first!, TEXT, '了平')).toBe('りょうへい');
    await engine.annotate([TEXT, '東京']);
    expect(readNamesFile).toHaveBeenCalledTimes(1);
  });

  test('a missing or failing names file costs only the names: furigana goes on', async () => {
    const failing = createReadingEngine({
      glossary: bundledGlossary,
      readKuromojiFile,
      readNamesFile: async () => Promise.reject(new Error('gone')),
      now,
    });
    const [segments] = await failing.annotate([TEXT]);
    expect(reading(segments!, TEXT, '矢野')).toBe('やの');
    expect(reading(segments!, TEXT, '了平')).toBeUndefined();
    const none = createReadingEngine({ glossary: bundledGlossary, readKuromojiFile, now });
    const [plain] = await none.annotate([TEXT]);
    expect(reading(plain!, TEXT, '矢野')).toBe('やの');
  });
});
