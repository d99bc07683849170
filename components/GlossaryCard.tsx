/**
 * A glossary term as a card: English name, category, the Japanese form with its reading, the
 * explanation and related terms. Self-contained (it carries its own styles, scoped by class
 * names, coloured through custom properties with defaults) so that the hover popup and the
 * glossary panel can both show it inside their shadow roots.
 */
import type { GlossaryCardInfo } from '../core/lookup/word-info';
import { displayReading } from '../core/glossary/display-reading';

const CATEGORY_NAMES: Record<GlossaryCardInfo['category'], string> = {
  person: 'Person',
  place: 'Place',
  organisation: 'Organisation',
  treaty: 'Treaty',
  security: 'Security',
  economy: 'Economy',
  diplomacy: 'Diplomacy',
  event: 'Event',
  concept: 'Concept',
};

export const GLOSSARY_CARD_CSS = `
.yomu-gc { border: 1px solid var(--yomu-card-border, rgb(40 110 200 / 0.35)); border-radius: 6px;
  background: var(--yomu-card-bg, rgb(40 110 200 / 0.07)); padding: 0.5em 0.65em; margin: 0; }
.yomu-gc-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.2em 0.5em; }
.yomu-gc-name { font-weight: 650; font-size: 1.02em; margin: 0; }
.yomu-gc-category { font-size: 0.74em; text-transform: uppercase; letter-spacing: 0.06em;
  color: var(--yomu-card-accent, rgb(30 90 170)); border: 1px solid currentColor; border-radius: 999px; padding: 0 0.5em; }
.yomu-gc-form { font-size: 0.9em; opacity: 0.85; margin: 0.1em 0 0; }
.yomu-gc-explanation { margin: 0.35em 0 0; line-height: 1.45; }
.yomu-gc-related { margin: 0.4em 0 0; font-size: 0.86em; opacity: 0.9; }
.yomu-gc-related ul { display: inline; list-style: none; margin: 0; padding: 0; }
.yomu-gc-related li { display: inline; }
.yomu-gc-related li + li::before { content: ' · '; }
`;

export interface GlossaryCardProps {
  card: GlossaryCardInfo;
  /** Heading level of the card's name (default 3). */
  headingLevel?: 2 | 3 | 4;
}

export function GlossaryCard({ card, headingLevel = 3 }: GlossaryCardProps) {
  const Heading = `h${headingLevel}` as 'h3';
  const reading = displayReading(card.form, card.reading);
  const nameId = `yomu-gc-${card.id}`;
  return (
    <section class="yomu-gc" data-yomu-card="glossary" data-term-id={card.id} aria-labelledby={nameId}>
      <style>{GLOSSARY_CARD_CSS}</style>
      <div class="yomu-gc-head">
        <Heading class="yomu-gc-name" id={nameId}>
          {card.en}
        </Heading>
        <span class="yomu-gc-category">{CATEGORY_NAMES[card.category] ?? card.category}</span>
      </div>
      <p class="yomu-gc-form" lang="ja">
        {card.form}
        {reading ? `（${reading}）` : ''}
      </p>
      <p class="yomu-gc-explanation">{card.explanation}</p>
      {card.related.length > 0 ? (
        <div class="yomu-gc-related">
          <span>Related: </span>
          <ul>
            {card.related.map((r) => (
              <li key={r.id}>
                {r.en} <span lang="ja">{r.form}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
