/**
 * Undoing inflection on plain text, without kuromoji: the dictionary forms a word as written
 * may come from (書かれました → 書かれる → 書く: passive, polite, past), by the endings of
 * SUFFIX_RULES, as 10ten Japanese Reader does. Each candidate says which EDICT parts of speech
 * its entry must have, for the dictionary to confirm it. Used while kuromoji is not loaded.
 */
import { GODAN_CLASSES, type Inflection } from './deinflection';
import { SUFFIX_RULES, WORD_TYPE } from './suffix-rules';

/** A dictionary form `text` may be an inflection of. */
export interface TextDeinflection {
  /** The form to look up (書く; for a する verb of a noun, the whole form: 制裁する). */
  form: string;
  /** What was undone, in the order the endings come (passive, polite, past). Empty: the text itself. */
  inflections: Inflection[];
  /** EDICT part-of-speech codes of which the entry must have one; absent for the text itself (any entry). */
  partsOfSpeech?: readonly string[];
}

/** The parts of speech a dictionary form of each type must have (an ichidan-looking 来る is くる: vk). */
const TYPE_PARTS_OF_SPEECH: Record<number, readonly string[]> = {
  [WORD_TYPE.ichidan]: ['v1', 'v1-s', 'vk'],
  [WORD_TYPE.iAdjective]: ['adj-i', 'adj-ix'],
  [WORD_TYPE.kuru]: ['vk'],
  [WORD_TYPE.suru]: ['vs-i', 'vs-s', 'vz'],
};

const MAX_STEPS = 6;

/**
 * Every form `text` may be undone to, the text itself first; each at most once (the first way
 * found, the fewest steps). 築かれた gives 築かれた, 築かれる (ichidan), 築く (godan く), …
 */
export function deinflectText(text: string): TextDeinflection[] {
  const out: TextDeinflection[] = [{ form: text, inflections: [] }];
  const seen = new Map<string, number>([[text, WORD_TYPE.initial | 0x3f]]);
  let frontier: { form: string; type: number; inflections: Inflection[]; godanEnding?: string }[] = [
    { form: text, type: WORD_TYPE.initial | 0x3f, inflections: [] },
  ];
  for (let step = 0; step < MAX_STEPS && frontier.length > 0; step++) {
    const next: typeof frontier = [];
    for (const f of frontier) {
      for (const rule of SUFFIX_RULES) {
        if ((f.type & rule.fromTypes) === 0 || !f.form.endsWith(rule.from)) continue;
        const stem = f.form.slice(0, f.form.length - rule.from.length);
        // Only する and くる may be all ending (して → する); other words keep a stem.
        if (stem === '' && (rule.toType & (WORD_TYPE.suru | WORD_TYPE.kuru)) === 0) continue;
        const form = stem + rule.to;
        const known = seen.get(form) ?? 0;
        if ((known & rule.toType) !== 0) continue;
        seen.set(form, known | rule.toType);
        // The te-form under an aspect auxiliary is part of it (食べて|いる: progressive, not te-form too).
        const undone = f.type === WORD_TYPE.teForm ? [] : rule.inflections;
        const candidate = { form, type: rule.toType, inflections: [...undone, ...f.inflections], godanEnding: rule.godanEnding };
        next.push(candidate);
        const partsOfSpeech = rule.godanEnding ? GODAN_CLASSES[rule.godanEnding] : TYPE_PARTS_OF_SPEECH[rule.toType];
        // The continuative is said only of a bare stem (書き, 調べ), as kuromoji's path says it: in
        // 築かれ it is the passive's stem, and the passive is what was undone.
        const said = candidate.inflections.length > 1 ? candidate.inflections.filter((i) => i !== 'continuative') : candidate.inflections;
        if (partsOfSpeech) out.push({ form, inflections: said, partsOfSpeech });
      }
    }
    frontier = next;
  }
  // A する verb of a noun (制裁する): EDICT lists the noun, marked vs.
  for (const d of [...out]) {
    if (d.partsOfSpeech === TYPE_PARTS_OF_SPEECH[WORD_TYPE.suru] && d.form.endsWith('する') && d.form.length > 2) {
      out.push({ form: d.form.slice(0, -2), inflections: d.inflections, partsOfSpeech: ['vs'] });
    }
  }
  return out;
}
