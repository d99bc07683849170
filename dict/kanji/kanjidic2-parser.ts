/**
 * Reads KANJIDIC2's XML (EDRDG; DTD in the file's own header) into Yomu's kanji entries, with
 * the `sax` parser (a kept library: a streaming, strict XML parser, so entities such as &amp;
 * and the DTD are handled by it, not by our own code).
 *
 * Kept per `<character>`: `<literal>`; `<meaning>` without `m_lang` (English); `<reading>` of
 * r_type ja_on / ja_kun; `<nanori>`; the first `<stroke_count>` (later ones are common
 * miscounts); `<grade>`, `<jlpt>`; `<rad_value rad_type="classical">`; and `<variant>`s
 * of var_type jis208, jis212, jis213 and ucs, resolved to the literals they name through every
 * character's `<cp_value>` codes (a UCS code names its character even without an entry; a JIS
 * code naming no character of the file is dropped). Variants
 * given only as dictionary numbers (nelson_c, deroo, njecd, oneill, s_h) are left out.
 */
import sax from 'sax';
import type { KanjiEntry } from '../../core/kanji/kanji-entry';

export interface Kanjidic2Header {
  fileVersion?: string;
  databaseVersion?: string;
  dateOfCreation?: string;
}

export interface Kanjidic2 {
  header: Kanjidic2Header;
  /** One entry per `<character>`, in the file's order. */
  entries: KanjiEntry[];
  /** Variant codes (type:code) that named no character of the file. */
  unresolvedVariants: string[];
  /**
   * KANJIDIC2's `<freq>` ranks (1–2,500, newspapers) by literal: for the variant builder's choice
   * of fold direction only. Never shipped: their author allows no commercial use (dict/kanji/LICENSE).
   */
  frequency: ReadonlyMap<string, number>;
  /** The literals with a JIS X 0208 code: the character set IPADIC and EDICT are written in. */
  jis208: ReadonlySet<string>;
}

/** The code systems whose variant codes are resolved (KANJIDIC2's cp_type / var_type names). */
const RESOLVED_VARIANT_TYPES = new Set(['jis208', 'jis212', 'jis213', 'ucs']);

interface Draft {
  literal: string;
  meanings: string[];
  on: string[];
  kun: string[];
  nanori: string[];
  strokes?: number;
  grade?: number;
  jlpt?: number;
  radical?: number;
  /** "type:code" keys, resolved once the whole file is read. */
  variantCodes: string[];
}

/** A code as a lookup key: kuten codes as written (1-26-59), ucs as the code point's number. */
function codeKey(type: string, code: string): string {
  return type === 'ucs' ? `ucs:${parseInt(code, 16)}` : `${type}:${code.trim()}`;
}

/**
 * Parses a whole KANJIDIC2 document.
 * @throws Error on malformed XML (sax's message, with line and column).
 */
export function parseKanjidic2(xml: string): Kanjidic2 {
  const parser = sax.parser(true, { trim: false });
  const header: Kanjidic2Header = {};
  const drafts: Draft[] = [];
  const byCode = new Map<string, string>();
  const jis208 = new Set<string>();
  const frequency = new Map<string, number>();
  let draft: Draft | undefined;
  let element: { name: string; attributes: Record<string, string> } | undefined;
  let text = '';
  let inHeader = false;

  parser.onerror = (err) => {
    throw err;
  };
  parser.onopentag = (tag) => {
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attributes[k] = String(v);
    if (tag.name === 'header') inHeader = true;
    if (tag.name === 'character') {
      draft = { literal: '', meanings: [], on: [], kun: [], nanori: [], variantCodes: [] };
    }
    element = { name: tag.name, attributes };
    text = '';
  };
  parser.ontext = (t) => {
    text += t;
  };
  parser.oncdata = (t) => {
    text += t;
  };
  parser.onclosetag = (name) => {
    const value = text.trim();
    const attributes = element?.name === name ? element.attributes : {};
    text = '';
    if (name === 'header') inHeader = false;
    if (inHeader) {
      if (name === 'file_version') header.fileVersion = value;
      if (name === 'database_version') header.databaseVersion = value;
      if (name === 'date_of_creation') header.dateOfCreation = value;
      return;
    }
    if (!draft) return;
    const number = () => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) throw new Error(`${draft!.literal}: <${name}> is not a number: ${value}`);
      return n;
    };
    switch (name) {
      case 'literal':
        draft.literal = value;
        break;
      case 'cp_value':
        if (attributes.cp_type) byCode.set(codeKey(attributes.cp_type, value), draft.literal);
        if (attributes.cp_type === 'jis208') jis208.add(draft.literal);
        break;
      case 'rad_value':
        if (attributes.rad_type === 'classical') draft.radical = number();
        break;
      case 'grade':
        draft.grade = number();
        break;
      case 'stroke_count':
        draft.strokes ??= number();
        break;
      case 'freq':
        frequency.set(draft.literal, number());
        break;
      case 'jlpt':
        draft.jlpt = number();
        break;
      case 'variant':
        if (attributes.var_type && RESOLVED_VARIANT_TYPES.has(attributes.var_type)) {
          draft.variantCodes.push(codeKey(attributes.var_type, value));
        }
        break;
      case 'reading':
        if (attributes.r_type === 'ja_on') draft.on.push(value);
        if (attributes.r_type === 'ja_kun') draft.kun.push(value);
        break;
      case 'meaning':
        if (attributes.m_lang === undefined) draft.meanings.push(value);
        break;
      case 'nanori':
        draft.nanori.push(value);
        break;
      case 'character':
        if (!draft.literal) throw new Error('a <character> without <literal>');
        drafts.push(draft);
        draft = undefined;
        break;
    }
  };
  parser.write(xml).close();

  const unresolvedVariants: string[] = [];
  const entries = drafts.map(({ variantCodes, ...rest }): KanjiEntry => {
    const variants: string[] = [];
    for (const code of variantCodes) {
      // A UCS code names its character even where the file has no entry for it (历, 綠).
      const literal = byCode.get(code) ?? (code.startsWith('ucs:') ? String.fromCodePoint(Number(code.slice(4))) : undefined);
      if (literal === undefined) unresolvedVariants.push(`${rest.literal} ${code}`);
      else if (literal !== rest.literal && !variants.includes(literal)) variants.push(literal);
    }
    return { ...rest, variants };
  });
  return { header, entries, unresolvedVariants, jis208, frequency };
}
