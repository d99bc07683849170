/**
 * Which of a set of elements lie near the viewport (within half a viewport above or below it),
 * kept by an IntersectionObserver: the glossary underlines only the terms of those blocks.
 * Chromium re-validates every range of a custom highlight on each frame whose DOM changed (our
 * furigana layer changes it while drawing): on the article copied 40 times, the whole page's
 * underlines cost 150–300 ms of pre-paint and paint a frame with the CPU slowed 4×.
 * `onChange` is called (once a frame at most) when the set changed.
 */
export class NearViewport {
  private readonly near = new Set<Element>();
  private readonly tracked = new Set<Element>();
  private observer: IntersectionObserver | undefined;
  private changeRequested = false;

  constructor(
    private readonly doc: Document,
    private readonly onChange: () => void,
  ) {}

  /** Whether the element was near the viewport at the observer's last report. */
  has(element: Element): boolean {
    return this.near.has(element);
  }

  /** Watches exactly these elements from now on (an empty list stops watching). */
  track(elements: Iterable<Element>): void {
    const wanted = new Set(elements);
    for (const el of this.tracked) {
      if (wanted.has(el)) continue;
      this.tracked.delete(el);
      this.near.delete(el);
      this.observer?.unobserve(el);
    }
    if (wanted.size === 0) {
      this.observer?.disconnect();
      this.observer = undefined;
      return;
    }
    const win = this.doc.defaultView;
    if (!win) return;
    this.observer ??= new win.IntersectionObserver((entries) => this.report(entries), {
      root: this.doc,
      rootMargin: '50% 0px 50% 0px',
    });
    for (const el of wanted) {
      if (this.tracked.has(el)) continue;
      this.tracked.add(el);
      this.observer.observe(el);
    }
  }

  private report(entries: IntersectionObserverEntry[]): void {
    let changed = false;
    for (const entry of entries) {
      if (!this.tracked.has(entry.target)) continue;
      const was = this.near.has(entry.target);
      if (entry.isIntersecting) this.near.add(entry.target);
      else this.near.delete(entry.target);
      changed ||= was !== entry.isIntersecting;
    }
    if (!changed || this.changeRequested) return;
    this.changeRequested = true;
    this.doc.defaultView?.requestAnimationFrame(() => {
      this.changeRequested = false;
      this.onChange();
    });
  }
}
