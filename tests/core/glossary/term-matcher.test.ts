import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '../../../core/glossary/glossary-term';
import { createTermMatcher } from '../../../core/glossary/term-matcher';
import { bundledGlossary } from '../../../dict/glossary/glossary';

const article = readFileSync(new URL('../../fixtures/article.ja.txt', import.meta.url), 'utf8');

function term(id: string, ...forms: string[]): GlossaryTerm {
  return { id, en: id, category: 'concept', forms: forms.map((text) => ({ text })), explanation: 'x', related: [] };
}

const terms: GlossaryTerm[] = [
  term('nato', '北大西洋条約機構', 'NATO', 'ナトー'),
  term('north-atlantic-treaty', '北大西洋条約'),
  term('un', '国際連合', '国連', 'UN'),
  term('un-charter', '国連憲章'),
  term('g7', '主要7カ国', 'G7'),
  term('opec', 'OPEC'),
  term('opec-plus', 'OPECプラス', 'OPEC+'),
  term('india', 'インド'),
  term('indonesia', 'インドネシア'),
  term('indo-pacific', 'インド太平洋'),
  term('thailand', 'タイ'),
  term('pipeline', 'ガスパイプライン'),
  term('ab', 'あい'),
  term('bcd', 'いうえ'),
  term('kaki', 'かき'),
  term('kiku', 'きく'),
];
const matcher = createTermMatcher(terms);

/** The term ids and matched text of every occurrence in `text`. */
function found(text: string): string[] {
  return matcher.findAll(text).map((o) => `${o.termId}:${text.slice(o.start, o.end)}`);
}

describe('createTermMatcher().findAll', () => {
  it('finds main forms and aliases of the same term', () => {
    expect(found('国際連合と国連、そしてUN')).toEqual(['un:国際連合', 'un:国連', 'un:UN']);
  });

  it('reports offsets and the glossary form', () => {
    expect(matcher.findAll('米国とNATOの政策')).toEqual([{ termId: 'nato', start: 3, end: 7, form: 'NATO' }]);
  });

  it('matches Latin forms in any letter case', () => {
    expect(found('nato Nato NaTo')).toEqual(['nato:nato', 'nato:Nato', 'nato:NaTo']);
  });

  it('matches Latin forms only on word boundaries', () => {
    expect(found('NATOの指導者')).toEqual(['nato:NATO']);
    expect(found('(NATO) NATO-led "NATO".')).toEqual(['nato:NATO', 'nato:NATO', 'nato:NATO']);
    expect(found('SENATOR')).toEqual([]);
    expect(found('NATOS')).toEqual([]);
    expect(found('xNATO')).toEqual([]);
    expect(found('G77の会合')).toEqual([]);
    expect(found('G7サミット、2G7')).toEqual(['g7:G7']);
    expect(found('UNESCO')).toEqual([]);
  });

  it('matches full-width Latin without shifting offsets', () => {
    const text = '米国とＮＡＴＯの政策、ｎａｔｏ、Ｇ７';
    const all = matcher.findAll(text);
    expect(all.map((o) => text.slice(o.start, o.end))).toEqual(['ＮＡＴＯ', 'ｎａｔｏ', 'Ｇ７']);
    expect(all[0]).toEqual({ termId: 'nato', start: 3, end: 7, form: 'NATO' });
    expect(found('ＳＥＮＡＴＯＲ')).toEqual([]);
    expect(found('主要７カ国')).toEqual(['g7:主要７カ国']);
  });

  it('lets the longest form win', () => {
    expect(found('北大西洋条約機構の北大西洋条約')).toEqual(['nato:北大西洋条約機構', 'north-atlantic-treaty:北大西洋条約']);
    expect(found('国連憲章')).toEqual(['un-charter:国連憲章']);
    expect(found('インドネシアとインド太平洋とインド')).toEqual(['indonesia:インドネシア', 'indo-pacific:インド太平洋', 'india:インド']);
    expect(found('OPEC+とOPECプラスとOPEC')).toEqual(['opec-plus:OPEC+', 'opec-plus:OPECプラス', 'opec:OPEC']);
  });

  it('works left to right without overlaps', () => {
    // あい and いうえ overlap in あいうえ: the one starting first is taken.
    expect(found('あいうえ')).toEqual(['ab:あい']);
    expect(found('かいうえ')).toEqual(['bcd:いうえ']);
  });

  it('keeps short katakana forms out of longer katakana words', () => {
    expect(found('ウインドウ')).toEqual([]);
    expect(found('インドア')).toEqual([]);
    expect(found('ネクタイ')).toEqual([]);
    expect(found('タイとインド、インド・タイ')).toEqual(['thailand:タイ', 'india:インド', 'india:インド', 'thailand:タイ']);
  });

  it('lets longer katakana forms match inside compounds', () => {
    expect(found('ガスパイプラインプロジェクト')).toEqual(['pipeline:ガスパイプライン']);
  });

  it('matches Japanese forms exactly', () => {
    expect(found('こくれん')).toEqual([]);
    expect(found('国 連')).toEqual([]);
  });

  it('counts offsets in UTF-16 code units past surrogate pairs', () => {
    const text = '𠮷野とNATO';
    expect(matcher.findAll(text)).toEqual([{ termId: 'nato', start: 4, end: 8, form: 'NATO' }]);
  });

  it('returns nothing for empty text or text without terms', () => {
    expect(matcher.findAll('')).toEqual([]);
    expect(matcher.findAll('Gateは、ゲートのリーダー')).toEqual([]);
  });
});

describe('createTermMatcher().matchAt', () => {
  const text = '米国とNATOの北大西洋条約機構';

  it('finds the occurrence starting at or covering the offset', () => {
    expect(matcher.matchAt(text, 3)).toEqual({ termId: 'nato', start: 3, end: 7, form: 'NATO' });
    expect(matcher.matchAt(text, 6)).toEqual({ termId: 'nato', start: 3, end: 7, form: 'NATO' });
    expect(matcher.matchAt(text, 14)).toEqual({ termId: 'nato', start: 8, end: 16, form: '北大西洋条約機構' });
  });

  it('prefers the longest occurrence covering the offset', () => {
    // 条 at 12 is covered by both 北大西洋条約 and 北大西洋条約機構.
    expect(matcher.matchAt(text, 12)?.form).toBe('北大西洋条約機構');
    // い is covered by あい (from 0) and いうえ (from 1): the longer one wins here.
    expect(matcher.matchAt('あいうえ', 1)).toEqual({ termId: 'bcd', start: 1, end: 4, form: 'いうえ' });
    expect(matcher.matchAt('あいうえ', 0)).toEqual({ termId: 'ab', start: 0, end: 2, form: 'あい' });
  });

  it('breaks ties between equally long occurrences by the earlier start, as findAll does', () => {
    // き is covered by かき (from 0) and きく (from 1), both two characters long.
    expect(matcher.matchAt('かきく', 1)).toEqual({ termId: 'kaki', start: 0, end: 2, form: 'かき' });
    expect(matcher.matchAt('かきく', 2)).toEqual({ termId: 'kiku', start: 1, end: 3, form: 'きく' });
    expect(found('かきく')).toEqual(['kaki:かき']);
  });

  it('applies the same boundaries as findAll', () => {
    expect(matcher.matchAt('SENATOR', 3)).toBeUndefined();
    expect(matcher.matchAt('ネクタイ', 2)).toBeUndefined();
    expect(matcher.matchAt('ＮＡＴＯ', 1)?.termId).toBe('nato');
  });

  it('returns undefined where no term is, and for offsets outside the text', () => {
    expect(matcher.matchAt(text, 2)).toBeUndefined();
    expect(matcher.matchAt(text, 7)).toBeUndefined();
    expect(matcher.matchAt(text, -1)).toBeUndefined();
    expect(matcher.matchAt(text, text.length)).toBeUndefined();
    expect(matcher.matchAt(text, 1.5)).toBeUndefined();
  });
});

describe('createTermMatcher() construction', () => {
  it('rejects a form given to two terms', () => {
    expect(() => createTermMatcher([term('a', '国連'), term('b', 'こくれん', '国連')])).toThrow(/国連 of "b" is already a form of "a"/);
    expect(() => createTermMatcher([term('a', 'NATO'), term('b', 'ナトー', 'nato')])).toThrow(/already a form of "a"/);
  });
});

describe('the bundled glossary on the reference article', () => {
  const glossaryMatcher = createTermMatcher(bundledGlossary());

  function occurrencesOf(needle: string): number {
    return article.split(needle).length - 1;
  }

  it('counts each term as often as it occurs', () => {
    const counts = glossaryMatcher.countTerms(article);
    expect(counts.get('xi-jinping')).toBe(1);
    expect(counts.get('vladimir-putin')).toBe(1);
    // Forms that never sit inside a longer glossary form: the count is the plain substring count.
    expect(counts.get('nato')).toBe(occurrencesOf('NATO'));
    expect(counts.get('nato')).toBe(4);
    expect(counts.get('russia')).toBe(occurrencesOf('ロシア'));
    expect(counts.get('sanctions')).toBe(occurrencesOf('制裁'));
    expect(counts.get('united-states')).toBe(occurrencesOf('アメリカ') + occurrencesOf('米国'));
    expect(counts.get('annexation-of-crimea')).toBe(occurrencesOf('クリミア併合'));
    // ゲート stands for China after the first sentence; no glossary term claims it.
    expect(counts.get('china')).toBe(occurrencesOf('中国'));
    expect(counts.get('china')).toBe(2);
  });

  it('lists terms in order of first occurrence', () => {
    const order = [...glossaryMatcher.countTerms(article).keys()];
    expect(order.slice(0, 2)).toEqual(['russia', 'china']);
    expect(order.indexOf('geopolitics')).toBeLessThan(order.indexOf('washington'));
    const total = [...glossaryMatcher.countTerms(article).values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(glossaryMatcher.findAll(article).length);
  });

  it('finds 地政学 in 地政学的 and 軍事演習 in 共同軍事演習', () => {
    const at = article.indexOf('地政学的');
    expect(glossaryMatcher.matchAt(article, at + 1)).toMatchObject({ termId: 'geopolitics', start: at, end: at + 3 });
    const joint = article.indexOf('共同軍事演習');
    expect(glossaryMatcher.matchAt(article, joint + 3)).toMatchObject({ termId: 'military-exercise', start: joint, form: '共同軍事演習' });
  });

  it('scans a long article as it scans its parts', () => {
    // No timing bound (the shared machine makes one flaky): a warm scan of this text measured
    // about 1.3 ms, minimum of 30, with 800 terms and the abbreviation rules.
    const long = article.repeat(20); // about 60,000 characters
    const found = glossaryMatcher.findAll(long);
    expect(found.length).toBe(glossaryMatcher.findAll(article).length * 20);
  });
});

describe('one matcher per term list', () => {
  it('gives the same list the same matcher (the engine builds it once for pages and hover), another list its own', () => {
    const terms = bundledGlossary();
    expect(createTermMatcher(terms)).toBe(createTermMatcher(terms));
    const fewer = terms.filter((t) => t.id !== 'nato');
    expect(createTermMatcher(fewer)).not.toBe(createTermMatcher(terms));
    expect(
      createTermMatcher(fewer)
        .findAll('NATOと国連')
        .map((o) => o.termId),
    ).not.toContain('nato');
    expect(
      createTermMatcher(terms)
        .findAll('NATOと国連')
        .map((o) => o.termId),
    ).toContain('nato');
  });
});

describe('headline abbreviations of states', () => {
  function state(id: string, abbreviation: string, ...forms: string[]): GlossaryTerm {
    return { ...term(id, ...forms), category: 'place', abbreviation };
  }
  const states = createTermMatcher([
    state('japan', '日', '日本'),
    state('us', '米', '米国', 'アメリカ'),
    state('china', '中', '中国'),
    state('russia', '露', 'ロシア'),
    state('south-korea', '韓', '韓国'),
    state('north-korea', '朝', '北朝鮮'),
    state('europe', '欧', '欧州'),
    term('summit-talks', '首脳会談'),
    term('usfj', '在日米軍'),
    term('relations', '日中関係'),
  ]);
  const spans = (text: string) => states.findAll(text).map((o) => `${o.termId}:${text.slice(o.start, o.end)}`);

  it('finds each state of a run of abbreviations, then the term after it', () => {
    expect(spans('日米首脳会談')).toEqual(['japan:日', 'us:米', 'summit-talks:首脳会談']);
    expect(spans('日米韓の連携')).toEqual(['japan:日', 'us:米', 'south-korea:韓']);
    expect(spans('米中対立が続く')).toEqual(['us:米', 'china:中']);
    expect(spans('欧米が制裁')).toEqual(['europe:欧', 'us:米']);
  });

  it('finds the state after a prefix: a visit to, towards, anti-, posted in, resident in, coming to', () => {
    expect(spans('首相が訪中した')).toEqual(['china:中']);
    expect(spans('訪米')).toEqual(['us:米']);
    expect(spans('対露制裁')).toEqual(['russia:露']);
    expect(spans('反日デモ')).toEqual(['japan:日']);
    expect(spans('駐日大使')).toEqual(['japan:日']);
    // Only the first after a prefix: 来日中 is "during a visit to Japan".
    expect(spans('来日中の大統領')).toEqual(['japan:日']);
  });

  it('lets a glossary form win over the abbreviations it begins with', () => {
    expect(spans('対中国政策')).toEqual(['china:中国']);
    expect(spans('在日米軍')).toEqual(['usfj:在日米軍']);
    expect(spans('日中関係')).toEqual(['relations:日中関係']);
    expect(spans('日米韓国防相')).toEqual(['japan:日', 'us:米', 'south-korea:韓国']);
  });

  it('does not read abbreviations in the tail of another word', () => {
    expect(spans('今日中に返事する')).toEqual([]);
    expect(spans('一日中雨だった')).toEqual([]);
    expect(spans('増加中の輸出')).toEqual([]);
    expect(spans('絶対中止だ')).toEqual([]);
    expect(spans('欧州を歴訪中の首相')).toEqual(['europe:欧州']);
    expect(spans('滞在中に')).toEqual([]);
  });

  it('reads an ordinary word made of two abbreviations only as its rule says', () => {
    expect(spans('日中は暑い')).toEqual([]);
    expect(spans('日中首脳会談')).toEqual(['japan:日', 'china:中', 'summit-talks:首脳会談']);
    expect(spans('朝日新聞によれば')).toEqual([]);
    expect(spans('中米諸国')).toEqual([]);
    expect(spans('日朝交渉')).toEqual(['japan:日', 'north-korea:朝']);
  });

  it('does not read one abbreviation alone, or a repeated one', () => {
    expect(spans('中に入る')).toEqual([]);
    expect(spans('米を炊く')).toEqual([]);
    expect(spans('日日')).toEqual([]);
  });

  it('answers matchAt for an abbreviation as findAll finds it', () => {
    const text = '来週の日米首脳会談で';
    expect(states.matchAt(text, 4)).toEqual({ termId: 'us', start: 4, end: 5, form: '米' });
    expect(states.matchAt(text, 3)).toEqual({ termId: 'japan', start: 3, end: 4, form: '日' });
    expect(states.matchAt('今日中に', 1)).toBeUndefined();
    expect(states.matchAt('首相の訪中', 4)).toEqual({ termId: 'china', start: 4, end: 5, form: '中' });
  });

  it('reads the bundled glossary so: 日米首脳会談, 訪中, 訪米, 対露, 米中', () => {
    const bundled = createTermMatcher(bundledGlossary());
    const ids = (text: string) => bundled.findAll(text).map((o) => `${o.termId}:${text.slice(o.start, o.end)}`);
    expect(ids('日米首脳会談')).toEqual(['japan:日', 'united-states:米', 'summit-meeting:首脳会談']);
    expect(ids('首相が訪中')).toContain('china:中');
    expect(ids('大統領が訪米')).toContain('united-states:米');
    expect(ids('対露政策')).toContain('russia:露');
    expect(ids('米中の対立')).toEqual(expect.arrayContaining(['united-states:米', 'china:中']));
  });
});
