import { describe, expect, it } from 'vitest';
import { toHiragana } from '../../core/text/kana';
import { hasKanji } from '../../core/text/kana';
import { bundledEdict } from '../../dict/edict/node-edict';
import { bundledGlossary } from '../../dict/glossary/glossary';

/** Every reading EDICT gives `text` as a headword (kanji spelling), in hiragana; empty when it is not one. */
function edictReadings(text: string): string[] {
  const dict = bundledEdict();
  const readings = new Set<string>();
  for (const match of dict.matches(text)) {
    if (match.isReading) continue;
    const entry = dict.entry(match.entryId);
    const headword = entry.headwords.find((h) => h.text === text || toHiragana(h.text) === toHiragana(text));
    if (!headword) continue;
    for (const r of entry.readings) {
      if (!r.appliesTo || r.appliesTo.includes(headword.text)) readings.add(toHiragana(r.text));
    }
  }
  return [...readings];
}

describe('glossary readings agree with EDICT', () => {
  const forms = bundledGlossary().flatMap((term) =>
    term.forms.filter((f) => hasKanji(f.text)).map((f) => ({ id: term.id, text: f.text, reading: f.reading! })),
  );

  it('checks a good share of the glossary against EDICT', () => {
    const inEdict = forms.filter((f) => edictReadings(f.text).length > 0);
    // Names of people and many compounds are not EDICT headwords; the common words are.
    expect(inEdict.length).toBeGreaterThan(100);
  });

  it("gives every kanji form that EDICT lists one of EDICT's readings for it", () => {
    const mismatches = forms.flatMap((f) => {
      const readings = edictReadings(f.text);
      // The glossary keeps a form's katakana as katakana in its reading; EDICT's are compared in hiragana, without ・.
      if (readings.length === 0 || readings.includes(toHiragana(f.reading).replace(/・/g, ''))) return [];
      return [`${f.id}: ${f.text} is read ${f.reading} in the glossary, EDICT has ${readings.join(', ')}`];
    });
    expect(mismatches, mismatches.join('\n')).toEqual([]);
  });
});
