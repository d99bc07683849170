/**
 * A page's text read as the engine reads it, in one place for the furigana, the hover and the
 * evaluation: folded for lookup (髙 → 高, 𠮟 → 叱, 𰻞 stood in for: core/text/lookup-folding.ts),
 * the page's spelling kept where kuromoji knows the variant as written (只今, 琉球:
 * variant-spelling.ts), analysed (the caller's kuromoji and reading layer), and the segments
 * mapped back over the page's characters.
 *
 * The caller analyses (tokens, then the layer's segments), in batches: the engine asks its
 * kuromoji worker once for all the texts of a request, the evaluation its own kuromoji in this
 * thread, the hover its cache of analysed texts. The steps are written once (`foldedSteps`), and
 * run with a synchronous (`analyseFolded`) or an asynchronous analyser (`analyseFoldedAsync`).
 *
 * A text is analysed once where the fold changes nothing or no variant kanji, twice where the
 * page's spelling is weighed against the fold (both in the first batch), and three times only
 * where one stretch keeps the page's spelling and another is folded (只今、學生: that text as it
 * then stands); an analysis is never asked twice of one text.
 */
import type { Token } from '../segmenter/token';
import type { RubySegment } from './ruby-segment';
import { keepKnownSpellings, variantKanjiOffsets, type SpellingAnalysis } from './variant-spelling';
import { ASTRAL_KANJI_STAND_IN, foldForLookup, originalOffset, type FoldedText } from '../text/lookup-folding';

/** One text as analysed: the page's text, what was analysed in its place, and that analysis. */
export interface FoldedAnalysis<A extends SpellingAnalysis> {
  /** The page's text. */
  written: string;
  /** What was analysed: the fold with the page's spellings kuromoji knows kept, and its map to `written`. */
  spelled: FoldedText;
  /** The analysis of `spelled.text`; null where the analyser could not read it. */
  analysis: A | null;
}

/**
 * The analyser's answer to one batch: each text's analysis in order, null for a text it could not
 * read (the others still count).
 */
export type Analyses<A extends SpellingAnalysis> = readonly (A | null)[];

/**
 * Whether `written`'s own spelling is weighed against its fold (keepKnownSpellings): the fold
 * changed a BMP variant kanji. Only then is the written text analysed too.
 */
export function weighsSpelling(written: string, folded: FoldedText): boolean {
  return folded.text !== written && variantKanjiOffsets(written).length > 0;
}

/**
 * The steps for `texts`: each yield is a batch of texts to analyse, answered with their analyses;
 * the return is each text's analysis as written. First batch: every text's fold, then the written
 * texts to weigh; second (only if needed): the texts that keep one spelling and fold another.
 */
export function* foldedSteps<A extends SpellingAnalysis>(
  texts: readonly string[],
): Generator<readonly string[], FoldedAnalysis<A>[], Analyses<A>> {
  const folded = texts.map((written) => foldForLookup(written));
  const weighed = texts.flatMap((written, i) => (weighsSpelling(written, folded[i]!) ? [i] : []));
  const first = yield [...folded.map((f) => f.text), ...weighed.map((i) => texts[i]!)];
  const out = texts.map((written, i): FoldedAnalysis<A> => ({ written, spelled: folded[i]!, analysis: first[i] ?? null }));
  const again: number[] = [];
  weighed.forEach((i, k) => {
    const asWritten = first[texts.length + k];
    const asFolded = out[i]!.analysis;
    if (!asWritten || !asFolded) return; // unread either way: stays folded
    const kept = keepKnownSpellings(texts[i]!, folded[i]!, asWritten, asFolded);
    if (kept === folded[i]) return;
    out[i]!.spelled = kept;
    if (kept.text === texts[i]) out[i]!.analysis = asWritten;
    else again.push(i);
  });
  if (again.length) {
    const answers = yield again.map((i) => out[i]!.spelled.text);
    again.forEach((i, k) => (out[i]!.analysis = answers[k] ?? null));
  }
  return out;
}

/** `texts` analysed as written (foldedSteps), by an analyser of this thread. */
export function analyseFolded<A extends SpellingAnalysis>(
  texts: readonly string[],
  analyse: (texts: readonly string[]) => Analyses<A>,
): FoldedAnalysis<A>[] {
  const steps = foldedSteps<A>(texts);
  for (let step = steps.next(); ; step = steps.next(analyse(step.value))) if (step.done) return step.value;
}

/** `texts` analysed as written (foldedSteps), by an analyser that answers later (a worker's kuromoji, a cache). */
export async function analyseFoldedAsync<A extends SpellingAnalysis>(
  texts: readonly string[],
  analyse: (texts: readonly string[]) => Promise<Analyses<A>>,
): Promise<FoldedAnalysis<A>[]> {
  const steps = foldedSteps<A>(texts);
  for (let step = steps.next(); ; step = steps.next(await analyse(step.value))) if (step.done) return step.value;
}

/**
 * Segments of the analysed text (`spelled`) over the page's text: offsets mapped back to the
 * page's characters (𠮟, two UTF-16 units, under the reading of 叱). A segment over an astral kanji
 * the folding only stood in for (𠀋 as 㐀) is left out: its reading is not the page's character's.
 * Such a kanji then gets its own first KANJIDIC2 reading (`kanjiReadings`), marked uncertain, as
 * the reading layer gives any kanji nothing else reads (𠀋 じょう?); one KANJIDIC2 does not know
 * stays without. The segments themselves where the analysed text is the page's.
 */
export function segmentsAsWritten(
  segments: readonly RubySegment[],
  spelled: FoldedText,
  written: string,
  kanjiReadings: ((kanji: string) => readonly string[] | undefined) | undefined,
): RubySegment[] {
  if (spelled.text === written) return [...segments];
  const back = (offset: number) => originalOffset(spelled, offset);
  const kept = segments
    .filter((s) => !spelled.text.slice(s.start, s.end).includes(ASTRAL_KANJI_STAND_IN))
    .map((s) => ({ ...s, start: back(s.start), end: back(s.end) }));
  if (!kanjiReadings) return kept;
  const added: RubySegment[] = [];
  for (let k = spelled.text.indexOf(ASTRAL_KANJI_STAND_IN); k >= 0; k = spelled.text.indexOf(ASTRAL_KANJI_STAND_IN, k + 1)) {
    const start = back(k);
    const code = written.codePointAt(start) ?? 0;
    if (code < 0x20000) continue; // a 㐀 of the page's own
    const reading = kanjiReadings(String.fromCodePoint(code))?.[0];
    if (reading && !kept.some((s) => s.start < start + 2 && s.end > start)) added.push({ start, end: start + 2, reading, uncertain: true });
  }
  return added.length ? [...kept, ...added].sort((a, b) => a.start - b.start) : kept;
}

/** Tokens of the analysed text (`spelled`) over the page's text: offsets and surfaces the page's (𠮟られ, not 叱られ). */
export function tokensAsWritten(tokens: readonly Token[], spelled: FoldedText, written: string): Token[] {
  if (spelled.text === written) return [...tokens];
  const back = (offset: number) => originalOffset(spelled, offset);
  return tokens.map((t) => ({ ...t, start: back(t.start), surface: written.slice(back(t.start), back(t.start + t.surface.length)) }));
}
