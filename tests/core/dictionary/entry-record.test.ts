import { describe, expect, it } from 'vitest';
import { decodeEntryReadings, decodeEntryRecord, encodeEntryRecord } from '../../../core/dictionary/entry-record';
import { DictionaryError } from '../../../core/dictionary/dictionary-error';
import { SAMPLE_ENTRIES } from './sample-entries';

describe('entry records', () => {
  it('round-trips every field, restrictions and tags included', () => {
    SAMPLE_ENTRIES.forEach((entry, id) => {
      expect(decodeEntryRecord(id, encodeEntryRecord(entry))).toEqual({ id, ...entry });
    });
  });

  it('reads the readings of an entry from the start of its record alone', () => {
    SAMPLE_ENTRIES.forEach((entry, id) => {
      const record = encodeEntryRecord(entry);
      const forms = record.slice(0, record.indexOf('\u001f', record.indexOf('\u001f') + 1));
      expect(decodeEntryReadings(id, forms)).toEqual(entry.readings);
    });
    expect(() => decodeEntryReadings(7, 'only one field')).toThrow(/entry 7/);
    expect(() => decodeEntryReadings(7, '東京\u001fとうきょう\u001fn\u001d\u001dcapital')).toThrow(DictionaryError);
    expect(() => decodeEntryReadings(7, '東京\u001fとうきょう\u001d\u001d\u001d3')).toThrow(DictionaryError);
  });

  it('checks every headword of the readings alone, as the whole record is checked', () => {
    // Headwords are checked in place (each has a text), and split out only for a restricted reading.
    const forms = (headwords: string, readings: string) => `${headwords}\u001f${readings}`;
    expect(decodeEntryReadings(1, forms('東京\u001dP\u001dtag\u001e東亰', 'とうきょう\u001dP\u001d\u001d1'))).toEqual([
      { text: 'とうきょう', common: true, tags: [], appliesTo: ['東亰'] },
    ]);
    expect(decodeEntryReadings(1, forms('', 'とうきょう\u001d\u001d\u001d'))).toEqual([
      { text: 'とうきょう', common: false, tags: [], appliesTo: [] },
    ]);
    for (const headwords of ['\u001e東京', '東京\u001e', '東京\u001e\u001e東亰', '\u001dP', '東京\u001e\u001dP']) {
      const record = forms(headwords, 'とうきょう');
      expect(() => decodeEntryReadings(1, record), JSON.stringify(headwords)).toThrow(DictionaryError);
      expect(() => decodeEntryRecord(1, `${record}\u001fn\u001d\u001dgloss`), JSON.stringify(headwords)).toThrow(DictionaryError);
    }
    expect(() => decodeEntryReadings(1, forms('東京', ''))).toThrow(DictionaryError);
    expect(() => decodeEntryReadings(1, forms('東京', 'とうきょう\u001d\u001d\u001dx'))).toThrow(DictionaryError);
  });

  it('keeps a kana-only restriction apart from an unrestricted reading', () => {
    const gate = decodeEntryRecord(0, encodeEntryRecord(SAMPLE_ENTRIES[4]!));
    expect(gate.readings[0]!.appliesTo).toBeUndefined();
    expect(gate.readings[1]!.appliesTo).toEqual([]);
  });

  it('refuses text that would break the record', () => {
    const bad = { ...SAMPLE_ENTRIES[0]!, senses: [{ partsOfSpeech: ['n'], tags: [], glosses: ['a\u001fb'] }] };
    expect(() => encodeEntryRecord(bad)).toThrow(/invalid dictionary text/);
    expect(() => encodeEntryRecord({ ...SAMPLE_ENTRIES[0]!, readings: [] })).toThrow(/no reading/);
    expect(() => encodeEntryRecord({ ...SAMPLE_ENTRIES[0]!, senses: [] })).toThrow(/no sense/);
    const restricted = { ...SAMPLE_ENTRIES[0]!, readings: [{ text: 'x', common: false, tags: [], appliesTo: ['無い'] }] };
    expect(() => encodeEntryRecord(restricted)).toThrow(/unknown headword/);
  });

  it('reports a malformed record as a damaged dictionary', () => {
    expect(() => decodeEntryRecord(7, 'only one field')).toThrow(DictionaryError);
    expect(() => decodeEntryRecord(7, 'only one field')).toThrow(/entry 7/);
    expect(() => decodeEntryRecord(3, '東京\u001fとうきょう\u001fn')).toThrow(DictionaryError);
  });
});
