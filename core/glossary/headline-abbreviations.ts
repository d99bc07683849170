/**
 * How news Japanese abbreviates states to one kanji in compounds (日米 Japan–US, 米中, 訪中 a visit
 * to China, 対露 towards Russia), as data for the term matcher: which kanji introduce an
 * abbreviation, and which pairs of abbreviations are ordinary words. The abbreviations themselves
 * are data of the glossary (a state term's `abbreviation`: 米 for the United States).
 *
 * The matcher reads them so (`term-matcher.ts`), where no glossary form matches:
 * - a run of two or more different abbreviations (日米, 日米韓, 米中) not preceded by a kanji (which
 *   would make it the tail of another word: 一日中, 増加中) is found as one occurrence per state;
 * - one of the prefixes below followed by an abbreviation (訪米, 対中, 在日) finds that one state,
 *   unless the prefix is the tail of a word listed with it (絶対, 滞在, 歴訪). Only the first
 *   abbreviation after a prefix is taken: 来日中 is "during a visit to Japan", not Japan–China;
 * - a run that is one of the ordinary words below is found only as that rule says.
 */

/** A kanji that, before an abbreviation, makes a word about that state (訪 + 米 = a visit to the US). */
export interface AbbreviationPrefix {
  prefix: string;
  /** What prefix + abbreviation means. */
  meaning: string;
  example: string;
  /** Kanji before the prefix that make it the tail of another word (絶 in 絶対中止). */
  notAfter: string;
}

export const ABBREVIATION_PREFIXES: readonly AbbreviationPrefix[] = [
  { prefix: '訪', meaning: 'a visit to', example: '首相が訪米 (the prime minister visits the US)', notAfter: '来歴探往' },
  { prefix: '対', meaning: 'towards, against', example: '対中政策 (China policy), 対露制裁', notAfter: '絶相反一応敵' },
  { prefix: '反', meaning: 'anti-', example: '反日デモ (anti-Japanese protests)', notAfter: '違離造謀' },
  { prefix: '親', meaning: 'pro-', example: '親露派 (pro-Russian faction)', notAfter: '両肉近父母' },
  { prefix: '駐', meaning: 'posted in', example: '駐日大使 (ambassador to Japan)', notAfter: '進常' },
  { prefix: '在', meaning: 'resident in, based in', example: '在日外国人, 在韓米軍', notAfter: '現存所滞不健実内駐潜散点自介偏' },
  {
    prefix: '来',
    meaning: 'coming to',
    example: '来日した大統領 (the president who came to Japan)',
    notAfter: '以将未従本元到出由往襲伝再近外',
  },
  { prefix: '離', meaning: 'leaving', example: '離日 (leaving Japan)', notAfter: '分距乖遊' },
  { prefix: '滞', meaning: 'staying in', example: '滞米中 (while staying in the US)', notAfter: '停遅延渋' },
];

/**
 * How a run of abbreviations that is also an ordinary word is read: `never` as states, or
 * `compound` only as the head of a compound (a kanji follows: 日中関係, but not 日中は暑い).
 */
export type OrdinaryWordRule = 'never' | 'compound';

export interface OrdinaryWord {
  text: string;
  rule: OrdinaryWordRule;
  /** What the word means when it is not the states. */
  evidence: string;
}

export const ORDINARY_WORDS: readonly OrdinaryWord[] = [
  { text: '日中', rule: 'compound', evidence: 'daytime (にっちゅう): 日中は暑い; Japan–China heads a compound: 日中関係, 日中首脳会談' },
  {
    text: '中日',
    rule: 'never',
    evidence: 'the Chunichi newspaper and baseball team (中日新聞), the middle day of a tournament; news writes China–Japan as 日中',
  },
  { text: '朝日', rule: 'never', evidence: 'the morning sun, the Asahi newspaper (朝日新聞); news writes Japan–North Korea as 日朝' },
  { text: '朝露', rule: 'never', evidence: 'morning dew (あさつゆ); news writes North Korea–Russia as 露朝' },
  { text: '中米', rule: 'never', evidence: 'Central America (中米諸国); news writes US–China as 米中' },
  { text: '中欧', rule: 'never', evidence: 'Central Europe (中欧諸国)' },
  { text: '台中', rule: 'never', evidence: 'Taichung, a city in Taiwan; news writes China–Taiwan as 中台' },
];
