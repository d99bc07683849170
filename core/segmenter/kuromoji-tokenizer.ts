import DictionaryLoader from 'kuromoji/src/loader/DictionaryLoader.js';
import Tokenizer from 'kuromoji/src/Tokenizer.js';
import type { Token } from './token';

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
}

interface KuromojiTokenizer {
  tokenize(text: string): KuromojiToken[];
}

/**
 * Builds kuromoji's tokenizer from its IPADIC files, read by `readFile`. The reader is the
 * platform's part (fetch and DecompressionStream in the extension, the file system in Node);
 * everything else is kuromoji's own loader, so both load the dictionary the same way.
 */
export async function loadSegmenter(readFile: DictionaryFileReader): Promise<Segmenter> {
  const loader = new DictionaryLoader('');
  loader.loadArrayBuffer = (file: string, callback: (err: unknown, buffer?: ArrayBuffer) => void) => {
    const name = file.replace(/^.*[\\/]/, '');
    readFile(name).then(
      (buffer) => callback(null, buffer),
      (err: unknown) => callback(err),
    );
  };
  const dictionaries = await new Promise<unknown>((resolve, reject) => {
    loader.load((err: unknown, dic: unknown) => (err ? reject(err) : resolve(dic)));
  });
  const tokenizer = new Tokenizer(dictionaries) as KuromojiTokenizer;
  return {
    tokenize(text: string): Token[] {
      // kuromoji counts positions in code points; we count UTF-16 code units, as the DOM does.
      let cursor = 0;
      return tokenizer.tokenize(text).map((t) => {
        const found = text.indexOf(t.surface_form, cursor);
        const start = found < 0 ? cursor : found;
        cursor = start + t.surface_form.length;
        return toToken(t, start);
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
  };
}
