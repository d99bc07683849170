/**
 * Pointer moves and keys that come while the content script's modules load (issue 12): the
 * pointer already resting on a word, a trigger key or the glossary's shortcut pressed as the page
 * opens. Kept by the loader from its first moment and handed to the hover and the glossary when
 * each starts. Moves that follow one another are kept as the last of them; at most 32 events.
 */
export interface EarlyEvents {
  /** The events kept so far, in order (`mousemove` and `keydown` only). */
  readonly events: readonly Event[];
  /** Stops keeping events and forgets them. */
  stop(): void;
}

const MAX_EVENTS = 32;

/** Starts keeping `win`'s pointer moves and key presses (capture phase, passive). */
export function keepEarlyEvents(win: Window): EarlyEvents {
  const events: Event[] = [];
  const keep = (event: Event) => {
    if (event.type === 'mousemove' && events.at(-1)?.type === 'mousemove') events[events.length - 1] = event;
    else if (events.length < MAX_EVENTS) events.push(event);
  };
  win.addEventListener('keydown', keep, { capture: true, passive: true });
  win.addEventListener('mousemove', keep, { capture: true, passive: true });
  return {
    events,
    stop() {
      win.removeEventListener('keydown', keep, true);
      win.removeEventListener('mousemove', keep, true);
      events.length = 0;
    },
  };
}
