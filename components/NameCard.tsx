/**
 * The popup's name entries (ENAMDICT): each reading of a proper name with its kind (family
 * name, place, organisation…) and, for organisations, companies, products and works, its
 * English name. Host: `data-yomu-card="name"`.
 */
import type { NameCardInfo } from '../core/names/name-cards';

export function NameCard({ names }: { names: readonly NameCardInfo[] }) {
  return (
    <section class="yomu-name" data-yomu-card="name" aria-label="Proper name">
      <div class="yomu-name-title">Name</div>
      <ul class="yomu-name-list">
        {names.map((n, i) => (
          <li key={i}>
            <span class="yomu-name-surface" lang="ja">
              {n.surface}
            </span>{' '}
            <span class="yomu-name-reading" lang="ja">
              {n.reading}
            </span>{' '}
            <span class="yomu-name-kinds">{n.kinds.join(', ')}</span>
            {n.english ? <span class="yomu-name-english"> — {n.english}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
