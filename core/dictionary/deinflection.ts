/**
 * Undoing inflection from kuromoji's analysis: from a conjugating token (a verb or an
 * i-adjective) and the auxiliaries kuromoji splits off after it, the dictionary form to look up
 * and the names of what was undone (築か|れ → 築く, passive; 書か|せ|られ|なかっ|た → 書く,
 * causative, passive, negative, past).
 *
 * kuromoji gives one dictionary form, and for a godan verb's euphonic form it sometimes has to
 * guess between verbs that sound alike there: 行っ|て is 行く (いって) or 行う (おこなって). So the
 * other verbs the surface could come from are offered too, each with the EDICT verb class it
 * must have to count; the lookup keeps those the dictionary confirms.
 */
import type { Token } from '../segmenter/token';
import { touches } from '../segmenter/token-helpers';
import { AUXILIARY_RULES, type AuxiliaryRule } from './auxiliary-rules';
import { isAllKana } from '../text/kana';

/** What a lookup undid to reach the dictionary form, in the order the auxiliaries come. */
export type Inflection =
  | 'passive'
  | 'causative'
  | 'potential'
  | 'negative'
  | 'past'
  | 'te-form'
  | 'polite'
  | 'volitional'
  | 'desire'
  | 'conditional'
  | 'imperative'
  | 'continuative'
  | 'adverbial'
  | 'progressive'
  | 'completion'
  | 'preparation'
  | 'te-wa';

/** A plain-English name for each inflection, for the popup ("築かれ → 築く: passive"). */
export const INFLECTION_LABELS: Record<Inflection, string> = {
  passive: 'passive',
  causative: 'causative',
  potential: 'potential',
  negative: 'negative',
  past: 'past',
  'te-form': 'te-form',
  polite: 'polite',
  volitional: 'volitional',
  desire: 'want to (-tai)',
  conditional: 'conditional',
  imperative: 'imperative',
  continuative: 'continuative (masu stem)',
  adverbial: 'adverbial (-ku)',
  progressive: 'progressive (-te iru)',
  completion: 'completion (-te shimau)',
  preparation: 'in advance (-te oku)',
  'te-wa': '-te wa (-cha)',
};

/** A dictionary form the inflected span may come from. */
export interface DeinflectionCandidate {
  /** The form to look up: 築く, 行う, or for a noun that takes する the noun (制裁). */
  form: string;
  /** The dictionary form to show: 築く, 制裁する. */
  dictionaryForm: string;
  /** What was undone, for this candidate. */
  inflections: Inflection[];
  /** EDICT part-of-speech codes of which the entry must have one (absent: any). */
  requiredPartsOfSpeech?: readonly string[];
  /** Whether kuromoji itself gave this form (its best analysis). */
  fromKuromoji: boolean;
  /** Only worth trying when no earlier candidate has an entry (a godan potential verb read back to its godan verb). */
  fallback: boolean;
}

/** A conjugating word with its auxiliaries, from kuromoji's tokens. */
export interface InflectedSpan {
  /** First token of the span (the conjugating word, or a noun that takes する). */
  startIndex: number;
  /** One past the last token of the span. */
  endIndex: number;
  /** Forms to look up, kuromoji's first. */
  candidates: DeinflectionCandidate[];
  /**
   * The text fits kuromoji's form and another equally, with no kanji to tell them apart (an
   * ichidan continuative in kana is also a godan verb's: おり(ます), おりる or おる): a word
   * written in kana is taken first.
   */
  undecided?: true;
}

const MAX_AUXILIARIES = 8;

/** EDICT's verb classes, by the kana a godan verb's dictionary form ends in. */
export const GODAN_CLASSES: Record<string, readonly string[]> = {
  う: ['v5u', 'v5u-s'],
  く: ['v5k', 'v5k-s'],
  ぐ: ['v5g'],
  す: ['v5s'],
  つ: ['v5t'],
  ぬ: ['v5n'],
  ぶ: ['v5b'],
  む: ['v5m'],
  る: ['v5r', 'v5r-i', 'v5aru'],
};

/** The godan endings a euphonic stem may stand for: 行っ(て) ← 行う, 行く, 行つ, 行る. */
const EUPHONIC_ENDINGS: Record<string, readonly string[]> = {
  っ: ['う', 'つ', 'る', 'く'],
  ん: ['む', 'ぶ', 'ぬ'],
  い: ['く', 'ぐ'],
};

/**
 * The godan ending whose continuative form ends in each i-row kana: an ichidan verb's
 * continuative written in kana is also a godan verb's when its stem ends so (おり(ます) ← おりる, or
 * おる; かり(ます) ← かりる, or かる), and a godan verb's is also an ichidan verb's (おき(ます) ← 置く,
 * or 起きる).
 */
const CONTINUATIVE_ENDINGS: Record<string, string> = {
  い: 'う',
  き: 'く',
  ぎ: 'ぐ',
  し: 'す',
  ち: 'つ',
  に: 'ぬ',
  び: 'ぶ',
  み: 'む',
  り: 'る',
};

/** EDICT's ichidan verb classes. */
const ICHIDAN_CLASSES: readonly string[] = ['v1', 'v1-s'];

/** E-row kana of a potential verb's stem, and the godan ending it comes from: 書け(る) ← 書く. */
const POTENTIAL_ENDINGS: Record<string, string> = {
  え: 'う',
  け: 'く',
  げ: 'ぐ',
  せ: 'す',
  て: 'つ',
  ね: 'ぬ',
  べ: 'ぶ',
  め: 'む',
  れ: 'る',
};

const VERB_PARTS_OF_SPEECH = [
  'v1',
  'v1-s',
  'v5aru',
  'v5b',
  'v5g',
  'v5k',
  'v5k-s',
  'v5m',
  'v5n',
  'v5r',
  'v5r-i',
  'v5s',
  'v5t',
  'v5u',
  'v5u-s',
  'v5uru',
  'vk',
  'vn',
  'vr',
  'vs-c',
  'vs-i',
  'vs-s',
  'vz',
  'v-unspec',
  'aux-v',
];
const ADJECTIVE_PARTS_OF_SPEECH = ['adj-i', 'adj-ix', 'aux-adj'];

/**
 * The inflected span starting at `index`: a verb or i-adjective with its auxiliaries, or a noun
 * that takes する followed by する and its auxiliaries. Undefined when the token does not
 * conjugate. A lone dictionary form (築く) gives a span of one token and no inflection.
 */
export function deinflectTokens(tokens: readonly Token[], index: number): InflectedSpan | undefined {
  const head = tokens[index];
  if (!head) return undefined;
  // A する noun with する (制裁|する) or with する's potential できる (全う|できる → 全うする, potential).
  const potential = isSuruNoun(head) && isDekiru(tokens[index + 1], head);
  if (potential || (isSuruNoun(head) && isSuru(tokens[index + 1], head))) {
    const chain = auxiliaryChain(tokens, index + 1);
    return {
      startIndex: index,
      endIndex: chain.endIndex,
      candidates: [
        {
          form: head.surface,
          dictionaryForm: head.surface + 'する',
          inflections: potential ? ['potential', ...chain.inflections.filter((i) => i !== 'continuative')] : chain.inflections,
          requiredPartsOfSpeech: ['vs', 'vs-s', 'vs-i'],
          fromKuromoji: true,
          fallback: false,
        },
      ],
    };
  }
  if (!conjugates(head)) return undefined;
  const chain = auxiliaryChain(tokens, index);
  const required = head.pos === '形容詞' ? ADJECTIVE_PARTS_OF_SPEECH : VERB_PARTS_OF_SPEECH;
  let undecided = false;
  const candidates: DeinflectionCandidate[] = [
    {
      form: head.basicForm,
      dictionaryForm: head.basicForm,
      inflections: chain.inflections,
      requiredPartsOfSpeech: required,
      fromKuromoji: true,
      fallback: false,
    },
  ];
  if (head.pos === '動詞') {
    // Other godan verbs a euphonic stem may belong to (行っ: 行く or 行う).
    const ending = EUPHONIC_ENDINGS[head.surface.slice(-1)];
    if (ending && head.conjugationType.startsWith('五段') && head.conjugationForm === '連用タ接続') {
      const stem = head.surface.slice(0, -1);
      for (const kana of ending) {
        const form = stem + kana;
        if (form === head.basicForm) continue;
        candidates.push({
          form,
          dictionaryForm: form,
          inflections: chain.inflections,
          requiredPartsOfSpeech: kana === 'く' ? ['v5k-s'] : GODAN_CLASSES[kana]!,
          fromKuromoji: false,
          fallback: false,
        });
      }
    }
    // An ichidan continuative in kana is also a godan verb's (ここにおります: おる, or おりる), which
    // kuromoji does not weigh: text in kana has no kanji to tell them apart. Not before て or た,
    // where a godan verb takes its euphonic stem (おりて is おりる's; おる's is おって).
    const godanEnding = CONTINUATIVE_ENDINGS[head.surface.slice(-1)];
    const next = tokens[index + 1];
    const euphonicNext = next !== undefined && touches(head, next) && /^[てでただ]/.test(next.surface);
    if (godanEnding && !euphonicNext && head.conjugationType === '一段' && head.conjugationForm === '連用形' && isAllKana(head.surface)) {
      const form = head.surface.slice(0, -1) + godanEnding;
      undecided = true;
      candidates.push({
        form,
        dictionaryForm: form,
        inflections: chain.inflections,
        requiredPartsOfSpeech: GODAN_CLASSES[godanEnding]!,
        fromKuromoji: false,
        fallback: false,
      });
    }
    // The other way, a godan continuative in kana is also an ichidan verb's (六時におき|ます: 置く, or
    // 起きる), and so is 来る's き (服をき|ます: 来る, or 着る), which kuromoji leaves out. Offered
    // after kuromoji's form, not before it: in kana the other reading is as likely (いき|ます is 行く
    // far more often than 生きる).
    const godanContinuative = head.conjugationType.startsWith('五段') && !!godanEnding && head.basicForm.endsWith(godanEnding);
    const kuruContinuative = head.conjugationType.startsWith('カ変') && head.surface === 'き';
    if ((godanContinuative || kuruContinuative) && head.conjugationForm === '連用形' && isAllKana(head.surface)) {
      const form = head.surface + 'る';
      candidates.push({
        form,
        dictionaryForm: form,
        inflections: chain.inflections,
        requiredPartsOfSpeech: ICHIDAN_CLASSES,
        fromKuromoji: false,
        fallback: false,
      });
    }
    // A godan す verb's forms are also those of a する verb written with one kanji (帰し|ます: 帰す
    // or 帰する, 愛し|た: 愛する), which EDICT lists on their own (vs-s).
    if (head.conjugationType === '五段・サ行' && head.basicForm.endsWith('す') && head.basicForm.length >= 2) {
      const form = head.basicForm.slice(0, -1) + 'する';
      candidates.push({
        form,
        dictionaryForm: form,
        inflections: chain.inflections,
        requiredPartsOfSpeech: ['vs-s', 'vz'],
        fromKuromoji: false,
        fallback: false,
      });
    }
    // A godan potential verb (書ける) that the dictionary may not list: its godan verb (書く).
    const base = head.basicForm;
    const potentialEnding = POTENTIAL_ENDINGS[base.slice(-2, -1)];
    if (head.conjugationType === '一段' && base.endsWith('る') && potentialEnding) {
      const form = base.slice(0, -2) + potentialEnding;
      if (form.length >= 2) {
        candidates.push({
          form,
          dictionaryForm: form,
          inflections: ['potential', ...chain.inflections],
          requiredPartsOfSpeech: GODAN_CLASSES[potentialEnding]!,
          fromKuromoji: false,
          fallback: true,
        });
      }
    }
  }
  return { startIndex: index, endIndex: chain.endIndex, candidates, ...(undecided ? { undecided: true as const } : {}) };
}

/**
 * The token where the word containing token `index` starts: for an auxiliary (the れ of
 * 築か|れ, the た of 行っ|た) the conjugating token before it; otherwise `index` itself.
 */
export function wordStartIndex(tokens: readonly Token[], index: number): number {
  for (let k = Math.max(0, index - MAX_AUXILIARIES - 1); k < index; k++) {
    const span = deinflectTokens(tokens, k);
    if (span && span.endIndex > index) return k;
  }
  return index;
}

/** Whether kuromoji analysed the token as a conjugating word (verb or i-adjective) with a dictionary form. */
export function conjugates(token: Token): boolean {
  return (token.pos === '動詞' || token.pos === '形容詞') && token.conjugationType !== '*' && token.basicForm !== '*';
}

function isSuruNoun(token: Token): boolean {
  return token.pos === '名詞' && token.pos1 === 'サ変接続';
}

function isSuru(token: Token | undefined, previous: Token): boolean {
  return token !== undefined && token.pos === '動詞' && token.basicForm === 'する' && touches(previous, token);
}

function isDekiru(token: Token | undefined, previous: Token): boolean {
  return token !== undefined && token.pos === '動詞' && token.basicForm === 'できる' && touches(previous, token);
}

/** The auxiliaries after the conjugating token at `index`, and what they do. */
function auxiliaryChain(tokens: readonly Token[], index: number): { endIndex: number; inflections: Inflection[] } {
  const head = tokens[index]!;
  const inflections: Inflection[] = [];
  let end = index + 1;
  let previous = head;
  while (end < tokens.length && end - index <= MAX_AUXILIARIES) {
    const t = tokens[end]!;
    if (!touches(previous, t)) break;
    const undone = auxiliaryMeaning(t, previous);
    if (!undone) break;
    if (undone.replacesTeForm && inflections[inflections.length - 1] === 'te-form') inflections.pop();
    inflections.push(...undone.inflections);
    previous = t;
    end++;
  }
  if (end === index + 1) {
    const own = ownForm(head);
    if (own) inflections.push(own);
  }
  return { endIndex: end, inflections };
}

/** What an auxiliary token undoes (the first row of AUXILIARY_RULES it matches); undefined when it is not part of the word. */
function auxiliaryMeaning(t: Token, previous: Token): { inflections: readonly Inflection[]; replacesTeForm?: boolean } | undefined {
  const afterTe = previous.pos === '助詞' && (previous.basicForm === 'て' || previous.basicForm === 'で');
  for (const rule of AUXILIARY_RULES) {
    if ((rule.afterTe ?? false) !== afterTe || !ruleMatches(rule, t)) continue;
    return rule;
  }
  return undefined;
}

function ruleMatches(rule: AuxiliaryRule, t: Token): boolean {
  if (t.pos !== rule.pos) return false;
  if (rule.pos1 !== undefined && t.pos1 !== rule.pos1) return false;
  if (rule.basicForms && !rule.basicForms.includes(t.basicForm)) return false;
  if (rule.conjugationType !== undefined && t.conjugationType !== rule.conjugationType) return false;
  if (rule.conjugationFormPrefix !== undefined && !t.conjugationForm.startsWith(rule.conjugationFormPrefix)) return false;
  return true;
}

/** What the conjugating token's own form says when no auxiliary follows it. */
function ownForm(head: Token): Inflection | undefined {
  const form = head.conjugationForm;
  if (form.startsWith('命令')) return 'imperative';
  if (form.startsWith('仮定縮約')) return 'conditional';
  if (head.pos === '形容詞' && form === '連用テ接続') return 'adverbial';
  if (head.pos === '動詞' && form === '連用形') return 'continuative';
  return undefined;
}
