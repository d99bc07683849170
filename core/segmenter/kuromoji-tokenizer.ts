import DynamicDictionaries from 'kuromoji/src/dict/DynamicDictionaries.js';
import Tokenizer from 'kuromoji/src/Tokenizer.js';
import type { Token } from './token';
import { DICTIONARY_FILES } from './ipadic-files';
import { targetMapOf } from './target-map';
import { compactFeatureReader, isCompactFeatures } from './compact-features';

/** Characters kuromoji crashes on: lone surrogates (its trie cannot encode them) and NUL-like controls. */
// eslint-disable-next-line no-control-regex -- these controls are exactly what kuromoji cannot take
const UNSAFE_CHARACTER = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/**
 * Characters outside the BMP that are no kanji (emoji, flags: 🇯🇵, symbols): kuromoji counts a
 * character's length in code points where its lattice walks code units, and the words after such
 * a character are lost or misread (政府は🇯🇵を発表: を and 発 lost, 表 read あらわ). Astral kanji
 * (U+20000–U+3FFFF) are folded to a BMP stand-in before they reach it (core/text/lookup-folding.ts).
 */
const ASTRAL_NON_KANJI = /(?![\u{20000}-\u{3FFFF}])[\u{10000}-\u{10FFFF}]/gu;
/** What kuromoji is given for each code unit of such a character: U+FFFC, which it reads as a symbol. */
const ASTRAL_STAND_IN = '\uFFFC\uFFFC';

/** Reads one of kuromoji's dictionary files (for example `base.dat.gz`) into memory, decompressed. */
export type DictionaryFileReader = (fileName: string) => Promise<ArrayBuffer>;

/** A loaded morphological analyser. */
export interface Segmenter {
  tokenize(text: string): Token[];
}

interface KuromojiToken {
  word_type: 'KNOWN' | 'UNKNOWN';
  surface_form: string;
  pos: string;
  pos_detail_1: string;
  pos_detail_2: string;
  conjugated_type: string;
  conjugated_form: string;
  basic_form: string;
  reading?: string;
  pronunciation?: string;
}

interface KuromojiTokenizer {
  tokenize(text: string): KuromojiToken[];
}

/**
 * Builds kuromoji's tokenizer from its IPADIC files, read by `readFile`. The reader is the
 * platform's part (fetch and DecompressionStream in the extension, the file system in Node).
 * kuromoji's own loader is not used: it needs Node's `path` and reads the files through a
 * callback library; this reads all twelve files at once and hands the buffers to kuromoji's
 * dictionary classes as its loader does, but for the target map, which is read in place
 * (target-map.ts) instead of made into one array per surface, and for the features, read through
 * compact-features.ts when they come in the shipped compact form (shipped-ipadic.ts).
 */
export async function loadSegmenter(readFile: DictionaryFileReader): Promise<Segmenter> {
  const [base, check, tid, tidPos, tidMap, cc, unk, unkPos, unkMap, unkChar, unkCompat, unkInvoke] = await Promise.all(
    DICTIONARY_FILES.map(async (name) => {
      const buffer = await readFile(name);
      if (buffer.byteLength === 0) throw new Error(`${name} is empty`);
      return buffer;
    }),
  );
  const dic = new DynamicDictionaries();
  dic.loadTrie(new Int32Array(base!), new Int32Array(check!));
  // kuromoji's loadTokenInfoDictionaries, but with the target map read in place (target-map.ts).
  dic.token_info_dictionary.loadDictionary(new Uint8Array(tid!));
  const features = new Uint8Array(tidPos!);
  // The shipped form of the features (compact-features.ts), read in place; or the package's own file.
  if (isCompactFeatures(features)) dic.token_info_dictionary.pos_buffer = compactFeatureReader(features);
  else dic.token_info_dictionary.loadPosVector(features);
  dic.token_info_dictionary.target_map = targetMapOf(new Uint8Array(tidMap!));
  dic.loadConnectionCosts(new Int16Array(cc!));
  dic.loadUnknownDictionaries(
    new Uint8Array(unk!),
    new Uint8Array(unkPos!),
    new Uint8Array(unkMap!),
    new Uint8Array(unkChar!),
    new Uint32Array(unkCompat!),
    new Uint8Array(unkInvoke!),
  );
  const tokenizer = new Tokenizer(dic) as unknown as KuromojiTokenizer;
  return {
    tokenize(original: string): Token[] {
      // The replacement characters have the same length, so offsets stay those of the page's text.
      const safe = original.replace(UNSAFE_CHARACTER, '\uFFFD');
      const text = safe.replace(ASTRAL_NON_KANJI, ASTRAL_STAND_IN);
      // kuromoji counts positions in code points; we count UTF-16 code units, as the DOM does.
      let cursor = 0;
      return tokenizer.tokenize(text).map((t) => {
        const found = text.indexOf(t.surface_form, cursor);
        const start = found < 0 ? cursor : found;
        cursor = start + t.surface_form.length;
        const token = toToken(t, start);
        // A stand-in's token shows the page's own characters.
        if (text === safe || !t.surface_form.includes('\uFFFC')) return token;
        const surface = safe.slice(start, cursor);
        return { ...token, surface, basicForm: surface };
      });
    },
  };
}

function toToken(t: KuromojiToken, start: number): Token {
  return {
    surface: t.surface_form,
    start,
    pos: t.pos,
    pos1: t.pos_detail_1,
    pos2: t.pos_detail_2,
    conjugationType: t.conjugated_type,
    conjugationForm: t.conjugated_form,
    basicForm: t.basic_form === '*' ? t.surface_form : t.basic_form,
    reading: t.reading && t.reading !== '*' ? t.reading : '',
    known: t.word_type === 'KNOWN',
    ...(t.pronunciation && t.pronunciation !== '*' ? { pronunciation: t.pronunciation } : {}),
  };
}
