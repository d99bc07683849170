// kuromoji's internal modules: its dictionary classes and tokenizer, loaded with our own file reader.
declare module 'kuromoji/src/dict/DynamicDictionaries.js' {
  class DynamicDictionaries {
    loadTrie(base: Int32Array, check: Int32Array): this;
    loadTokenInfoDictionaries(tokenInfo: Uint8Array, pos: Uint8Array, targetMap: Uint8Array): this;
    loadConnectionCosts(cc: Int16Array): this;
    loadUnknownDictionaries(
      unk: Uint8Array,
      unkPos: Uint8Array,
      unkMap: Uint8Array,
      catMap: Uint8Array,
      compatCatMap: Uint32Array,
      invokeDef: Uint8Array,
    ): this;
  }
  export default DynamicDictionaries;
}
declare module 'kuromoji/src/Tokenizer.js' {
  class Tokenizer {
    constructor(dic: unknown);
  }
  export default Tokenizer;
}
