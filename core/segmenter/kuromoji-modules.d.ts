// kuromoji's internal modules, used to load its dictionary with our own file reader.
declare module 'kuromoji/src/loader/DictionaryLoader.js' {
  class DictionaryLoader {
    constructor(dicPath: string);
    loadArrayBuffer: (file: string, callback: (err: unknown, buffer?: ArrayBuffer) => void) => void;
    load(callback: (err: unknown, dic: unknown) => void): void;
  }
  export default DictionaryLoader;
}
declare module 'kuromoji/src/Tokenizer.js' {
  class Tokenizer {
    constructor(dic: unknown);
  }
  export default Tokenizer;
}
