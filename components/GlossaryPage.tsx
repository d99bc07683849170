/**
 * The full glossary: every term with its forms, readings, English name, explanation and
 * related terms (links to them on this page), searchable in Japanese (kanji or kana), English
 * and romaji, and filterable by category. Prints cleanly (glossary-page.css).
 * The URL keeps the state: `glossary.html?q=sanctions&category=economy#term-sanctions`.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createGlossarySearch, type GlossaryMatch } from '../core/glossary/glossary-search';
import { displayReading } from '../core/glossary/display-reading';
import { Highlight } from './SearchMatch';
import { CATEGORY_LABELS } from '../core/glossary/glossary-groups';
import { GLOSSARY_CATEGORIES, type GlossaryCategory, type GlossaryTerm } from '../core/glossary/glossary-term';

export interface GlossaryPageProps {
  terms: readonly GlossaryTerm[];
}

export function termAnchor(id: string): string {
  return `term-${id}`;
}

function initialParams(): { query: string; category: GlossaryCategory | '' } {
  const params = new URLSearchParams(location.search);
  const category = params.get('category') ?? '';
  return {
    query: params.get('q') ?? '',
    category: (GLOSSARY_CATEGORIES as readonly string[]).includes(category) ? (category as GlossaryCategory) : '',
  };
}

/** The span to mark in one field of an entry, when the search matched there. */
function marked(match: GlossaryMatch | undefined, field: GlossaryMatch['field'], formIndex?: number): { start?: number; end?: number } {
  if (!match || match.field !== field) return {};
  if (formIndex !== undefined && match.formIndex !== formIndex) return {};
  return { start: match.start, end: match.end };
}

/** A form's reading as shown, and the mark in it (romaji typed for a kana form marks the form). */
function FormReading({
  form,
  match,
  index,
  className,
}: {
  form: GlossaryTerm['forms'][number];
  match?: GlossaryMatch;
  index: number;
  className: string;
}) {
  const reading = displayReading(form.text, form.reading);
  if (!reading) return null;
  return (
    <span lang="ja" class={className}>
      {className === 'yomu-entry-alias-reading' ? ' (' : ''}
      <Highlight
        text={reading}
        {...(match && match.text === form.reading && reading.length === match.text.length ? marked(match, 'reading', index) : {})}
      />
      {className === 'yomu-entry-alias-reading' ? ')' : ''}
    </span>
  );
}

function formMark(match: GlossaryMatch | undefined, form: GlossaryTerm['forms'][number], index: number) {
  if (match?.field === 'reading' && match.text === form.text) return marked(match, 'reading', index);
  return marked(match, 'form', index);
}

function TermEntry({
  term,
  byId,
  onRelated,
  match,
}: {
  term: GlossaryTerm;
  byId: Map<string, GlossaryTerm>;
  onRelated: (id: string) => void;
  match?: GlossaryMatch;
}) {
  const [main, ...aliases] = term.forms;
  return (
    <article class="yomu-entry" id={termAnchor(term.id)} aria-labelledby={`${termAnchor(term.id)}-title`} data-match={match?.field}>
      <h2 class="yomu-entry-title" id={`${termAnchor(term.id)}-title`}>
        <span lang="ja" class="yomu-entry-form">
          <Highlight text={main!.text} {...formMark(match, main!, 0)} />
        </span>
        <FormReading form={main!} match={match} index={0} className="yomu-entry-reading" />
        <span class="yomu-entry-en">
          <Highlight text={term.en} {...marked(match, 'english')} />
        </span>
      </h2>
      <p class="yomu-entry-meta">
        <span class="yomu-entry-category">{CATEGORY_LABELS[term.category]}</span>
        {aliases.length > 0 ? (
          <span class="yomu-entry-aliases">
            {' · Also written '}
            {aliases.map((form, i) => (
              <span key={form.text}>
                {i > 0 ? ', ' : ''}
                <span lang="ja">
                  <Highlight text={form.text} {...formMark(match, form, i + 1)} />
                </span>
                <FormReading form={form} match={match} index={i + 1} className="yomu-entry-alias-reading" />
              </span>
            ))}
          </span>
        ) : null}
      </p>
      <p class="yomu-entry-explanation">
        <Highlight text={term.explanation} {...marked(match, 'explanation')} />
      </p>
      {term.related.length > 0 ? (
        <p class="yomu-entry-related">
          Related:{' '}
          {term.related.map((id, i) => {
            const other = byId.get(id);
            if (!other) return null;
            return (
              <span key={id}>
                {i > 0 ? ' · ' : ''}
                <a href={`#${termAnchor(id)}`} onClick={() => onRelated(id)}>
                  <span lang="ja">{other.forms[0]!.text}</span> {other.en}
                </a>
              </span>
            );
          })}
        </p>
      ) : null}
    </article>
  );
}

export function GlossaryPage({ terms }: GlossaryPageProps) {
  const [{ query, category }, setFilter] = useState(initialParams);
  const search = useMemo(() => createGlossarySearch(terms), [terms]);
  const byId = useMemo(() => new Map(terms.map((t) => [t.id, t])), [terms]);

  // Keep the search in the URL, so that a search can be shared, bookmarked or reloaded.
  useEffect(() => {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (category) params.set('category', category);
    const search = params.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
  }, [query, category]);

  // A link to a term (#term-…) from the popup or a related term: scroll to it once shown.
  useEffect(() => {
    const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    target?.scrollIntoView({ block: 'start' });
  }, []);

  const { shown, matches } = useMemo(() => {
    const matches = new Map<string, GlossaryMatch>();
    let found: readonly GlossaryTerm[] = terms;
    if (query.trim()) {
      const results = search.searchScored(query);
      for (const r of results) if (r.match) matches.set(r.term.id, r.match);
      found = results.map((r) => r.term);
    }
    return { shown: category ? found.filter((t) => t.category === category) : found, matches };
  }, [search, terms, query, category]);

  const counts = useMemo(() => {
    const c = new Map<GlossaryCategory, number>();
    for (const t of terms) c.set(t.category, (c.get(t.category) ?? 0) + 1);
    return c;
  }, [terms]);

  /** A related term may be filtered out: show everything again, then follow the link. */
  function showRelated(id: string) {
    if (!shown.some((t) => t.id === id)) {
      setFilter({ query: '', category: '' });
      requestAnimationFrame(() => document.getElementById(termAnchor(id))?.scrollIntoView({ block: 'start' }));
    }
  }

  return (
    <main class="yomu-glossary">
      <header class="yomu-glossary-header">
        <h1>Yomu glossary</h1>
        <p class="yomu-muted">
          {terms.length} terms of international news in Japanese: people, states and places, organisations, treaties, security, economy,
          diplomacy, events and concepts.
        </p>
        <div class="yomu-glossary-controls" role="search">
          <label class="yomu-field yomu-field-grow">
            <span>Search</span>
            <input
              type="search"
              aria-label="Search the glossary"
              placeholder="制裁, せいさい, seisai or sanctions"
              value={query}
              onInput={(e) => setFilter({ query: (e.currentTarget as HTMLInputElement).value, category })}
            />
          </label>
          <label class="yomu-field">
            <span>Category</span>
            <select
              aria-label="Category"
              value={category}
              onChange={(e) => setFilter({ query, category: (e.currentTarget as HTMLSelectElement).value as GlossaryCategory | '' })}
            >
              <option value="">All categories ({terms.length})</option>
              {GLOSSARY_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {CATEGORY_LABELS[c]} ({counts.get(c) ?? 0})
                </option>
              ))}
            </select>
          </label>
          <button type="button" class="yomu-button" onClick={() => print()}>
            Print
          </button>
        </div>
        <p class="yomu-glossary-count" role="status">
          {shown.length === terms.length ? `All ${terms.length} terms` : `${shown.length} of ${terms.length} terms`}
          {query.trim() ? ` matching “${query.trim()}”` : ''}
          {category ? ` in ${CATEGORY_LABELS[category]}` : ''}
        </p>
      </header>
      <div class="yomu-entries">
        {shown.map((term) => (
          <TermEntry key={term.id} term={term} byId={byId} onRelated={showRelated} match={matches.get(term.id)} />
        ))}
      </div>
      <footer class="yomu-glossary-footer yomu-muted">
        Glossary written for Yomu; see the licence in the extension's About section (Options).
      </footer>
    </main>
  );
}
