/**
 * NODE_OPTIONS=--max-old-space-size=4096 npx tsx scripts/eval-agreement.ts [--lex=UniDic lex.csv] [--examples=N] [--only=variant,…]
 * Measures a reading rule with two sources other than kuromoji (the shipped variants are built by
 * dict/readings/build-agreed-readings.ts; the baseline here is the layer without them): a token that the
 * layer would read as kuromoji does is read R instead where UniDic's reading R for its written form
 * and part of speech and EDICT's reading(s) for the same word agree with each other and not with
 * kuromoji. Several variants of "agree" are scored side by side against the layer as it is, on
 * KWDLC train (halves a and b), KWDLC dev and the homograph sets: chunks fixed and broken per set.
 */
import { readFileSync } from 'node:fs';
import { loadNodeSegmenter } from '../dict/node-kuromoji';
import { readingSegments } from '../core/furigana/reading-layer';
import { parseHomographs, predictedPieces, scoreHomograph, scoreSentence, type ReadingPiece } from '../core/furigana/reading-metric';
import type { ReadingContext } from '../core/furigana/reading-context';
import type { Token } from '../core/segmenter/token';
import { hasKanji, toHiragana } from '../core/text/kana';
import { halfOf, loadReadingContext } from './eval-support';
import { readUnidic, sameClass as sameClassOf, UNIDIC_LEXICON, type UnidicEntry } from '../dict/readings/unidic-lexicon';

const EVAL = '/work/shared/eval';
const argv = process.argv.slice(2);
const LEX = argv.find((a) => a.startsWith('--lex='))?.slice(6) ?? UNIDIC_LEXICON;
const EXAMPLES = Number(argv.find((a) => a.startsWith('--examples='))?.slice(11) ?? 0);
const ONLY = argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  ?.split(',');

/** Whether a UniDic entry's part of speech is of the same class as the token's. */
const sameClass = (token: Token, u: UnidicEntry) => sameClassOf(token.pos, token.pos1, u);

const conjugates = (t: Token) => t.pos === '動詞' || t.pos === '形容詞';

type Variant = (token: Token) => string | undefined;

function variants(unidic: Map<string, UnidicEntry[]>, context: ReadingContext): Record<string, Variant> {
  const edict = (t: Token) => context.dictionaryReadings?.(conjugates(t) ? t.basicForm : t.surface) ?? [];
  const lowest = (list: UnidicEntry[]) => list.reduce((a, b) => (b.cost < a.cost ? b : a));
  const unique = (list: UnidicEntry[]) => (new Set(list.map((u) => u.kana)).size === 1 ? list[0] : undefined);
  const ofClass = (t: Token) => (unidic.get(t.surface) ?? []).filter((u) => sameClass(t, u));
  const ofLemma = (t: Token) => ofClass(t).filter((u) => u.orthBase === t.basicForm || (!conjugates(t) && u.orthBase === t.surface));
  const agreed =
    (pick: (t: Token) => UnidicEntry | undefined, rule: 'lists' | 'first' | 'lists-not-own' | 'not-own2' | 'first-not-own2') =>
    (t: Token): string | undefined => {
      if (!hasKanji(t.surface) || !t.reading) return undefined;
      const u = pick(t);
      if (!u) return undefined;
      const own = toHiragana(t.reading);
      if (u.kana === own) return undefined;
      const readings = edict(t);
      if (!readings.length) return undefined;
      if (rule === 'first' || rule === 'first-not-own2' ? readings[0] !== u.kanaBase : !readings.includes(u.kanaBase)) return undefined;
      if (rule === 'lists-not-own' && (conjugates(t) || readings.includes(own))) return undefined;
      if ((rule === 'not-own2' || rule === 'first-not-own2') && ([...t.surface].length < 2 || listsOwn(t, own, readings))) return undefined;
      return u.kana;
    };
  // Whether EDICT lists kuromoji's reading: for a conjugated form, some lemma reading that starts
  // with kuromoji's reading of the stem (the surface's kana ending taken off).
  const listsOwn = (t: Token, own: string, readings: readonly string[]) => {
    if (!conjugates(t)) return readings.includes(own);
    let tail = 0;
    while (tail < t.surface.length && !hasKanji(t.surface[t.surface.length - 1 - tail]!)) tail++;
    const stem = own.slice(0, own.length - tail);
    return readings.some((r) => r.startsWith(stem));
  };
  const pickLowest = (t: Token) => {
    const l = ofClass(t);
    return l.length ? lowest(l) : undefined;
  };
  const pickUnique = (t: Token) => {
    const l = ofClass(t);
    return l.length ? unique(l) : undefined;
  };
  const pickLemmaLowest = (t: Token) => {
    const l = ofLemma(t);
    return l.length ? lowest(l) : undefined;
  };
  const pickLemmaUnique = (t: Token) => {
    const l = ofLemma(t);
    return l.length ? unique(l) : undefined;
  };
  const pickFormUnique = (t: Token) => {
    const l = unidic.get(t.surface) ?? [];
    return l.length ? unique(l) : undefined;
  };
  // UniDic never reads the form as kuromoji does (any part of speech).
  const lacksOwn = (t: Token) => (unidic.get(t.surface) ?? []).every((u) => u.kana !== toHiragana(t.reading));
  const pickLacksOwnLowest = (t: Token) => {
    const l = unidic.get(t.surface) ?? [];
    return l.length && lacksOwn(t) ? lowest(l) : undefined;
  };
  // …and of its readings, EDICT lists exactly one.
  const pickLacksOwnEdictOne = (t: Token) => {
    const l = unidic.get(t.surface) ?? [];
    if (!l.length || !lacksOwn(t)) return undefined;
    const listed = new Set(context.dictionaryReadings?.(conjugates(t) ? t.basicForm : t.surface) ?? []);
    const kept = l.filter((u) => listed.has(u.kanaBase));
    return kept.length && new Set(kept.map((u) => u.kana)).size === 1 ? kept[0] : undefined;
  };
  // EDICT lists kuromoji's reading too, but only among its uncommon ones; its first common
  // reading is UniDic's (lowest-cost for the part of speech, or the one UniDic has): 2 characters or more.
  const commonAgainstOwn =
    (pick: (t: Token) => UnidicEntry | undefined) =>
    (t: Token): string | undefined => {
      if (!hasKanji(t.surface) || !t.reading || [...t.surface].length < 2) return undefined;
      const u = pick(t);
      const own = toHiragana(t.reading);
      if (!u || u.kana === own) return undefined;
      const word = conjugates(t) ? t.basicForm : t.surface;
      const readings = context.dictionaryReadings?.(word) ?? [];
      const common = context.dictionaryCommonCount?.(word) ?? 0;
      if (!common || readings[0] !== u.kanaBase) return undefined;
      if (readings.slice(0, common).some((r) => (conjugates(t) ? listsOwn(t, own, [r]) : r === own))) return undefined;
      return u.kana;
    };
  const notSuffixOrProper = (v: Variant) => (t: Token) => (t.pos1 === '接尾' || t.pos1 === '固有名詞' ? undefined : v(t));
  const shipped = agreed(pickFormUnique, 'not-own2');
  const either =
    (...vs: Variant[]) =>
    (t: Token) => {
      for (const v of vs) {
        const r = v(t);
        if (r) return r;
      }
      return undefined;
    };
  // Proper nouns: UniDic's reading (for proper nouns) and ENAMDICT's (a person's name or a place)
  // agree, and ENAMDICT does not list kuromoji's.
  const namesAgree =
    (pick: (t: Token) => UnidicEntry | undefined, first: boolean) =>
    (t: Token): string | undefined => {
      if (t.pos1 !== '固有名詞' || !t.reading || [...t.surface].length < 2) return undefined;
      const u = pick(t);
      const own = toHiragana(t.reading);
      if (!u || u.kana === own) return undefined;
      const place = context.placeReading?.(t.surface);
      const names = place ? [place] : (context.nameReadings?.(t.surface) ?? []);
      if (!names.length || names.includes(own)) return undefined;
      return (first ? names[0] === u.kana : names.includes(u.kana)) ? u.kana : undefined;
    };
  const shippedBoth = either(shipped, notSuffixOrProper(commonAgainstOwn(pickLowest)));
  // EDICT's first reading is common and IPADIC's is not among the common ones; UniDic has EDICT's
  // reading for the form and part of speech, at any cost (山道 さんどう → やまみち).
  const commonListed = (t: Token): string | undefined => {
    if (!hasKanji(t.surface) || !t.reading || [...t.surface].length < 2) return undefined;
    const own = toHiragana(t.reading);
    const word = conjugates(t) ? t.basicForm : t.surface;
    const readings = context.dictionaryReadings?.(word) ?? [];
    const common = context.dictionaryCommonCount?.(word) ?? 0;
    if (!common || readings.slice(0, common).some((r) => (conjugates(t) ? listsOwn(t, own, [r]) : r === own))) return undefined;
    const u = ofClass(t).find((e) => e.kanaBase === readings[0]);
    return u && u.kana !== own ? u.kana : undefined;
  };
  // …and EDICT marks that one reading only common.
  const soleCommonListed = (t: Token): string | undefined =>
    (context.dictionaryCommonCount?.(conjugates(t) ? t.basicForm : t.surface) ?? 0) === 1 ? commonListed(t) : undefined;
  return {
    'shipped+common-listed': either(shippedBoth, notSuffixOrProper(commonListed)),
    'shipped+sole-common-listed': either(shippedBoth, notSuffixOrProper(soleCommonListed)),
    'names+lowest': namesAgree(pickLowest, false),
    'names+lowest-first': namesAgree(pickLowest, true),
    'names+unique': namesAgree(pickUnique, false),
    'shipped+names-lowest-first': either(shippedBoth, namesAgree(pickLowest, true)),
    'common-vs-own+lowest-no-suffix-proper': notSuffixOrProper(commonAgainstOwn(pickLowest)),
    'shipped+common-vs-own': either(shipped, notSuffixOrProper(commonAgainstOwn(pickLowest))),
    'common-vs-own+lowest': commonAgainstOwn(pickLowest),
    'common-vs-own+unique': commonAgainstOwn(pickUnique),
    'common-vs-own+lacks-own': commonAgainstOwn(pickLacksOwnLowest),
    'lacks-own-lowest+not-own2': agreed(pickLacksOwnLowest, 'not-own2'),
    'lacks-own-edict-one+not-own2': agreed(pickLacksOwnEdictOne, 'not-own2'),
    'lacks-own-edict-one+lists': agreed(pickLacksOwnEdictOne, 'lists'),
    'lowest+lists': agreed(pickLowest, 'lists'),
    'lowest+first': agreed(pickLowest, 'first'),
    'lowest+lists-not-own': agreed(pickLowest, 'lists-not-own'),
    'unique+lists': agreed(pickUnique, 'lists'),
    'unique+first': agreed(pickUnique, 'first'),
    'unique+lists-not-own': agreed(pickUnique, 'lists-not-own'),
    'lemma-lowest+lists': agreed(pickLemmaLowest, 'lists'),
    'lemma-unique+lists': agreed(pickLemmaUnique, 'lists'),
    'lemma-unique+first': agreed(pickLemmaUnique, 'first'),
    'lemma-unique+lists-not-own': agreed(pickLemmaUnique, 'lists-not-own'),
    'form-unique+lists': agreed(pickFormUnique, 'lists'),
    'form-unique+lists-not-own': agreed(pickFormUnique, 'lists-not-own'),
    'form-unique+not-own2': agreed(pickFormUnique, 'not-own2'),
    'unique+not-own2': agreed(pickUnique, 'not-own2'),
    'lowest+not-own2': agreed(pickLowest, 'not-own2'),
    'lowest-first+not-own2': agreed(pickLowest, 'first-not-own2'),
  };
}

/** Which kind of token a switch is: for splitting the figures. */
function kindOf(t: Token): string {
  if (t.pos === '名詞') return `名詞/${t.pos1}${t.pos1 === '固有名詞' ? '/' + t.pos2 : ''}${[...t.surface].length === 1 ? '/1' : ''}`;
  return t.pos;
}

const lex = performance.now();
const unidic = readUnidic(LEX);
console.log(`UniDic: ${unidic.size} written forms with kanji (${((performance.now() - lex) / 1000).toFixed(1)} s)`);
const segmenter = await loadNodeSegmenter();
// The layer without the shipped table (createReadingContext sets it): what each variant is compared with.
const base: ReadingContext = { ...(await loadReadingContext()), agreedReading: undefined };
const all = variants(unidic, base);
const names = Object.keys(all).filter((n) => !ONLY || ONLY.includes(n));

interface Tally {
  correct: number;
  total: number;
  fixed: number;
  broken: number;
  kinds: Map<string, { fixed: number; broken: number }>;
  examples: string[];
}
const tally = () => ({ correct: 0, total: 0, fixed: 0, broken: 0, kinds: new Map(), examples: [] }) as Tally;
const sets = ['train-a', 'train-b', 'dev', 'homograph-dev', 'homograph-train'];
const results = new Map<string, Map<string, Tally>>(); // variant (or 'base') → set → tally
for (const n of ['base', ...names]) results.set(n, new Map(sets.map((s) => [s, tally()])));

/** Predicts with one variant; the switched tokens are recorded in `switched`. */
function predict(text: string, tokens: Token[], variant: Variant | undefined, switched: Token[]): ReadingPiece[] {
  const context: ReadingContext = variant
    ? {
        ...base,
        agreedReading: (t) => {
          const r = variant(t);
          if (r) switched.push(t);
          return r;
        },
      }
    : base;
  return predictedPieces(text, tokens, readingSegments(text, tokens, context));
}

function note(t: Tally, switched: Token[], delta: number, line: string): void {
  if (!delta) return;
  if (delta > 0) t.fixed += delta;
  else t.broken -= delta;
  for (const s of switched) {
    const k = t.kinds.get(kindOf(s)) ?? { fixed: 0, broken: 0 };
    if (delta > 0) k.fixed++;
    else k.broken++;
    t.kinds.set(kindOf(s), k);
  }
  t.examples.push(
    `${delta > 0 ? '+' : '-'} ${switched.map((s) => `${s.surface}(${s.pos}/${s.pos1}) ${toHiragana(s.reading)}`).join(', ')}  | ${line}`,
  );
}

const kwdlc = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
const train = kwdlc(`${EVAL}/kwdlc-train.jsonl`);
const dev = kwdlc(`${EVAL}/kwdlc-dev.jsonl`);
const runKwdlc = (lines: string[], setOf: (i: number) => string) =>
  lines.forEach((line, index) => {
    const { text, morphs } = JSON.parse(line) as { text: string; morphs: ReadingPiece[] };
    const tokens = segmenter.tokenize(text);
    const set = setOf(index);
    const baseScore = scoreSentence(morphs, predict(text, tokens, undefined, []));
    const b = results.get('base')!.get(set)!;
    b.correct += baseScore.correct;
    b.total += baseScore.total;
    for (const n of names) {
      const switched: Token[] = [];
      const score = scoreSentence(morphs, predict(text, tokens, all[n], switched));
      const t = results.get(n)!.get(set)!;
      t.correct += score.correct;
      t.total += score.total;
      if (switched.length) note(t, switched, score.correct - baseScore.correct, text);
    }
  });
runKwdlc(train, (i) => `train-${halfOf(i)}`);
runKwdlc(dev, () => 'dev');
for (const set of ['homograph-dev', 'homograph-train']) {
  const targets = parseHomographs(readFileSync(`${EVAL}/${set}.tsv`, 'utf8'));
  for (const target of targets) {
    const tokens = segmenter.tokenize(target.text);
    const baseRight = scoreHomograph(target, predict(target.text, tokens, undefined, [])) === 'correct' ? 1 : 0;
    const b = results.get('base')!.get(set)!;
    b.correct += baseRight;
    b.total++;
    for (const n of names) {
      const switched: Token[] = [];
      const right = scoreHomograph(target, predict(target.text, tokens, all[n], switched)) === 'correct' ? 1 : 0;
      const t = results.get(n)!.get(set)!;
      t.correct += right;
      t.total++;
      if (switched.length) note(t, switched, right - baseRight, target.text);
    }
  }
}

const cell = (t: Tally, b: Tally) => `${t.correct}/${t.total} (+${t.fixed} −${t.broken}, net ${t.correct - b.correct})`;
console.log(`\n${'variant'.padEnd(28)} ${sets.join(' | ')}`);
console.log(
  `${'base'.padEnd(28)} ${sets.map((s) => `${results.get('base')!.get(s)!.correct}/${results.get('base')!.get(s)!.total}`).join(' | ')}`,
);
for (const n of names) {
  const r = results.get(n)!;
  console.log(`${n.padEnd(28)} ${sets.map((s) => cell(r.get(s)!, results.get('base')!.get(s)!)).join(' | ')}`);
}
console.log('\nby kind (fixed/broken sentences on train-a; train-b; dev):');
for (const n of names) {
  const r = results.get(n)!;
  const kinds = new Set([...r.get('train-a')!.kinds.keys(), ...r.get('train-b')!.kinds.keys(), ...r.get('dev')!.kinds.keys()]);
  const shown = [...kinds]
    .map((k) => {
      const f = (s: string) => r.get(s)!.kinds.get(k) ?? { fixed: 0, broken: 0 };
      return `${k} ${f('train-a').fixed}/${f('train-a').broken}; ${f('train-b').fixed}/${f('train-b').broken}; ${f('dev').fixed}/${f('dev').broken}`;
    })
    .join('  ');
  console.log(`${n}: ${shown}`);
}
if (EXAMPLES) {
  for (const n of names) {
    console.log(`\n${n}:`);
    for (const s of sets) for (const e of results.get(n)!.get(s)!.examples.slice(0, EXAMPLES)) console.log(`  ${s} ${e}`);
  }
}
