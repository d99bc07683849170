import { beforeAll, describe, expect, it } from 'vitest';
import { createReadingContext } from '../../../core/furigana/reading-context';
import { readingSegments } from '../../../core/furigana/reading-layer';
import { keepKnownSpellings, variantKanjiOffsets } from '../../../core/furigana/variant-spelling';
import { analyseFolded } from '../../../core/furigana/folded-reading';
import type { Segmenter } from '../../../core/segmenter/kuromoji-tokenizer';
import { foldForLookup } from '../../../core/text/lookup-folding';
import { nodeSegmenter } from '../../support/node-segmenter';
import { bundledEdict } from '../../../dict/edict/node-edict';

let segmenter: Segmenter;
let withDictionary: ReturnType<typeof createReadingContext> | undefined;
const context = () => (withDictionary ??= createReadingContext({ dictionary: bundledEdict() }));
beforeAll(async () => {
  segmenter = await nodeSegmenter();
}, 60_000);

/** A text's tokens and the layer's segments, with the dictionary as the engine reads (一円玉 one word). */
function analysed(text: string) {
  const tokens = segmenter.tokenize(text);
  return { tokens, segments: readingSegments(text, tokens, context()) };
}

/** The text as the engine reads it (core/furigana/folded-reading.ts): folded, the page's spellings kuromoji knows put back, and its analysis. */
function asRead(written: string) {
  return analyseFolded([written], (texts) => texts.map(analysed))[0]!;
}

/** The text as the engine analyses it. */
function spelled(written: string): string {
  return asRead(written).spelled.text;
}

/** That text read by the layer, as "surface:reading". */
function read(written: string): string[] {
  const { spelled, analysis } = asRead(written);
  return analysis!.segments.map((s) => `${spelled.text.slice(s.start, s.end)}:${s.reading}`);
}

describe('variantKanjiOffsets', () => {
  it('gives the offsets of BMP kanji the fold changes, not astral ones', () => {
    expect(variantKanjiOffsets('只今、髙橋さん')).toEqual([0, 3]);
    expect(variantKanjiOffsets('𠮟る')).toEqual([]);
    expect(variantKanjiOffsets('高橋さん')).toEqual([]);
  });
});

describe('keepKnownSpellings', () => {
  it('keeps the page’s spelling where kuromoji knows the word as written, in no more tokens', () => {
    // Folded, these were 子今 こいま, 弔るす, 鳥棲.
    expect(spelled('只今戻りました')).toBe('只今戻りました');
    expect(read('只今戻りました')).toContain('只今:ただいま');
    expect(read('ロープを吊るす')).toContain('吊:つ');
    expect(read('鳥栖に行く')).toContain('鳥栖:とす');
  });

  it('folds where the written spelling is a name or unknown to kuromoji (學 まなぶ, 來), or needs more tokens', () => {
    expect(spelled('學生が來た')).toBe('学生が来た');
    expect(read('國學院の卒業生')).toContain('国学院:こくがくいん');
  });

  it('on a tie of tokens, folds where the folded text reads fewer words or an ordinary word for a name (一圓玉, 澤山); keeps 籐', () => {
    expect(spelled('澤山の人が来た')).toBe('沢山の人が来た');
    expect(spelled('一圓玉を拾った')).toBe('一円玉を拾った');
    expect(read('澤山の人が来た')).toContain('沢山:たくさん');
    expect(spelled('籐の椅子')).toBe('籐の椅子');
    expect(spelled('澤田さん')).toBe('澤田さん');
  });

  it('weighs each stretch on its own: one text may keep one spelling and fold another', () => {
    expect(spelled('只今、學生が來た')).toBe('只今、学生が来た');
  });

  it('returns the fold itself when the text has no variant kanji, or an astral one only', () => {
    for (const text of ['高橋さん', '𠮟られた']) {
      const folded = foldForLookup(text);
      expect(keepKnownSpellings(text, folded, analysed(text), analysed(folded.text))).toBe(folded);
    }
  });
});
