/**
 * The text of one entry inside the dictionary file, and its decoding.
 *
 * A record is plain text with ASCII control characters as separators (EDICT's own text holds
 * none, and the builder checks it):
 *
 *     record   = headwords US readings US sense *(US sense)
 *     headwords= [form *(RS form)]            form    = text [GS flags [GS tags]]
 *     readings = reading *(RS reading)        reading = text [GS flags [GS tags [GS applies]]]
 *     sense    = pos GS tags *(GS gloss)
 *
 * with US = U+001F, RS = U+001E, GS = U+001D; flags is "P" for EDICT's common mark or empty;
 * tags and pos are comma-separated codes; applies lists the indexes of the headwords a
 * reading is restricted to (comma-separated; empty: kana only; field absent: all headwords).
 * Trailing empty fields are left out, so a plain form is just its text.
 */
import type { DictionaryEntry, Headword, Reading, Sense } from './dictionary-entry';
import { DictionaryError } from './dictionary-error';

const US = '\u001f';
const RS = '\u001e';
const GS = '\u001d';
// eslint-disable-next-line no-control-regex -- the record format's separators are the C0 controls
const SEPARATORS = /[\u0000-\u001f]/;

/** An entry before it has an id: what the builder writes. */
export type EntryContent = Omit<DictionaryEntry, 'id'>;

/** Writes an entry as record text. Throws if a field holds a separator or is empty where it must not be. */
export function encodeEntryRecord(entry: EntryContent): string {
  if (entry.readings.length === 0) throw new Error(`entry ${describeEntry(entry)} has no reading`);
  if (entry.senses.length === 0) throw new Error(`entry ${describeEntry(entry)} has no sense`);
  const headwordIndex = new Map(entry.headwords.map((h, i) => [h.text, i]));
  const headwords = entry.headwords.map((h) => trimFields([text(h.text), h.common ? 'P' : '', codes(h.tags)])).join(RS);
  const readings = entry.readings
    .map((r) => {
      const applies =
        r.appliesTo === undefined
          ? undefined
          : r.appliesTo
              .map((k) => {
                const index = headwordIndex.get(k);
                if (index === undefined) throw new Error(`reading ${r.text} applies to unknown headword ${k}`);
                return String(index);
              })
              .join(',');
      const fields = [text(r.text), r.common ? 'P' : '', codes(r.tags)];
      return applies === undefined ? trimFields(fields) : [...fields, applies].join(GS);
    })
    .join(RS);
  const senses = entry.senses.map((s) => {
    if (s.glosses.length === 0) throw new Error(`entry ${describeEntry(entry)} has a sense without glosses`);
    return [codes(s.partsOfSpeech), codes(s.tags), ...s.glosses.map(text)].join(GS);
  });
  return [headwords, readings, ...senses].join(US);
}

/** Reads record text back into an entry. A malformed record throws a `DictionaryError`. */
export function decodeEntryRecord(id: number, record: string): DictionaryEntry {
  const parts = record.split(US);
  if (parts.length < 3) throw corrupt(id);
  const { headwords, readings } = decodeForms(id, parts[0]!, parts[1]!);
  const senses: Sense[] = [];
  for (let i = 2; i < parts.length; i++) {
    const fields = parts[i]!.split(GS);
    if (fields.length < 3) throw corrupt(id);
    senses.push({ partsOfSpeech: splitCodes(fields[0]!), tags: splitCodes(fields[1]!), glosses: fields.slice(2) });
  }
  const common = headwords.some((h) => h.common) || readings.some((r) => r.common);
  return { id, headwords, readings, senses, common };
}

/**
 * The readings of an entry from the start of its record, `forms` = headwords US readings (what
 * precedes the second US): its senses are not read. Malformed forms throw a `DictionaryError`.
 */
export function decodeEntryReadings(id: number, forms: string): Reading[] {
  const cut = forms.indexOf(US);
  if (cut < 0 || forms.indexOf(US, cut + 1) >= 0) throw corrupt(id);
  const headwordField = forms.slice(0, cut);
  // The headwords are only checked in place (each has a text): their texts are split out only
  // for a reading restricted to some of them, and their flags and tags not at all. Decoding
  // them whole was most of the cost of a word's readings on text met for the first time.
  if (!headwordTextsPresent(headwordField)) throw corrupt(id);
  let headwordTexts: string[] | undefined;
  const readings: Reading[] = [];
  for (const form of forms.slice(cut + 1).split(RS)) {
    const fields = form.split(GS);
    const reading: Reading = { text: fields[0] ?? '', common: fields[1] === 'P', tags: splitCodes(fields[2] ?? '') };
    if (reading.text === '') throw corrupt(id);
    const applies = fields[3];
    if (applies !== undefined) {
      if (applies === '') reading.appliesTo = [];
      else {
        headwordTexts ??= headwordField === '' ? [] : headwordField.split(RS).map((h) => h.split(GS, 1)[0]!);
        const texts = headwordTexts;
        reading.appliesTo = applies.split(',').map((k) => texts[Number(k)] ?? throwCorrupt(id));
      }
    }
    readings.push(reading);
  }
  return readings;
}

/** Whether every headword of a record's headword field (RS between forms, GS after a form's text) has a text: none is empty. */
function headwordTextsPresent(field: string): boolean {
  if (field === '') return true; // no headwords: a word written in kana
  // A form starts at 0 and after each RS; its text is empty where it starts at the end, at an RS or at a GS.
  let formStart = true;
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    if (formStart && (c === RS_CODE || c === GS_CODE)) return false;
    formStart = c === RS_CODE;
  }
  return !formStart;
}

const RS_CODE = 0x1e;
const GS_CODE = 0x1d;

function throwCorrupt(id: number): never {
  throw corrupt(id);
}

/** An entry's headwords and readings from their two fields of the record. */
function decodeForms(id: number, headwordField: string, readingField: string): { headwords: Headword[]; readings: Reading[] } {
  const headwords: Headword[] =
    headwordField === ''
      ? []
      : headwordField.split(RS).map((form) => {
          const [t = '', flags = '', tags = ''] = form.split(GS);
          return { text: t, common: flags === 'P', tags: splitCodes(tags) };
        });
  const readings: Reading[] = readingField.split(RS).map((form) => {
    const fields = form.split(GS);
    const reading: Reading = { text: fields[0] ?? '', common: fields[1] === 'P', tags: splitCodes(fields[2] ?? '') };
    const applies = fields[3];
    if (applies !== undefined) {
      reading.appliesTo =
        applies === ''
          ? []
          : applies.split(',').map((k) => {
              const headword = headwords[Number(k)];
              if (!headword) throw corrupt(id);
              return headword.text;
            });
    }
    return reading;
  });
  if (readings.some((r) => r.text === '') || headwords.some((h) => h.text === '')) throw corrupt(id);
  return { headwords, readings };
}

function text(value: string): string {
  if (value === '' || SEPARATORS.test(value)) throw new Error(`invalid dictionary text ${JSON.stringify(value)}`);
  return value;
}

function codes(list: readonly string[]): string {
  for (const code of list) {
    if (code === '' || code.includes(',') || SEPARATORS.test(code)) throw new Error(`invalid tag ${JSON.stringify(code)}`);
  }
  return list.join(',');
}

function splitCodes(field: string): string[] {
  return field === '' ? [] : field.split(',');
}

function trimFields(fields: string[]): string {
  let end = fields.length;
  while (end > 1 && fields[end - 1] === '') end--;
  return fields.slice(0, end).join(GS);
}

function describeEntry(entry: EntryContent): string {
  return entry.headwords[0]?.text ?? entry.readings[0]?.text ?? '(empty)';
}

function corrupt(id: number): DictionaryError {
  return new DictionaryError(
    'corrupt',
    `The Japanese–English dictionary file is damaged (entry ${id} cannot be read). Reinstall or update the extension.`,
  );
}
