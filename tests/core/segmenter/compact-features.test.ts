import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import DynamicDictionaries from 'kuromoji/src/dict/DynamicDictionaries.js';
import { compactFeatureReader, compactFeatures, isCompactFeatures } from '../../../core/segmenter/compact-features';
import { loadSegmenter } from '../../../core/segmenter/kuromoji-tokenizer';
import { readKuromojiFile, readShippedKuromojiFile } from '../../../dict/node-kuromoji';

/** tid.dat and tid_pos.dat for `strings`, laid out as kuromoji's builder writes them (one record each, in order). */
function tinyDictionary(strings: string[]): { tokenInfo: Uint8Array; features: Uint8Array; offsets: number[] } {
  const encoder = new TextEncoder();
  const parts = strings.map((s) => encoder.encode(`${s}\0`));
  const features = new Uint8Array(parts.reduce((n, p) => n + p.length, 0) + 64);
  const tokenInfo = new Uint8Array(10 * strings.length + 40);
  const view = new DataView(tokenInfo.buffer);
  let at = 0;
  parts.forEach((p, k) => {
    features.set(p, at);
    view.setInt16(10 * k, k + 1, true);
    view.setInt16(10 * k + 2, k + 2, true);
    view.setInt16(10 * k + 4, -k, true);
    view.setInt32(10 * k + 6, at, true);
    at += p.length;
  });
  return { tokenInfo, features, offsets: strings.map((_, k) => 10 * k) };
}

function featureAt(tokenInfo: Uint8Array, record: number): number {
  return new DataView(tokenInfo.buffer, tokenInfo.byteOffset).getInt32(record + 6, true);
}

describe('compactFeatures', () => {
  it('gives back every kind of feature string exactly', () => {
    const strings = [
      '制裁,名詞,サ変接続,*,*,*,*,制裁,セイサイ,セイサイ', // basic form = surface, pronunciation = reading
      '語っ,動詞,自立,*,*,五段・ラ行,連用タ接続,語る,カタッ,カタッ', // basic form differs
      'は,助詞,係助詞,*,*,*,*,は,ハ,ワ', // pronunciation differs
      'ＡＢＣ,名詞,固有名詞,組織,*,*,*,ＡＢＣ,エービーシー,エービースィー',
      'ゔ,名詞,一般,*,*,*,*,ゔ,ヴ,ヴ', // ヴ is U+30F4, inside the packed range
      'ヽ,記号,一般,*,*,*,*,ヽ,ヽ,ヽ', // U+30FD
      'ー,名詞,一般,*,*,*,*,ー,ー,ー', // U+30FC
      'x,名詞,一般,*,*,*,*,x,,', // empty reading and pronunciation
      'y,名詞,一般,*,*,*,*,y,ワイ,', // pronunciation empty, reading not
      'ひらがな,名詞,一般,*,*,*,*,ひらがな,ひらがな,ひらがな', // a reading in hiragana is kept as UTF-8
      'Ａ・Ｂ,名詞,一般,*,*,*,*,Ａ・Ｂ,エー・ビー,エー・ビー', // ・ is U+30FB: packed
      '𠮟る,動詞,自立,*,*,五段・ラ行,基本形,𠮟る,シカル,シカル', // astral surface
      ',,記号,読点,*,*,*,*,,,', // a comma surface: not ten fields, kept whole
      'short,名詞,一般', // few fields, kept whole
      '',
    ];
    const { tokenInfo, features, offsets } = tinyDictionary(strings);
    const compact = compactFeatures(tokenInfo, features);
    expect(isCompactFeatures(compact.features)).toBe(true);
    expect(isCompactFeatures(features)).toBe(false);
    const reader = compactFeatureReader(compact.features);
    offsets.forEach((record, k) => expect(reader.getString(featureAt(compact.tokenInfo, record))).toBe(strings[k]));
    // Only the feature offsets change; the costs and ids stay.
    offsets.forEach((record) =>
      expect([...compact.tokenInfo.subarray(record, record + 6)]).toEqual([...tokenInfo.subarray(record, record + 6)]),
    );
    // The input is not written to.
    expect(featureAt(tokenInfo, offsets[1]!)).toBe(new TextEncoder().encode(`${strings[0]}\0`).length);
  });

  it('refuses a record that points outside the features', () => {
    const { tokenInfo, features } = tinyDictionary(['a,b,c,d,e,f,g,a,ア,ア']);
    new DataView(tokenInfo.buffer).setInt32(6, features.length + 5, true);
    expect(() => compactFeatures(tokenInfo, features)).toThrow(/outside/);
  });

  it('refuses a file that is not compact', () => {
    expect(() => compactFeatureReader(new TextEncoder().encode('制裁,名詞\0'))).toThrow(/not a compact/);
  });
});

describe("IPADIC's features in the shipped compact form", () => {
  it('gives every one of the 392,126 token infos the string kuromoji reads from its own file', async () => {
    const [tid, tidPos, shippedTid, shippedPos] = await Promise.all([
      readKuromojiFile('tid.dat.gz'),
      readKuromojiFile('tid_pos.dat.gz'),
      readShippedKuromojiFile('tid.dat.gz'),
      readShippedKuromojiFile('tid_pos.dat.gz'),
    ]);
    const own = new DynamicDictionaries().token_info_dictionary;
    own.loadDictionary(new Uint8Array(tid));
    own.loadPosVector(new Uint8Array(tidPos));
    const compact = new DynamicDictionaries().token_info_dictionary;
    compact.loadDictionary(new Uint8Array(shippedTid));
    compact.pos_buffer = compactFeatureReader(new Uint8Array(shippedPos));
    // Compared in chunks: one expect per record would take minutes.
    let checked = 0;
    let differing: string[] = [];
    for (let id = 0; id + 10 <= shippedTid.byteLength; id += 10) {
      if (new DataView(shippedTid, id, 10).getInt32(6, true) === 0 && id > 0) break;
      const a = own.getFeatures(id);
      const b = compact.getFeatures(id);
      if (a !== b) differing = [...differing, `${id}: ${a} ≠ ${b}`];
      checked++;
    }
    expect(differing).toEqual([]);
    expect(checked).toBe(392_126);
    expect(shippedPos.byteLength).toBeLessThan(tidPos.byteLength / 3);
  });

  it('tokenizes the article and text of every kind as the package files do', async () => {
    const samples = [
      readFileSync(new URL('../../fixtures/article.ja.txt', import.meta.url), 'utf8'),
      'ＮＡＴＯ加盟国はウクライナ支援を続け、ｶﾀｶﾅのﾃﾚﾋﾞや𠮟られた子、ABC123、３．５％、☆♪、ゞゝ々〆。',
      '彼は「行かなければならなかった」と言いましたが、誰も信じてくれませんでした。食べさせられたくない。',
      'ぴえん草生えるｗｗｗ、バズった件。ググれカス！ヤバくね？ギリシャ文字αβγ、キリル文字Жд、한국어、ไทย。',
      '平成三十一年四月一日、令和元年五月一日。１２３４５６７８９０円、1,234.5km、午前９時３０分。',
    ];
    const [own, shipped] = await Promise.all([loadSegmenter(readKuromojiFile), loadSegmenter(readShippedKuromojiFile)]);
    for (const text of samples) expect(shipped.tokenize(text)).toEqual(own.tokenize(text));
  });
});
