/**
 * The toolbar popup: furigana for the current site, the glossary terms of the page (click one
 * to go to it in the page), the in-page panel, and a search over the whole glossary.
 * Opened as `popup.html?tabId=N` in a normal tab (tests), it talks to tab N instead of the
 * active tab.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { furiganaEnabledFor, type Settings } from '../core/settings/settings';
import { createGlossarySearch, type GlossarySearch } from '../core/glossary/glossary-search';
import type { GlossaryTerm } from '../core/glossary/glossary-term';
import { byCountThenAppearance, listItemOf, type GlossaryListItem, type PageTerm } from '../core/glossary/page-terms';
import { bundledGlossary } from '../dict/glossary/glossary';
import { loadSettings, updateSettings, watchSettings } from '../utils/settings-store';
import {
  GLOSSARY_PANEL_MESSAGE,
  GLOSSARY_TERMS_MESSAGE,
  REVEAL_TERM_MESSAGE,
  TAB_INFO_MESSAGE,
  type GlossaryPanelReply,
  type GlossaryTermsReply,
  type TabInfo,
} from '../utils/tab-messages';
import { SwitchField } from './SwitchField';
import { GlossaryTermList, type ListMatch } from './GlossaryTermList';
import { usePageTheme } from './page-theme';

const SEARCH_LIMIT = 40;

let glossarySearch: GlossarySearch<GlossaryTerm> | undefined;

interface SearchResults {
  items: GlossaryListItem[];
  /** Why each result matched, by term id. */
  matches: Map<string, ListMatch>;
}

/** The search over the whole glossary, built once (romaji keys for every term cost most). */
function glossaryIndex(): GlossarySearch<GlossaryTerm> {
  glossarySearch ??= createGlossarySearch(bundledGlossary());
  return glossarySearch;
}

/** Search results for a query, with why each matched. */
function searchGlossary(query: string): SearchResults {
  const results = glossaryIndex().searchScored(query, SEARCH_LIMIT);
  const matches = new Map<string, ListMatch>();
  for (const { term, match } of results) if (match) matches.set(term.id, { match, forms: term.forms });
  return { items: results.map((r) => listItemOf(r.term)), matches };
}

const NO_RESULTS: SearchResults = { items: [], matches: new Map() };

/** The tab this popup is about: `?tabId=N` when given, else the active tab of this window. */
async function targetTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function ask<T>(tabId: number | undefined, message: object): Promise<T | undefined> {
  if (tabId === undefined) return undefined;
  try {
    // The top frame answers (frameId 0): iframes keep to themselves.
    return (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as T | undefined;
  } catch {
    return undefined; // a page our content script cannot run in (browser pages, the store...)
  }
}

const compareItems = byCountThenAppearance as (a: GlossaryListItem, b: GlossaryListItem) => number;

export function PopupApp() {
  const [settings, setSettings] = useState<Settings>();
  const [tabId, setTabId] = useState<number>();
  const [tab, setTab] = useState<TabInfo | null>();
  const [page, setPage] = useState<GlossaryTermsReply | null>();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    void loadSettings().then((p) => setSettings(p.settings));
    void targetTabId().then(async (id) => {
      setTabId(id);
      setTab((await ask<TabInfo>(id, { type: TAB_INFO_MESSAGE })) ?? null);
      setPage((await ask<GlossaryTermsReply>(id, { type: GLOSSARY_TERMS_MESSAGE })) ?? null);
    });
    // Build the search index while the reader looks at the popup, not on the first keystroke.
    const idle = requestIdleCallback(() => void glossaryIndex(), { timeout: 2_000 });
    const unwatch = watchSettings((p) => setSettings(p.settings));
    return () => {
      cancelIdleCallback(idle);
      unwatch();
    };
  }, []);
  usePageTheme(settings?.theme);

  const found = useMemo(() => (query.trim() ? searchGlossary(query) : NO_RESULTS), [query]);
  const results = found.items;

  if (!settings || tab === undefined) return <main class="yomu-popup">…</main>;

  const host = tab?.host ?? '';
  const terms: PageTerm[] = page?.terms ?? [];

  async function goTo(item: GlossaryListItem) {
    const reply = await ask<{ found: boolean }>(tabId, { type: REVEAL_TERM_MESSAGE, termId: item.id });
    setStatus(reply?.found ? `Showing ${item.form} (${item.en}) in the page.` : `${item.form} is no longer on the page.`);
  }

  async function setPanel(open: boolean) {
    const reply = await ask<GlossaryPanelReply>(tabId, { type: GLOSSARY_PANEL_MESSAGE, open });
    if (reply && page) setPage({ ...page, panelOpen: reply.panelOpen });
  }

  return (
    <main class="yomu-popup">
      <h1>Yomu</h1>
      {tab ? (
        <SwitchField
          label={`Furigana on ${host || 'this page'}`}
          checked={furiganaEnabledFor(settings, host)}
          onChange={(on) =>
            void updateSettings((s) => {
              const siteFurigana = { ...s.siteFurigana };
              if (on === s.showFurigana) delete siteFurigana[host];
              else siteFurigana[host] = on;
              return { siteFurigana };
            })
          }
        />
      ) : (
        <p class="yomu-muted">Yomu cannot read this page.</p>
      )}
      {tab?.problem ? (
        <p role="alert" class="yomu-warning">
          {tab.problem}
        </p>
      ) : null}

      {/* Above the glossary list, which can be long: the reader finds these without scrolling. */}
      <nav class="yomu-popup-links">
        <a href="/glossary.html" target="_blank" rel="noopener">
          Full glossary
        </a>
        <a href="/wordlist.html" target="_blank" rel="noopener">
          Word list
        </a>
        {tabId !== undefined && tab ? (
          <a href={`/sheet.html?tabId=${tabId}`} target="_blank" rel="noopener">
            Reading sheet
          </a>
        ) : null}
        <a
          href="#"
          onClick={(e) => {
            e.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          Options
        </a>
      </nav>

      <div class="yomu-search">
        <input
          type="search"
          aria-label="Search the glossary"
          placeholder="Search: 制裁, せいさい, seisai, sanctions"
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </div>

      {query.trim() ? (
        <section aria-label="Glossary search results">
          <h2>
            {results.length === 0
              ? 'No term matches'
              : results.length === SEARCH_LIMIT
                ? `First ${SEARCH_LIMIT} matches`
                : `${results.length} ${results.length === 1 ? 'match' : 'matches'}`}
          </h2>
          <GlossaryTermList
            label="Glossary search results"
            items={results}
            grouped={false}
            matchOf={(item) => found.matches.get(item.id)}
            href={(item) => `/glossary.html#term-${item.id}`}
          />
        </section>
      ) : tab ? (
        <section aria-label="Glossary terms on this page">
          <div class="yomu-popup-heading">
            <h2>On this page</h2>
            {page ? (
              <button type="button" class="yomu-button" onClick={() => void setPanel(!page.panelOpen)}>
                {page.panelOpen ? 'Close the page panel' : `Show in page (${settings.glossaryPanelShortcut})`}
              </button>
            ) : null}
          </div>
          {page === undefined ? (
            <p class="yomu-muted">Reading the page…</p>
          ) : page?.error ? (
            <p role="alert" class="yomu-muted">
              Yomu could not read this page's terms: {page.error}
            </p>
          ) : terms.length === 0 ? (
            <p class="yomu-muted">No glossary terms on this page.</p>
          ) : (
            <>
              <p class="yomu-muted">
                {terms.length} {terms.length === 1 ? 'term' : 'terms'}. Click one to go to it in the page.
              </p>
              <GlossaryTermList
                label="Glossary terms on this page"
                items={terms}
                compare={compareItems}
                onSelect={(item) => void goTo(item)}
              />
            </>
          )}
          <p class="yomu-status" role="status">
            {status}
          </p>
        </section>
      ) : null}
    </main>
  );
}
