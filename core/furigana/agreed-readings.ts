/**
 * Readings two sources other than kuromoji agree on against IPADIC's: UniDic reads the written
 * form one way only and EDICT lists that reading and not IPADIC's (東端 ひがしばた → とうたん,
 * 港町 みなとちょう → みなとまち, 煽ら あふら → あおら), or EDICT's first common reading is UniDic's
 * likeliest and IPADIC's is not common (緑色 りょくしょく → みどりいろ), or JumanDIC reads the form one
 * way only and it is UniDic's likeliest (大連 たいれん → だいれん, 鳥栖 とりす → とす). The rows are generated
 * (rules/agreed-readings-table.ts, by dict/readings/build-agreed-readings.ts); this file only
 * looks them up. The reading layer's fallback asks it for a token it would otherwise read as
 * kuromoji does.
 */
import type { Token } from '../segmenter/token';
import { toHiragana } from '../text/kana';
import { AGREED_READING_ROWS } from './rules/agreed-readings-table';

interface AgreedRow {
  /** IPADIC's part of speech and first subdivision, `pos,pos1` (名詞,固有名詞). */
  partOfSpeech: string;
  /** IPADIC's reading of the entry (hiragana): the row applies only where kuromoji chose that entry. */
  own: string;
  /** The reading the sources agree on (hiragana). */
  reading: string;
}

let rowsBySurface: Map<string, AgreedRow[]> | undefined;
/**
 * Marks, by `pairSlot`, the first two code units of the rows' written forms: most tokens the
 * fallback asks about (8,063 a pass over KWDLC dev, 232 of 10,467 known tokens sharing a row's
 * first two units) are told no without hashing their surface for the map.
 */
const pairs = new Uint8Array(0x10000);

/** Where a written form's first two code units (it has two or more) are marked in `pairs`. */
function pairSlot(surface: string): number {
  return (surface.charCodeAt(0) * 31 + surface.charCodeAt(1)) & 0xffff;
}

/** The table parsed once, on first use: written form → its rows. */
function rows(): Map<string, AgreedRow[]> {
  if (rowsBySurface) return rowsBySurface;
  rowsBySurface = new Map();
  for (const line of AGREED_READING_ROWS.split('\n')) {
    const [surface, partOfSpeech, own, reading] = line.split('\t'); // the fifth column, the kind, documents the row
    if (!surface || !partOfSpeech || !own || !reading) continue;
    if (surface.length >= 2) pairs[pairSlot(surface)] = 1;
    const list = rowsBySurface.get(surface);
    const row = { partOfSpeech, own, reading };
    if (list) list.push(row);
    else rowsBySurface.set(surface, [row]);
  }
  return rowsBySurface;
}

/**
 * The agreed reading (hiragana) of a token kuromoji found in IPADIC, where the table has a row for
 * its written form, part of speech and IPADIC reading; undefined otherwise (unknown words too).
 */
export function agreedReading(token: Token): string | undefined {
  if (!token.known || token.surface.length < 2) return undefined;
  const table = rows();
  if (pairs[pairSlot(token.surface)] === 0) return undefined;
  const candidates = table.get(token.surface);
  if (!candidates) return undefined;
  const own = toHiragana(token.reading);
  const partOfSpeech = `${token.pos},${token.pos1}`;
  return candidates.find((r) => r.own === own && r.partOfSpeech === partOfSpeech)?.reading;
}
