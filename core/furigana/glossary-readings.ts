/**
 * The geopolitical glossary as a source of readings for the reading layer: each form of a term
 * that is written with kanji, and its reading (習近平 しゅうきんぺい), for
 * `ReadingContext.glossaryReadings`. Forms are matched as the glossary matches them, with
 * ASCII width and case folded.
 */
import { formKey, type GlossaryTerm } from '../glossary/glossary-term';

export interface GlossaryReadingSource {
  readings: (surface: string) => readonly string[] | undefined;
  hasPrefix: (prefix: string) => boolean;
}

export function glossaryReadingSource(terms: readonly GlossaryTerm[]): GlossaryReadingSource {
  const byForm = new Map<string, string[]>();
  const prefixes = new Set<string>();
  for (const term of terms) {
    for (const form of term.forms) {
      if (!form.reading) continue;
      const key = formKey(form.text);
      const readings = byForm.get(key) ?? [];
      if (!readings.includes(form.reading)) readings.push(form.reading);
      byForm.set(key, readings);
      for (let n = 1; n <= key.length; n++) prefixes.add(key.slice(0, n));
    }
  }
  return {
    readings: (surface) => byForm.get(formKey(surface)),
    hasPrefix: (prefix) => prefixes.has(formKey(prefix)),
  };
}
