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
  for (const term of terms) {
    for (const form of term.forms) {
      if (!form.reading) continue;
      const key = formKey(form.text);
      const readings = byForm.get(key) ?? [];
      if (!readings.includes(form.reading)) readings.push(form.reading);
      byForm.set(key, readings);
      for (let n = 1; n <= key.length; n++) prefixes.add(key.slice(0, n));
      if (key.length) firstUnits[key.charCodeAt(0)] = 1;
    }
  }
  return {
    readings: (surface) => byForm.get(formKey(surface)),
    hasPrefix: (prefix) =>
      prefix.length > 0 && firstUnits[lowerAsciiCode(halfWidthAsciiCode(prefix.charCodeAt(0)))] === 1 && prefixes.has(formKey(prefix)),
  };
}
