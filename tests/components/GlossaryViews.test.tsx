// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { GlossaryTermList } from '../../components/GlossaryTermList';
import { GlossaryPanel } from '../../components/GlossaryPanel';
import { GlossaryPage } from '../../components/GlossaryPage';
import { listItemOf, type PageTerm } from '../../core/glossary/page-terms';
import { createGlossarySearch } from '../../core/glossary/glossary-search';
import { SAMPLE_TERMS } from '../core/glossary/sample-glossary';

const TERMS: PageTerm[] = [
  {
    id: 'united-nations',
    en: 'United Nations',
    category: 'organisation',
    form: '国連',
    reading: 'こくれん',
    mainForm: '国際連合',
    count: 2,
    firstSeen: 0,
  },
  { id: 'xi-jinping', en: 'Xi Jinping', category: 'person', form: '習近平', reading: 'しゅうきんぺい', count: 1, firstSeen: 1 },
  {
    id: 'nato',
    en: 'North Atlantic Treaty Organization',
    category: 'organisation',
    form: 'NATO',
    mainForm: '北大西洋条約機構',
    count: 4,
    firstSeen: 2,
  },
];

function mount(): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('GlossaryTermList', () => {
  test('groups under headings in group order; lines show form, reading, main form, English and count', () => {
    const root = mount();
    render(<GlossaryTermList label="Terms" items={TERMS} compare={(a, b) => b.count! - a.count!} onSelect={() => {}} />, root);
    expect(Array.from(root.querySelectorAll('h3')).map((h) => h.textContent)).toEqual(['People 1', 'Organisations 2']);
    const lines = Array.from(root.querySelectorAll('li')).map((li) => li.getAttribute('data-term'));
    expect(lines).toEqual(['xi-jinping', 'nato', 'united-nations']);
    const un = root.querySelector('li[data-term="united-nations"]')!;
    expect(un.querySelector('.yomu-term-form')!.textContent).toBe('国連');
    expect(un.querySelector('.yomu-term-reading')!.textContent).toBe('こくれん');
    expect(un.querySelector('.yomu-term-main')!.textContent).toBe('国際連合');
    expect(un.querySelector('.yomu-term-en')!.textContent).toBe('United Nations');
    expect(un.querySelector('.yomu-term-count')!.getAttribute('aria-label')).toBe('2 occurrences');
    expect(root.querySelector('li[data-term="nato"] .yomu-term-reading')).toBeNull();
  });

  test('a line is a button calling onSelect, or a link when given href', () => {
    const root = mount();
    const selected: string[] = [];
    render(<GlossaryTermList label="Terms" items={TERMS} onSelect={(item) => selected.push(item.id)} />, root);
    (root.querySelector('li[data-term="nato"] button') as HTMLButtonElement).click();
    expect(selected).toEqual(['nato']);
    render(<GlossaryTermList label="Terms" items={TERMS} href={(item) => `/glossary.html#term-${item.id}`} grouped={false} />, root);
    expect(root.querySelectorAll('h3')).toHaveLength(0);
    expect(root.querySelector('li[data-term="nato"] a')!.getAttribute('href')).toBe('/glossary.html#term-nato');
    // A flat list keeps the given order and names each line's category.
    expect(Array.from(root.querySelectorAll('li')).map((li) => li.getAttribute('data-term'))).toEqual([
      'united-nations',
      'xi-jinping',
      'nato',
    ]);
    expect(root.querySelector('li[data-term="xi-jinping"] .yomu-term-category')!.textContent).toContain('Person');
  });
});

describe('GlossaryTermList: readings and search reasons', () => {
  test('a mixed form keeps its katakana in the reading; a form without kanji shows none', () => {
    const root = mount();
    const items = [
      {
        id: 'missile-defence-system',
        en: 'Missile defence',
        category: 'security' as const,
        form: 'ミサイル防衛システム',
        reading: 'みさいるぼうえいしすてむ',
      },
      { id: 'russia', en: 'Russia', category: 'place' as const, form: 'ロシア', reading: 'ろしあ' },
    ];
    render(<GlossaryTermList label="Terms" items={items} grouped={false} href={() => '#'} />, root);
    expect(root.querySelector('li[data-term="missile-defence-system"] .yomu-term-reading')!.textContent).toBe('ミサイルぼうえいシステム');
    expect(root.querySelector('li[data-term="russia"] .yomu-term-reading')).toBeNull();
  });

  test('a match the line shows is marked in it; an explanation match is said under the line', () => {
    const root = mount();
    const search = createGlossarySearch(SAMPLE_TERMS);
    const results = search.searchScored('sanction');
    const matches = new Map(results.map((r) => [r.term.id, { match: r.match!, forms: r.term.forms }]));
    render(
      <GlossaryTermList
        label="Results"
        items={results.map((r) => listItemOf(r.term))}
        grouped={false}
        href={() => '#'}
        matchOf={(item) => matches.get(item.id)}
      />,
      root,
    );
    const sanctions = root.querySelector('li[data-term="sanctions"]')!;
    expect(sanctions.getAttribute('data-match')).toBe('english');
    expect(sanctions.querySelector('.yomu-term-en mark')!.textContent).toBe('Sanction');
    expect(sanctions.querySelector('.yomu-term-why')).toBeNull();
    const crimea = root.querySelector('li[data-term="crimea-annexation"]')!;
    expect(crimea.getAttribute('data-match')).toBe('explanation');
    expect(crimea.querySelector('.yomu-term-why')!.textContent).toMatch(/^matched: explanation .*Western sanctions/);
    expect(crimea.querySelector('.yomu-term-why mark')!.textContent).toBe('sanction');
  });

  test('an alias match names the alias', () => {
    const root = mount();
    const [result] = createGlossarySearch(SAMPLE_TERMS).searchScored('習主席');
    render(
      <GlossaryTermList
        label="Results"
        items={[listItemOf(result!.term)]}
        grouped={false}
        href={() => '#'}
        matchOf={() => ({ match: result!.match!, forms: result!.term.forms })}
      />,
      root,
    );
    expect(root.querySelector('.yomu-term-form')!.textContent).toBe('習近平');
    expect(root.querySelector('.yomu-term-why')!.textContent).toBe('matched: also written 習主席');
  });
});

describe('GlossaryPanel', () => {
  test('states: reading, none, an error, and the terms with a summary; the close button', () => {
    const root = mount();
    let closed = 0;
    const props = { theme: 'dark' as const, shortcut: 'Alt+G', onSelect: () => {}, onClose: () => closed++ };
    render(<GlossaryPanel {...props} terms={undefined} />, root);
    expect(root.textContent).toContain('Reading the page');
    render(<GlossaryPanel {...props} terms={[]} />, root);
    expect(root.textContent).toContain('No glossary terms');
    render(<GlossaryPanel {...props} terms={[]} error="engine down" />, root);
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('engine down');
    render(<GlossaryPanel {...props} terms={TERMS} />, root);
    expect(root.textContent).toContain('3 terms · 7 occurrences');
    expect(root.querySelector('aside')!.getAttribute('data-yomu-theme')).toBe('dark');
    expect(root.querySelector('kbd')!.textContent).toBe('Alt+G');
    (root.querySelector('button[aria-label="Close the glossary panel"]') as HTMLButtonElement).click();
    expect(closed).toBe(1);
  });
});

describe('GlossaryPage', () => {
  test('every term with its explanation; related terms link to their entries; search filters', async () => {
    const root = mount();
    await act(() => render(<GlossaryPage terms={SAMPLE_TERMS} />, root));
    expect(root.querySelectorAll('article.yomu-entry')).toHaveLength(SAMPLE_TERMS.length);
    const xi = root.querySelector('#term-xi-jinping')!;
    expect(xi.textContent).toContain('Leader of China since 2012.');
    expect(xi.textContent).toContain('Also written 習主席');
    const link = xi.querySelector('.yomu-entry-related a')!;
    expect(link.getAttribute('href')).toBe('#term-china');
    expect(root.querySelector('#term-china')).not.toBeNull();

    const input = root.querySelector('input[type="search"]') as HTMLInputElement;
    await act(() => {
      input.value = 'せいさい';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(Array.from(root.querySelectorAll('article.yomu-entry')).map((a) => a.id)).toEqual(['term-sanctions']);
    expect(root.querySelector('[role="status"]')!.textContent).toContain('1 of 8 terms');
  });
});
