import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledGlossary } from '../../dict/glossary/glossary';
import { GLOSSARY_FILES } from '../../dict/glossary/glossary-files';
import { formKey, validateGlossary, type GlossaryCategory } from '../../core/glossary/glossary-term';
import { hasJapanese, hasKanji, isAllFullWidthKana } from '../../core/text/kana';
import { createTermMatcher } from '../../core/glossary/term-matcher';

const article = readFileSync(new URL('../fixtures/article.ja.txt', import.meta.url), 'utf8');
const glossary = bundledGlossary();

/**
 * The geopolitical terms of the reference article, spelt as the article spells them: the list
 * from issue 3, then the others found on reading it. Each must stand in the article, belong (as
 * that exact form) to a glossary term, and be found by the matcher as part of that term.
 */
const ARTICLE_TERMS = [
  // From the issue.
  '習近平',
  'プーチン',
  'ロシア',
  '中国',
  'ワシントン',
  'モスクワ',
  '東京',
  'アメリカ',
  '米国',
  'イラク侵攻',
  '金融危機',
  'クリミア併合',
  '西側諸国',
  '制裁',
  'ミサイル防衛システム',
  '戦闘機',
  '軍事演習',
  '戦略的パートナー',
  '地政学',
  '同盟',
  '共同声明',
  '核紛争',
  'ガスパイプライン',
  '国連',
  '民主主義',
  'ウクライナ',
  'NATO',
  '二重用途',
  '天津',
  'サミット',
  'インド',
  '世界秩序',
  // Further terms in the article.
  '共同軍事演習',
  '隣国',
  '軍事技術',
  '軍事装備',
  'エネルギー資源',
  '紛争',
  '外交',
  '経済支援',
  '石油',
  'パイプライン',
  '西側',
  '西洋',
];

/** Forms the article talks about without spelling them contiguously, or names of what it describes. */
const IMPLIED_TERMS = [
  '戦略的パートナーシップ', // パートナーシップ of Russia and China
  '輸出管理', // 輸出を管理している
  '北大西洋条約機構',
  '国際連合', // the full names of NATO and 国連
  '上海協力機構', // the Tianjin summit
  'シベリアの力', // the 400-billion-dollar pipeline contract
  '戦勝記念日',
  '軍事パレード', // the military event in Moscow in 2025
  'ウクライナ侵攻', // the 2022 war
];

const FILE_CATEGORY: Record<string, GlossaryCategory> = {
  people: 'person',
  'places-states': 'place',
  'places-regions': 'place',
  'places-un-states': 'place',
  'places-capitals': 'place',
  organisations: 'organisation',
  treaties: 'treaty',
  security: 'security',
  economy: 'economy',
  diplomacy: 'diplomacy',
  events: 'event',
  concepts: 'concept',
};

const ownerOfForm = new Map<string, string>();
for (const term of glossary) for (const form of term.forms) ownerOfForm.set(form.text, term.id);

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z0-9"“(])/);
}

describe('the bundled glossary', () => {
  it('passes the schema', () => {
    expect(() => validateGlossary(Object.values(GLOSSARY_FILES).flat())).not.toThrow();
  });

  it('has at least 1,200 terms', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(1200);
  });

  it('dates every person (asOf), and names the office of those who hold one', () => {
    const undated = glossary.filter((t) => t.category === 'person' && !t.asOf).map((t) => t.id);
    expect(undated).toEqual([]);
    const holders = glossary.filter((t) => t.office);
    expect(holders.length).toBeGreaterThan(50);
    expect(holders.filter((t) => !/^\d{4}-\d{2}-\d{2}$/.test(t.asOf ?? '')).map((t) => t.id)).toEqual([]);
    // A person said to hold something "since" a year without an office field is an office-holder left unmarked.
    const unmarked = glossary
      .filter((t) => t.category === 'person' && !t.office && /\bsince (19|20)\d\d\b/.test(t.explanation))
      .map((t) => t.id);
    expect(unmarked).toEqual([]);
  });

  it('dates every other term whose explanation names an office-holder', () => {
    const holders = glossary.filter((t) => t.office).map((t) => t.en);
    const undated = glossary
      .filter((t) => t.category !== 'person' && !t.asOf && holders.some((name) => t.explanation.includes(name)))
      .map((t) => t.id);
    expect(undated).toEqual([]);
  });

  it('holds every state and territory of the committed table (sources/un-states.tsv), 193 UN members among them', () => {
    const rows = readFileSync(new URL('../../dict/glossary/sources/un-states.tsv', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .map((line) => line.split('\t'));
    expect(rows.filter((r) => r[2] === 'member')).toHaveLength(193);
    const places = new Set(glossary.filter((t) => t.category === 'place').map((t) => t.id));
    expect(rows.map((r) => r[1]!).filter((id) => !places.has(id))).toEqual([]);
  });

  it('gives the states the one-kanji abbreviations headlines use', () => {
    const owner = new Map(glossary.filter((t) => t.abbreviation).map((t) => [t.abbreviation!, t.id]));
    expect(
      Object.fromEntries(['日', '米', '中', '露', '韓', '朝', '英', '仏', '独', '豪', '印', '伊', '加'].map((a) => [a, owner.get(a)])),
    ).toEqual({
      日: 'japan',
      米: 'united-states',
      中: 'china',
      露: 'russia',
      韓: 'south-korea',
      朝: 'north-korea',
      英: 'united-kingdom',
      仏: 'france',
      独: 'germany',
      豪: 'australia',
      印: 'india',
      伊: 'italy',
      加: 'canada',
    });
  });

  it('keeps each category in its own file', () => {
    expect(Object.keys(GLOSSARY_FILES).sort()).toEqual(Object.keys(FILE_CATEGORY).sort());
    for (const [file, terms] of Object.entries(GLOSSARY_FILES)) {
      const wrong = (terms as { id: string; category: string }[]).filter((t) => t.category !== FILE_CATEGORY[file]).map((t) => t.id);
      expect(wrong, `terms in ${file}.json with another category`).toEqual([]);
    }
  });

  it('has no duplicate ids', () => {
    const seen = new Set<string>();
    const duplicates = glossary.filter((t) => (seen.has(t.id) ? true : (seen.add(t.id), false))).map((t) => t.id);
    expect(duplicates).toEqual([]);
  });

  it('gives no form (Japanese or Latin, in any width or case) to two terms', () => {
    const owners = new Map<string, string[]>();
    for (const term of glossary) {
      for (const form of term.forms) {
        const key = formKey(form.text);
        owners.set(key, [...(owners.get(key) ?? []), term.id]);
      }
    }
    const shared = [...owners].filter(([, ids]) => ids.length > 1).map(([key, ids]) => `${key}: ${ids.join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('relates only to terms that exist', () => {
    const ids = new Set(glossary.map((t) => t.id));
    const dangling = glossary.flatMap((t) => t.related.filter((id) => !ids.has(id)).map((id) => `${t.id} -> ${id}`));
    expect(dangling).toEqual([]);
  });

  it('gives every kanji form a kana reading, and no other form a reading', () => {
    const problems: string[] = [];
    for (const term of glossary) {
      for (const form of term.forms) {
        if (hasKanji(form.text) && !isAllFullWidthKana((form.reading ?? '').replaceAll('・', '')))
          problems.push(`${term.id}: ${form.text}`);
        if (!hasKanji(form.text) && form.reading !== undefined) problems.push(`${term.id}: ${form.text} (no kanji)`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('leads every term with a Japanese form and avoids one-character forms', () => {
    const problems = glossary.flatMap((t) => [
      ...(hasJapanese(t.forms[0]!.text) ? [] : [`${t.id}: main form ${t.forms[0]!.text}`]),
      ...t.forms.filter((f) => f.text.length < 2).map((f) => `${t.id}: ${f.text}`),
    ]);
    expect(problems).toEqual([]);
  });

  it('explains every term in one to three sentences', () => {
    const long = glossary.filter((t) => sentences(t.explanation).length > 3).map((t) => t.id);
    expect(long).toEqual([]);
    const unfinished = glossary.filter((t) => !/[.!?)"]$/.test(t.explanation)).map((t) => t.id);
    expect(unfinished).toEqual([]);
  });

  it('uses the article readings the issue names (習近平 is しゅうきんぺい)', () => {
    const reading = (text: string) => glossary.flatMap((t) => t.forms).find((f) => f.text === text)?.reading;
    expect(reading('習近平')).toBe('しゅうきんぺい');
    expect(reading('天津')).toBe('てんしん');
    expect(reading('米国')).toBe('べいこく');
    expect(reading('二重用途')).toBe('にじゅうようと');
  });
});

describe('coverage of the reference article', () => {
  const matcher = createTermMatcher(glossary);
  const occurrences = matcher.findAll(article);

  it.each(ARTICLE_TERMS)('has an entry for %s and finds it in the article', (surface) => {
    const positions: number[] = [];
    for (let i = article.indexOf(surface); i >= 0; i = article.indexOf(surface, i + 1)) positions.push(i);
    expect(positions.length, `${surface} is not in the article`).toBeGreaterThan(0);

    const owner = ownerOfForm.get(surface);
    expect(owner, `no glossary term has the form ${surface}`).toBeDefined();

    const found = positions.some((at) => occurrences.some((o) => o.termId === owner && o.start <= at && at + surface.length <= o.end));
    expect(found, `the matcher does not find ${surface} as ${owner}`).toBe(true);
  });

  it.each(IMPLIED_TERMS)('has an entry for %s', (form) => {
    expect(ownerOfForm.get(form)).toBeDefined();
  });

  it('writes both アメリカ and 米国 as forms of the United States', () => {
    expect(ownerOfForm.get('アメリカ')).toBe('united-states');
    expect(ownerOfForm.get('米国')).toBe('united-states');
    expect(ownerOfForm.get('戦略的パートナー')).toBe(ownerOfForm.get('戦略的パートナーシップ'));
  });
});
