import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchText, searchWord } from '../../../core/dictionary/word-search';
import type { SearchResult } from '../../../core/dictionary/search-result';
import type { Segmenter } from '../../../core/segmenter/kuromoji-tokenizer';
import type { Token } from '../../../core/segmenter/token';
import { bundledEdict } from '../../../dict/edict/node-edict';
import { nodeSegmenter } from '../../support/node-segmenter';

const ARTICLE = readFileSync(new URL('../../fixtures/article.ja.txt', import.meta.url), 'utf8');
const dict = bundledEdict();
let segmenter: Segmenter;
beforeAll(async () => {
  segmenter = await nodeSegmenter();
});

/** Looks up the word at the first token that starts `at` in `text`. */
function lookupAt(text: string, at: string): { lookup: SearchResult | undefined; tokens: Token[]; offset: number } {
  const tokens = segmenter.tokenize(text);
  const offset = text.indexOf(at);
  const index = tokens.findIndex((t) => t.start === offset);
  expect(index, `a token starts ${at} in ${tokens.map((t) => t.surface).join('|')}`).toBeGreaterThanOrEqual(0);
  return { lookup: searchWord(dict, tokens, index), tokens, offset };
}

const glosses = (l: SearchResult, i = 0) => l.matches[i]!.entry.senses.flatMap((s) => s.glosses);

describe('looking up a word in a sentence', () => {
  it('制裁 in the article: せいさい, sanctions', () => {
    const { lookup, offset } = lookupAt(ARTICLE, '制裁が真に');
    expect(lookup).toMatchObject({ text: '制裁', start: offset, end: offset + 2, reading: 'せいさい', inflections: [] });
    expect(lookup!.dictionaryForm).toBeUndefined();
    expect(glosses(lookup!)).toContain('sanctions');
    expect(lookup!.matches[0]!.common).toBe(true);
  });

  it('築かれ in the article: 築く, to build, passive', () => {
    const { lookup, offset } = lookupAt(ARTICLE, '築かれ');
    expect(lookup).toMatchObject({
      text: '築かれ',
      start: offset,
      end: offset + 3,
      reading: 'きずかれ',
      dictionaryForm: '築く',
      inflections: ['passive'],
    });
    expect(lookup!.matches[0]).toMatchObject({ form: '築く', formReading: 'きずく', dictionaryForm: '築く' });
    expect(glosses(lookup!)).toContain('to build');
  });

  it('行って: both 行く and 行う, with both readings offered', () => {
    const { lookup } = lookupAt('会議を頻繁に行って、', '行って');
    expect(lookup).toMatchObject({ text: '行って', inflections: ['te-form'] });
    const forms = lookup!.matches.map((m) => m.dictionaryForm);
    expect(forms).toEqual(expect.arrayContaining(['行く', '行う']));
    expect(lookup!.readings).toEqual(expect.arrayContaining(['いって', 'おこなって']));
    const perform = lookup!.matches.find((m) => m.dictionaryForm === '行う')!;
    expect(perform).toMatchObject({ textReading: 'おこなって', inflections: ['te-form'] });
    expect(perform.entry.senses[0]!.glosses).toContain('to perform');
  });

  it('北大西洋条約機構: the whole organisation from its first token', () => {
    const text = 'ロシアは北大西洋条約機構の拡大に反対した。';
    const { lookup, tokens, offset } = lookupAt(text, '北大西洋');
    expect(tokens.filter((t) => t.start >= offset && t.start < offset + 8).length).toBeGreaterThan(1);
    expect(lookup).toMatchObject({ text: '北大西洋条約機構', start: offset, end: offset + 8, reading: 'きたたいせいようじょうやくきこう' });
    expect(glosses(lookup!).join('/')).toMatch(/North Atlantic Treaty Organi[sz]ation/);
    expect(lookup!.tokenEnd! - lookup!.tokenStart!).toBeGreaterThan(1);
  });

  it('other compounds across tokens: 安全保障理事会, 事実上', () => {
    expect(lookupAt('国連の安全保障理事会で', '安全').lookup).toMatchObject({
      text: '安全保障理事会',
      reading: 'あんぜんほしょうりじかい',
    });
    expect(lookupAt('事実上の同盟だ', '事実').lookup).toMatchObject({ text: '事実上', reading: 'じじつじょう' });
  });

  it('a compound whose last part is inflected: 気に入った → 気に入る', () => {
    const { lookup } = lookupAt('その案が気に入った。', '気');
    expect(lookup).toMatchObject({ text: '気に入った', dictionaryForm: '気に入る', reading: 'きにいった', inflections: ['past'] });
  });

  it('a noun that takes する, inflected: 形成されました → 形成する', () => {
    const { lookup } = lookupAt(ARTICLE, '形成されました');
    expect(lookup).toMatchObject({ text: '形成されました', dictionaryForm: '形成する', inflections: ['passive', 'polite', 'past'] });
    expect(lookup!.matches[0]!.form).toBe('形成');
  });

  it('kana headwords: すでに, ロシア', () => {
    const already = lookupAt('制裁はすでに始まった', 'すでに').lookup!;
    expect(already).toMatchObject({ text: 'すでに', reading: 'すでに' });
    expect(already.matches[0]).toMatchObject({ form: 'すでに', formIsReading: true });
    expect(already.matches[0]!.entry.headwords[0]!.text).toBe('既に');
    expect(glosses(already)).toContain('already');
    const russia = lookupAt(ARTICLE, 'ロシア').lookup!;
    expect(russia).toMatchObject({ text: 'ロシア', reading: 'ろしあ' });
    expect(glosses(russia)).toContain('Russia');
  });

  it('ranks common words first, and the particle first for a particle', () => {
    const topic = lookupAt('基盤は徐々に', 'は').lookup!;
    expect(topic.matches[0]!.entry.senses[0]!.partsOfSpeech).toContain('prt');
    const tokens = segmenter.tokenize(ARTICLE);
    let checked = 0;
    tokens.forEach((_, i) => {
      const l = searchWord(dict, tokens, i);
      if (!l) return;
      const flags = l.matches.map((m) => m.common);
      expect(flags, `${l.text}: common matches first`).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
      if (flags.includes(true) && flags.includes(false)) checked++;
    });
    expect(checked).toBeGreaterThan(10);
  });

  it.each([
    ['読んでみた', 'み', '見る'], // to try; EDICT lists 看る (to look after) first, also common
    ['調べてみると', 'みる', '見る'],
    ['使ってみます', 'み', '見る'],
    ['書いておいた', 'おい', '置く'], // to do in advance
  ])('a verb in kana kuromoji marks non-independent is the auxiliary: %s, %s → %s', (text, at, headword) => {
    const { lookup, tokens } = lookupAt(text, at);
    expect(tokens.find((t) => t.surface === at)?.pos1).toBe('非自立');
    const first = lookup!.matches[0]!.entry;
    expect(first.headwords.map((h) => h.text)).toContain(headword);
    expect(first.senses.some((s) => s.partsOfSpeech.includes('aux-v'))).toBe(true);
  });

  it('an independent verb in kana keeps the dictionary’s order: テレビをみる is no auxiliary', () => {
    const { lookup, tokens } = lookupAt('テレビをみる', 'みる');
    expect(tokens.find((t) => t.surface === 'みる')?.pos1).toBe('自立');
    expect(lookup!.matches.map((m) => m.entry.headwords[0]!.text)).toContain('見る');
  });

  it('tells when a reading rests on the sentence: 年 alone reads とし or ねん', () => {
    const year = lookupAt('年', '年').lookup!;
    expect(year.readings).toEqual(expect.arrayContaining(['とし', 'ねん']));
  });

  it('returns at most the requested number of entries', () => {
    const tokens = segmenter.tokenize('基盤は徐々に');
    expect(searchWord(dict, tokens, 1, { maxEntries: 2 })!.matches).toHaveLength(2);
  });

  it('has nothing for words EDICT does not list, and survives every token of the article', () => {
    expect(lookupAt('プーチン氏', 'プーチン').lookup).toBeUndefined();
    const tokens = segmenter.tokenize(ARTICLE);
    let found = 0;
    for (let i = 0; i < tokens.length; i++) {
      const l = searchWord(dict, tokens, i);
      if (!l) continue;
      found++;
      expect(ARTICLE.slice(l.start, l.end)).toBe(l.text);
      expect(l.matches.length).toBeGreaterThan(0);
      expect(l.reading).not.toBe('');
    }
    expect(found).toBeGreaterThan(tokens.length * 0.8);
    expect(searchWord(dict, tokens, tokens.length)).toBeUndefined();
  });
});

describe('looking up plain text', () => {
  it('finds the longest key at the start', () => {
    expect(searchText(dict, '北大西洋条約機構の加盟国')).toMatchObject({ text: '北大西洋条約機構', start: 0, end: 8 });
    expect(searchText(dict, 'は北大西洋条約機構', 1)).toMatchObject({ text: '北大西洋条約機構', start: 1, end: 9 });
  });

  it('matches ASCII Latin letters against EDICT full-width ones', () => {
    const nato = searchText(dict, 'NATOの東方拡大')!;
    expect(nato).toMatchObject({ text: 'NATO', end: 4 });
    expect(nato.matches[0]!.form).toBe('ＮＡＴＯ');
  });

  it('undoes inflection as it goes, the longest word first (no kuromoji)', () => {
    const built = searchText(dict, '築かれました。')!;
    expect(built).toMatchObject({ text: '築かれました', dictionaryForm: '築く', reading: 'きずかれました' });
    expect(built.inflections).toEqual(['passive', 'polite', 'past']);
    const sanctioned = searchText(dict, '制裁した国')!;
    expect(sanctioned).toMatchObject({ text: '制裁した', dictionaryForm: '制裁する' });
    expect(sanctioned.matches[0]!.entry.senses[0]!.glosses[0]).toMatch(/sanction/);
  });

  it('keeps a form as written before an undone one of the same length', () => {
    expect(searchText(dict, '話し合い')!.matches[0]!.inflections).toEqual([]);
  });

  it('has nothing for text that starts with no key', () => {
    expect(searchText(dict, '、')).toBeUndefined();
    expect(searchText(dict, '')).toBeUndefined();
  });
});
