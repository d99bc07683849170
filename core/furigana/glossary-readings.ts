/**
 * The geopolitical glossary as a source of readings for the reading layer: each form of a term
 * that is written with kanji, and its reading (習近平 しゅうきんぺい), for
 * `ReadingContext.glossaryReadings`. Forms are matched as the glossary matches them, with
 * ASCII width and case folded.
 */
import { formKey, lowerAsciiCode, type GlossaryTerm } from '../glossary/glossary-term';
import { halfWidthAsciiCode } from '../text/full-width';

export interface GlossaryReadingSource {
  readings: (surface: string) => readonly string[] | undefined;
  hasPrefix: (prefix: string) => boolean;
}

export function glossaryReadingSource(terms: readonly GlossaryTerm[]): GlossaryReadingSource {
  const byForm = new Map<string, string[]>();
  const prefixes = new Set<string>();
  // The code units a form key starts with: most tokens of a text start no term, and are told so
  // without building and hashing a key (formKey folds one code unit for one code unit).
  const firstUnits = new Uint8Array(0x10000);
  // And its first two, marked by `pairSlot`: a run whose first unit starts a term mostly goes on
  // as none does (of 5,056 such questions a pass over KWDLC dev, 1,646 share a term's first two units).
  const pairs = new Uint8Array(0x10000);
  for (const term of terms) {
    for (const form of term.forms) {
      if (!form.reading) continue;
      const key = formKey(form.text);
      const readings = byForm.get(key) ?? [];
      if (!readings.includes(form.reading)) readings.push(form.reading);
      byForm.set(key, readings);
      for (let n = 1; n <= key.length; n++) prefixes.add(key.slice(0, n));
      if (key.length) firstUnits[key.charCodeAt(0)] = 1;
      if (key.length > 1) pairs[pairSlot(key.charCodeAt(0), key.charCodeAt(1))] = 1;
    }
  }
  return {
    readings: (surface) => byForm.get(formKey(surface)),
    hasPrefix(prefix) {
      if (prefix.length === 0) return false;
      const first = foldedCode(prefix.charCodeAt(0));
      if (firstUnits[first] !== 1) return false;
      if (prefix.length > 1 && pairs[pairSlot(first, foldedCode(prefix.charCodeAt(1)))] !== 1) return false;
      return prefixes.has(formKey(prefix));
    },
  };
}

/** A code unit as formKey folds it. */
function foldedCode(code: number): number {
  return lowerAsciiCode(halfWidthAsciiCode(code));
}

/** Where a key's first two code units (folded) are marked. */
function pairSlot(first: number, second: number): number {
  return (first * 31 + second) & 0xffff;
}
