/**
 * What the evaluation scripts share: kuromoji loaded from node_modules the way the engine loads
 * it in the extension, the reading layer with the knowledge the engine gives it, and the raw
 * kuromoji baseline.
 */
import { loadNodeSegmenter } from '../dict/node-kuromoji';
import { loadReadingContext } from '../dict/node-reading-context';
import { readingSegments } from '../core/furigana/reading-layer';
import { predictedPieces, type ReadingPiece } from '../core/furigana/reading-metric';
import { analyseFolded, segmentsAsWritten, tokensAsWritten } from '../core/furigana/folded-reading';
import type { Token } from '../core/segmenter/token';

export { loadNodeSegmenter, loadReadingContext };

export type Predictor = (text: string) => ReadingPiece[];

/** The reading layer's prediction (what the extension shows, read from the text folded as the engine folds it), or kuromoji's token readings as they come. */
export async function loadPredictor(raw: boolean): Promise<Predictor> {
  const segmenter = await loadNodeSegmenter();
  if (raw) return (text) => segmenter.tokenize(text).map((t: Token) => [t.surface, t.reading] as const);
  const context = await loadReadingContext();
  // As the engine reads a page's text: folded for analysis (髙 → 高), the page's own spelling kept
  // where kuromoji knows it, shown as written (core/furigana/folded-reading.ts).
  const analyse = (text: string) => {
    const tokens = segmenter.tokenize(text); // a text kuromoji cannot read stops the evaluation: it is not scored as unread
    return { tokens, segments: readingSegments(text, tokens, context) };
  };
  return (text) => {
    const { spelled, analysis } = analyseFolded([text], (texts) => texts.map(analyse))[0]!;
    if (!analysis) throw new Error(`not analysed: ${text}`);
    const segments = segmentsAsWritten(analysis.segments, spelled, text, context.kanjiReadings);
    return predictedPieces(text, tokensAsWritten(analysis.tokens, spelled, text), segments);
  };
}

/** Lines of a half: KWDLC's files carry no document id, and a document is a run of consecutive lines. */
export const HALF_BLOCK = 50;

/**
 * Which half of a KWDLC file line `index` (0-based, counting non-empty lines) belongs to: the file
 * cut into blocks of HALF_BLOCK consecutive lines, half a the even blocks, half b the odd ones.
 * A document (a run of consecutive lines) stays whole in its half except where a block ends
 * inside it, at most one document a block.
 */
export function halfOf(index: number): 'a' | 'b' {
  return Math.floor(index / HALF_BLOCK) % 2 === 0 ? 'a' : 'b';
}

/** `--raw`, `--errors=N` and `--half=a|b` options, and the one file argument. */
export function parseArguments(argv: readonly string[]): {
  file: string;
  raw: boolean;
  errors: number;
  examples: boolean;
  half?: 'a' | 'b';
} {
  const file = argv.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error(
      'usage: FILE [--raw] [--errors=N] [--examples] [--half=a|b] [--no-dictionary] [--no-glossary] [--no-names] [--no-kanji] [--no-lexicon]',
    );
    process.exit(2);
  }
  const errors = Number(argv.find((a) => a.startsWith('--errors='))?.slice(9) ?? 30);
  const half = argv.find((a) => a.startsWith('--half='))?.slice(7);
  if (half !== undefined && half !== 'a' && half !== 'b') {
    console.error('--half takes a or b');
    process.exit(2);
  }
  return { file, raw: argv.includes('--raw'), errors, examples: argv.includes('--examples'), half };
}

export function percent(correct: number, total: number): string {
  return total ? ((100 * correct) / total).toFixed(2) + '%' : 'n/a';
}
