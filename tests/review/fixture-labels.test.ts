import { describe, expect, it } from 'vitest';
import { describedLabels } from '../../core/dictionary/edict-tags';
import type { WordInfo } from '../../core/lookup/word-info';
import { POPUP_FIXTURES } from './popup.fixture';
import * as words from './words.fixture';

/** Every word the review page and the component tests show. */
function fixtureWords(): [string, WordInfo][] {
  const fromWords = Object.entries(words).filter((e): e is [string, WordInfo] => typeof e[1] === 'object' && 'entries' in e[1]);
  return [...fromWords, ...POPUP_FIXTURES.map((f): [string, WordInfo] => [f.name, f.props.info])];
}

describe('the popup fixtures show parts of speech and labels as the popup describes them', () => {
  const { partsOfSpeech, labels } = describedLabels();

  it('finds the fixtures', () => {
    expect(fixtureWords().length).toBeGreaterThan(4);
    expect(fixtureWords().flatMap(([, w]) => w.entries.flatMap((e) => e.senses)).length).toBeGreaterThan(3);
  });

  it.each(fixtureWords())('%s', (_, word) => {
    for (const entry of word.entries) {
      for (const sense of entry.senses) {
        for (const p of sense.partsOfSpeech)
          expect(partsOfSpeech, `part of speech "${p}" of ${entry.headwords[0] ?? entry.readings[0]}`).toContain(p);
        for (const l of sense.labels) expect(labels, `label "${l}" of ${entry.headwords[0] ?? entry.readings[0]}`).toContain(l);
      }
    }
  });

  it('would catch a label no table gives', () => {
    expect(partsOfSpeech).toContain('noun that takes する');
    expect(partsOfSpeech).not.toContain('suru verb');
    expect(labels).not.toContain('figurative');
  });
});
