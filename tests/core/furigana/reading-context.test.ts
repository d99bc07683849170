import { describe, expect, it } from 'vitest';
import { loadDictionary } from '../../../core/dictionary/packed-dictionary';
import { encodeDictionaryFile } from '../../../core/dictionary/edict-format';
import { createReadingContext } from '../../../core/furigana/reading-context';
import type { GlossaryTerm } from '../../../core/glossary/glossary-term';
import { nameReadingSource } from '../../../core/furigana/name-readings';
import { agreedReading } from '../../../core/furigana/agreed-readings';

const glossary: GlossaryTerm[] = [
  { id: 'tianjin', en: 'Tianjin', category: 'place', forms: [{ text: '天津', reading: 'てんしん' }], explanation: 'A city.', related: [] },
];
const dictionary = loadDictionary(
  encodeDictionaryFile(
    [
      {
        headwords: [{ text: '天津', common: false, tags: [] }],
        readings: [{ text: 'あまつ', common: false, tags: [] }],
        senses: [{ partsOfSpeech: ['n'], tags: [], glosses: ['heavenly'] }],
        common: false,
      },
    ],
    { source: 'test', publisher: 'test', created: '2025-01-01', licence: 'none', origin: 'test' },
  ),
);

describe('createReadingContext', () => {
  it('wires the glossary and the dictionary into the lookups the layer uses', () => {
    const context = createReadingContext({ glossary, dictionary });
    expect(context.glossaryReadings?.('天津')).toEqual(['てんしん']);
    expect(context.glossaryHasPrefix?.('天')).toBe(true);
    expect(context.dictionaryReadings?.('天津')).toEqual(['あまつ']);
    expect(context.dictionaryHasPrefix?.('天')).toBe(true);
    expect(context.dictionaryCommonCount?.('天津')).toBe(0);
  });

  it("wires people's names and family names", () => {
    const context = createReadingContext({ names: nameReadingSource('了平\tりょうへい\n垂水\t\ts\n智子\tともこ,さとこ\tu\n') });
    expect(context.nameReadings?.('了平')).toEqual(['りょうへい']);
    expect(context.isSurname?.('垂水')).toBe(true);
    expect(context.usualNameReading?.('智子')).toBe('ともこ');
    expect(Object.keys(context)).toEqual(['agreedReading', 'nameReadings', 'isSurname', 'usualNameReading', 'placeReading']);
  });

  it('leaves out what is not loaded; the bundled agreed-readings table is always there', () => {
    expect(createReadingContext({})).toEqual({ agreedReading });
    expect(Object.keys(createReadingContext({ glossary }))).toEqual(['agreedReading', 'glossaryReadings', 'glossaryHasPrefix']);
  });
});
