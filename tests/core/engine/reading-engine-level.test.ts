import { bundledGlossary } from '../../../dict/glossary/glossary';
import { describe, expect, test } from 'vitest';
import { createReadingEngine } from '../../../core/engine/reading-engine';
import { readBundledEdictBytes } from '../../../dict/edict/node-edict';
import { readKuromojiFile } from '../../support/node-segmenter';

const TEXT = '日本の会議で習近平と頻繁に地政学を論じた。';

function bases(segments: { start: number; end: number }[]): string[] {
  return segments.map((s) => TEXT.slice(s.start, s.end));
}

describe('the engine reads at the furigana level asked for', () => {
  test("'uncommon' leaves out EDICT's common words; 'all' (the default) keeps every one; EDICT is read once", async () => {
    let reads = 0;
    const engine = createReadingEngine({
      glossary: bundledGlossary,
      readKuromojiFile,
      now: () => performance.now(),
      readDictionaryFile: async () => {
        reads++;
        return readBundledEdictBytes();
      },
    });
    const [all] = await engine.annotate([TEXT]);
    const [uncommon] = await engine.annotate([TEXT], { level: 'uncommon' });
    expect(bases(all!)).toEqual(expect.arrayContaining(['日本', '会議', '頻繁', '地政学']));
    expect(bases(uncommon!)).not.toContain('日本');
    expect(bases(uncommon!)).not.toContain('会議');
    expect(bases(uncommon!)).toContain('地政学');
    expect(uncommon!.length).toBeLessThan(all!.length);
    expect(reads).toBe(1);
    await engine.annotate([TEXT], { level: 'uncommon' });
    await engine.handle({ type: 'yomu:lookup', text: TEXT, offset: 0 });
    expect(reads).toBe(1);
  });

  test('without a dictionary, every word keeps its ruby', async () => {
    const engine = createReadingEngine({ glossary: bundledGlossary, readKuromojiFile, now: () => 0 });
    const [all] = await engine.annotate([TEXT]);
    const [uncommon] = await engine.annotate([TEXT], { level: 'uncommon' });
    expect(uncommon).toEqual(all);
  });
});
