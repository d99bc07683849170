import { beforeAll, describe, expect, it } from 'vitest';
import {
  analyseFolded,
  analyseFoldedAsync,
  segmentsAsWritten,
  tokensAsWritten,
  weighsSpelling,
  type FoldedAnalysis,
} from '../../../core/furigana/folded-reading';
import { readingSegments } from '../../../core/furigana/reading-layer';
import type { RubySegment } from '../../../core/furigana/ruby-segment';
import type { Segmenter } from '../../../core/segmenter/kuromoji-tokenizer';
import type { Token } from '../../../core/segmenter/token';
import { foldForLookup } from '../../../core/text/lookup-folding';
import { nodeSegmenter } from '../../support/node-segmenter';

let segmenter: Segmenter;
beforeAll(async () => {
  segmenter = await nodeSegmenter();
}, 60_000);

interface Analysis {
  tokens: Token[];
  segments: RubySegment[];
}

/**
 * KANJIDIC2 as far as these tests need it: the stand-in 㐀 has a reading of its own, which the
 * layer gives it (a kanji nothing else reads) and which must never be shown over 𠀋.
 */
const kanjiReadings = (kanji: string) => ({ '𠀋': ['じょう'], 㐀: ['きゅう'] })[kanji];

/** kuromoji and the reading layer (with those kanji readings), each batch asked noted in `asked`. */
function analyser(asked: string[][]) {
  return (texts: readonly string[]): Analysis[] => {
    asked.push([...texts]);
    return texts.map((text) => {
      const tokens = segmenter.tokenize(text);
      return { tokens, segments: readingSegments(text, tokens, { kanjiReadings }) };
    });
  };
}

/** The segments over the page's text, as "surface:reading" read off the page's text (a wrong map reads other characters). */
function shown({ written, spelled, analysis }: FoldedAnalysis<Analysis>): string[] {
  return segmentsAsWritten(analysis!.segments, spelled, written, kanjiReadings).map(
    (s) => `${written.slice(s.start, s.end)}:${s.reading}${s.uncertain ? '?' : ''}`,
  );
}

function read(written: string) {
  const asked: string[][] = [];
  const [result] = analyseFolded([written], analyser(asked));
  return { result: result!, asked };
}

describe('analyseFolded', () => {
  it('a text the fold leaves alone: analysed once, as it is, its segments its own', () => {
    const { result, asked } = read('東京に行く');
    expect(asked).toEqual([['東京に行く']]);
    expect(result.spelled.text).toBe('東京に行く');
    expect(shown(result)).toEqual(['東京:とうきょう', '行:い']);
  });

  it('a variant kanji kuromoji knows as written: kept, its analysis as written reused, not asked again', () => {
    const { result, asked } = read('只今戻りました');
    // The fold and the page's text, in one batch; nothing after.
    expect(asked).toEqual([['子今戻りました', '只今戻りました']]);
    expect(result.spelled.text).toBe('只今戻りました');
    expect(shown(result)).toContain('只今:ただいま');
  });

  it('a variant kanji folded, behind half-width kana: the segments land on the page’s characters', () => {
    // ﾃﾚﾋﾞ is four units folded to three (テレビ): 學生 stands one unit later on the page.
    const written = 'ﾃﾚﾋﾞの學生が來た';
    const { result, asked } = read(written);
    expect(asked).toEqual([['テレビの学生が来た', written]]);
    expect(result.spelled.text).toBe('テレビの学生が来た');
    expect(shown(result)).toEqual(['學生:がくせい', '來:き']);
    // The tokens too: their surfaces are the page's, end to end.
    expect(
      tokensAsWritten(result.analysis!.tokens, result.spelled, written)
        .map((t) => t.surface)
        .join(''),
    ).toBe(written);
    expect(tokensAsWritten(result.analysis!.tokens, result.spelled, written)[0]).toMatchObject({ start: 0, surface: 'ﾃﾚﾋﾞ' });
  });

  it('one stretch kept and another folded: that text analysed a third time, as it then stands', () => {
    const written = 'ﾃﾚﾋﾞで只今の學生';
    const { result, asked } = read(written);
    expect(asked).toEqual([['テレビで子今の学生', written], ['テレビで只今の学生']]);
    expect(result.spelled.text).toBe('テレビで只今の学生');
    expect(shown(result)).toEqual(['只今:ただいま', '學生:がくせい']);
  });

  it('an astral kanji: a variant read over both its units; one stood in for gets its KANJIDIC2 reading, uncertain', () => {
    const written = '𠀋と𠮟る';
    const { result, asked } = read(written);
    // No BMP variant: nothing to weigh, one analysis.
    expect(asked).toEqual([['㐀と叱る']]);
    const segments = segmentsAsWritten(result.analysis!.segments, result.spelled, written, kanjiReadings);
    expect(segments.find((s) => s.start === 0)).toEqual({ start: 0, end: 2, reading: 'じょう', uncertain: true });
    expect(segments.find((s) => s.start === 3)).toMatchObject({ end: 5, reading: 'しか' });
    expect(shown(result)).toEqual(['𠀋:じょう?', '𠮟:しか']);
    // The layer read the stand-in (㐀 きゅう); that reading is not the page's kanji's.
    expect(result.analysis!.segments[0]).toMatchObject({ start: 0, end: 1, reading: 'きゅう' });
    // Without KANJIDIC2 the stood-in kanji stays bare: the stand-in's own reading is never shown.
    expect(segmentsAsWritten(result.analysis!.segments, result.spelled, written, undefined).map((s) => s.start)).toEqual([3]);
  });

  it('a written spelling the analyser cannot read stays folded', () => {
    const asked: string[][] = [];
    const analyse = analyser(asked);
    const [result] = analyseFolded(['只今戻りました'], (texts) => analyse(texts).map((a, i) => (texts[i] === '只今戻りました' ? null : a)));
    expect(result!.spelled.text).toBe('子今戻りました');
    expect(asked).toHaveLength(1);
  });
});

describe('analyseFoldedAsync', () => {
  it('reads many texts as the sync steps do, in two batches at the most, each text asked once', async () => {
    const texts = ['東京に行く', '只今戻りました', 'ﾃﾚﾋﾞの學生が來た', 'ﾃﾚﾋﾞで只今の學生', '𠀋と𠮟る'];
    const asked: string[][] = [];
    const analyse = analyser(asked);
    const results = await analyseFoldedAsync(texts, async (batch) => analyse(batch));
    expect(asked).toHaveLength(2);
    const all = asked.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(results.map(shown)).toEqual(texts.map((text) => shown(read(text).result)));
  });
});

describe('weighsSpelling', () => {
  it('only where the fold changed a BMP variant kanji', () => {
    for (const [text, weighed] of [
      ['只今', true],
      ['ﾃﾚﾋﾞ', false],
      ['𠮟る', false],
      ['東京', false],
    ] as const)
      expect(weighsSpelling(text, foldForLookup(text)), text).toBe(weighed);
  });
});
