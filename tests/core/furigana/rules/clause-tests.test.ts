import { beforeAll, describe, expect, it } from 'vitest';
import { CLAUSE_TESTS } from '../../../../core/furigana/rules/clause-tests';
import type { Segmenter } from '../../../../core/segmenter/kuromoji-tokenizer';
import { nodeSegmenter } from '../../../support/node-segmenter';

describe('clause tests', () => {
  let segmenter: Segmenter;
  beforeAll(async () => {
    segmenter = await nodeSegmenter();
  }, 60_000);

  /** The clause test `name` on the first token whose surface is `word` in `text`. */
  const holds = (name: keyof typeof CLAUSE_TESTS, text: string, word: string): boolean => {
    const tokens = segmenter.tokenize(text);
    const i = tokens.findIndex((t) => t.surface === word);
    expect(i, `no token ${word} in ${text}`).toBeGreaterThanOrEqual(0);
    return CLAUSE_TESTS[name](tokens, i);
  };

  it('finds no object where the clause has none, and one across a time and a particle', () => {
    expect(holds('noObjectBefore', 'きっと途中で止めてしまう。', '止め')).toBe(true);
    expect(holds('noObjectBefore', '動画を途中で止めて見直す。', '止め')).toBe(false);
  });

  it('takes a way one goes along with を for no object, and a thing done for one', () => {
    expect(holds('pathOrNoObject', '正面の道を１０分ほど行った所にある。', '行っ')).toBe(true);
    expect(holds('pathOrNoObject', 'ここから３キロほど行って右に曲がる。', '行っ')).toBe(true);
    expect(holds('pathOrNoObject', '毎朝ストレッチを１０分ほど行っている。', '行っ')).toBe(false);
  });

  it('takes a thing done as the topic for an object', () => {
    expect(holds('pathOrNoObject', 'この体操は１日１０分ほど行ってください。', '行っ')).toBe(false);
    expect(holds('noObjectBefore', '説明会は先月行ったところです。', '行っ')).toBe(false);
    expect(holds('noObjectBefore', '家族で行ったら混んでいた。', '行っ')).toBe(true);
  });

  it('stops at the verb before: an object of an earlier clause is not this one’s', () => {
    expect(holds('noObjectBefore', '本を読んだ後、途中で止めてしまう。', '止め')).toBe(true);
  });
});
