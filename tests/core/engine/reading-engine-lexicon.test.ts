import { describe, expect, test, vi } from 'vitest';
import { bundledGlossary } from '../../../dict/glossary/glossary';
import { readBundledEdictBytes } from '../../../dict/edict/node-edict';
import { createReadingEngine } from '../../../core/engine/reading-engine';
import { readKuromojiFile } from '../../support/node-segmenter';

const now = () => performance.now();
const TEXT = '筋肉には速筋と遅筋がある。';
const LEXICON = '速筋\tそっきん\n';
const readDictionaryFile = async () => readBundledEdictBytes();

function readingOver(segments: { start: number; end: number; reading: string }[], surface: string): string {
  const at = TEXT.indexOf(surface);
  return segments
    .filter((s) => s.start >= at && s.end <= at + surface.length)
    .map((s) => s.reading)
    .join('');
}

describe('the engine reads the lexicon words beside EDICT', () => {
  test('reads the file once, with the first furigana request, and reads its words with it', async () => {
    const readLexiconFile = vi.fn(async () => LEXICON);
    const engine = createReadingEngine({ glossary: bundledGlossary, readKuromojiFile, readDictionaryFile, readLexiconFile, now });
    expect(readLexiconFile).not.toHaveBeenCalled();
    const [first] = await engine.annotate([TEXT]);
    expect(readingOver(first!, '速筋')).toBe('そっきん');
    await engine.annotate([TEXT, '東京']);
    expect(readLexiconFile).toHaveBeenCalledTimes(1);
  });

  test('a missing or failing file costs only its words, said in the status: furigana goes on', async () => {
    const failing = createReadingEngine({
      glossary: bundledGlossary,
      readKuromojiFile,
      readDictionaryFile,
      readLexiconFile: async () => Promise.reject(new Error('readings/lexicon-words.tsv.gz is missing from the extension')),
      readNamesFile: async () => Promise.reject(new Error('names/names.tsv.gz is damaged (incorrect header check)')),
      now,
    });
    expect(failing.status().readingFileErrors).toBeUndefined();
    const [segments] = await failing.annotate([TEXT]);
    expect(readingOver(segments!, '筋肉')).toBe('きんにく');
    expect(readingOver(segments!, '速筋')).not.toBe('そっきん');
    expect([...(failing.status().readingFileErrors ?? [])].sort()).toEqual([
      'The lexicon words file could not be read (readings/lexicon-words.tsv.gz is missing from the extension): furigana reads without it. Reinstall or update the extension.',
      'The names file could not be read (names/names.tsv.gz is damaged (incorrect header check)): furigana reads without it. Reinstall or update the extension.',
    ]);
  });
});
