/**
 * A list of glossary terms under the seven group headings, one line per term: how it is
 * written, its reading, its English name and, for a page's terms, how often it occurs. Shared
 * by the toolbar popup and the in-page panel. A line is a button (onSelect: scroll to the term)
 * or a link (href: the term in the full glossary).
 */
import { CATEGORY_LABELS, groupByCategory } from '../core/glossary/glossary-groups';
import { displayReading } from '../core/glossary/display-reading';
import type { GlossaryMatch } from '../core/glossary/glossary-search';
import type { GlossaryForm } from '../core/glossary/glossary-term';
import type { GlossaryListItem } from '../core/glossary/page-terms';
import { Highlight, MatchReason, spanIn } from './SearchMatch';

/** Why a search result is listed: the match, and the term's forms (to name an alias). */
export interface ListMatch {
  match: GlossaryMatch;
  forms: readonly GlossaryForm[];
}

export interface GlossaryTermListProps {
  items: readonly GlossaryListItem[];
  /** Makes each line a button. */
  onSelect?: (item: GlossaryListItem) => void;
  /** Makes each line a link (used when onSelect is not given). */
  href?: (item: GlossaryListItem) => string;
  /** Orders lines within a group (default: as given). */
  compare?: (a: GlossaryListItem, b: GlossaryListItem) => number;
  /** Accessible name of the whole list. */
  label: string;
  /**
   * Under group headings (default), or one list in the given order with each line's category
   * named (search results, where the order is the ranking).
   */
  grouped?: boolean;
  /** Search results: why each line matched (marked in the line, or said under it). */
  matchOf?: (item: GlossaryListItem) => ListMatch | undefined;
}

function occurrences(count: number): string {
  return count === 1 ? '1 occurrence' : `${count} occurrences`;
}

/** Whether the line itself shows the matched text (so marking it there says why). */
function shownInLine(item: GlossaryListItem, match: GlossaryMatch): 'form' | 'reading' | 'en' | undefined {
  if (match.field === 'english') return 'en';
  if ((match.field === 'form' || match.field === 'reading') && match.text === item.form) return 'form';
  if (match.field === 'reading' && match.text === item.reading && displayReading(item.form, item.reading)) return 'reading';
  return undefined;
}

function TermLine({ item, category, found }: { item: GlossaryListItem; category: boolean; found?: ListMatch }) {
  const reading = displayReading(item.form, item.reading);
  const match = found?.match;
  const where = match ? shownInLine(item, match) : undefined;
  return (
    <>
      <span class="yomu-term-head">
        <span class="yomu-term-form" lang="ja">
          <Highlight text={item.form} {...(where === 'form' ? spanIn(match, item.form) : {})} />
        </span>
        {reading ? (
          <span class="yomu-term-reading" lang="ja">
            <Highlight text={reading} {...(where === 'reading' ? spanIn(match, reading) : {})} />
          </span>
        ) : null}
        {item.mainForm ? (
          <span class="yomu-term-main" lang="ja">
            {item.mainForm}
          </span>
        ) : null}
      </span>
      <span class="yomu-term-en">
        <Highlight text={item.en} {...(where === 'en' ? spanIn(match, item.en) : {})} />
        {category ? <span class="yomu-term-category"> · {CATEGORY_LABELS[item.category]}</span> : null}
      </span>
      {item.count !== undefined ? (
        <span class="yomu-term-count" title={occurrences(item.count)} aria-label={occurrences(item.count)}>
          {item.count}
        </span>
      ) : null}
      {found && !where ? <MatchReason match={found.match} forms={found.forms} /> : null}
    </>
  );
}

export function GlossaryTermList({ items, onSelect, href, compare, label, grouped = true, matchOf }: GlossaryTermListProps) {
  const lines = (list: readonly GlossaryListItem[]) => (
    <ul class="yomu-term-list">
      {list.map((item) => {
        const found = matchOf?.(item);
        return (
          <li key={item.id} data-term={item.id} data-match={found?.match.field}>
            {onSelect ? (
              <button type="button" class="yomu-term" onClick={() => onSelect(item)}>
                <TermLine item={item} category={!grouped} found={found} />
              </button>
            ) : (
              <a class="yomu-term" href={href?.(item)} target="_blank" rel="noopener">
                <TermLine item={item} category={!grouped} found={found} />
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
  if (!grouped) {
    return (
      <div class="yomu-term-groups" role="group" aria-label={label}>
        {lines(compare ? [...items].sort(compare) : items)}
      </div>
    );
  }
  return (
    <div class="yomu-term-groups" role="group" aria-label={label}>
      {groupByCategory(items, compare).map(({ group, items: inGroup }) => (
        <section class="yomu-term-group" key={group.id} data-group={group.id}>
          <h3 class="yomu-term-group-title">
            {group.label} <span class="yomu-term-group-size">{inGroup.length}</span>
          </h3>
          {lines(inGroup)}
        </section>
      ))}
    </div>
  );
}
