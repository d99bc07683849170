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
