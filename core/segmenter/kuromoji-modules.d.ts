// kuromoji's internal modules: its dictionary classes and tokenizer, loaded with our own file reader.
declare module 'kuromoji/src/dict/DynamicDictionaries.js' {
  class DynamicDictionaries {
    token_info_dictionary: {
      loadDictionary(tokenInfo: Uint8Array): unknown;
      loadPosVector(pos: Uint8Array): unknown;
      target_map: unknown;
      /** Where kuromoji reads token features: its ByteBuffer over tid_pos.dat, or our compact reader. */
      pos_buffer: { getString(offset: number): string };
      getFeatures(tokenInfoId: string | number): string;
    };
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
declare module 'kuromoji/src/dict/TokenInfoDictionary.js' {
  class TokenInfoDictionary {
    /** trie id → token info ids, as kuromoji's own loader makes it (tests compare with it). */
    target_map: Record<number, number[]>;
    loadTargetMap(targetMap: Uint8Array): this;
  }
  export default TokenInfoDictionary;
}
