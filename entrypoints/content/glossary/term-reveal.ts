/**
 * "Go to this term": scrolls the page to a term's next occurrence and flashes it. Each click
 * on the same term moves on to the following occurrence, wrapping round at the end; the first
 * click goes to the first occurrence at or below the top of the viewport.
 */

/** Index of the occurrence to show next, given the last one shown (if any). */
export function nextOccurrenceIndex(tops: readonly number[], last: number | undefined): number {
  if (tops.length === 0) return -1;
  if (last !== undefined && last >= 0) return (last + 1) % tops.length;
  const below = tops.findIndex((top) => top >= 0);
  return below >= 0 ? below : 0;
}

export class TermRevealer {
  private readonly last = new Map<string, number>();

  constructor(private readonly win: Window) {}

  /** Scrolls to the next occurrence among `ranges` (document order); returns it. */
  reveal(termId: string, ranges: readonly Range[]): Range | undefined {
    const tops = ranges.map((r) => r.getBoundingClientRect().top);
    const previous = this.last.get(termId);
    const index = nextOccurrenceIndex(tops, previous !== undefined && previous < ranges.length ? previous : undefined);
    if (index < 0) return undefined;
    this.last.set(termId, index);
    const range = ranges[index]!;
    this.scrollTo(range);
    return range;
  }

  /** Brings a range to about a third from the top of the viewport (inner scrollers too). */
  private scrollTo(range: Range): void {
    const element = range.startContainer.parentElement;
    const reduced = this.win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    const behavior: ScrollBehavior = reduced ? 'instant' : 'smooth';
    // First any scrolling boxes around the text (instantly, so that the range can be measured),
    element?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
    // then the page itself, so that the word lands where the eye expects it.
    const rect = range.getBoundingClientRect();
    const height = this.win.innerHeight;
    if (rect.top < height * 0.1 || rect.bottom > height * 0.8) {
      this.win.scrollBy({ top: rect.top - height / 3, behavior });
    }
  }
}
