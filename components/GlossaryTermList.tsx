/**
 * A list of glossary terms under the seven group headings, one line per term: how it is
 * written, its reading, its English name and, for a page's terms, how often it occurs. Shared
 * by the toolbar popup and the in-page panel. A line is a button (onSelect: scroll to the term)
 * or a link (href: the term in the full glossary).
 */
import { CATEGORY_LABELS, groupByCategory } from '../core/glossary/glossary-groups';
import type { GlossaryListItem } from '../core/glossary/page-terms';

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
}

function occurrences(count: number): string {
  return count === 1 ? '1 occurrence' : `${count} occurrences`;
}

function TermLine({ item, category }: { item: GlossaryListItem; category: boolean }) {
  return (
    <>
      <span class="yomu-term-head">
        <span class="yomu-term-form" lang="ja">
          {item.form}
        </span>
        {item.reading ? (
          <span class="yomu-term-reading" lang="ja">
            {item.reading}
          </span>
        ) : null}
        {item.mainForm ? (
          <span class="yomu-term-main" lang="ja">
            {item.mainForm}
          </span>
        ) : null}
      </span>
      <span class="yomu-term-en">
        {item.en}
        {category ? <span class="yomu-term-category"> · {CATEGORY_LABELS[item.category]}</span> : null}
      </span>
      {item.count !== undefined ? (
        <span class="yomu-term-count" title={occurrences(item.count)} aria-label={occurrences(item.count)}>
          {item.count}
        </span>
      ) : null}
    </>
  );
}

export function GlossaryTermList({ items, onSelect, href, compare, label, grouped = true }: GlossaryTermListProps) {
  const lines = (list: readonly GlossaryListItem[]) => (
    <ul class="yomu-term-list">
      {list.map((item) => (
        <li key={item.id} data-term={item.id}>
          {onSelect ? (
            <button type="button" class="yomu-term" onClick={() => onSelect(item)}>
              <TermLine item={item} category={!grouped} />
            </button>
          ) : (
            <a class="yomu-term" href={href?.(item)} target="_blank" rel="noopener">
              <TermLine item={item} category={!grouped} />
            </a>
          )}
        </li>
      ))}
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
