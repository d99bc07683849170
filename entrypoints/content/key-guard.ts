/**
 * Our keys heard before the page's: the key guard, added to the window as the document starts
 * (`key-guard.content.ts`, `document_start`, before any of the page's scripts run), is the
 * window's first capture-phase key listener. The hover popup's keys listen through it
 * (`listenKeysFirst`), so that the Esc which closes our popup is stopped before every listener
 * of the page, even one the page added to the window in the capture phase (a lightbox that closes
 * on Esc would otherwise close with our popup).
 *
 * The handlers wait in a slot on the content scripts' own global object (their isolated world: the
 * page cannot see it or add to it). Each handler is also an ordinary capture listener, which lets
 * pass the events the guard gave it: where no guard was added (a frame the guard's script did not
 * reach, the unit tests' documents) or where the page erased the guard's listeners
 * (`document.open()` erases every listener of the window: a frame the page fills with
 * `document.write`, a page that rewrites itself), the keys still reach the handler, after the
 * page's earlier listeners, as before the guard.
 */

type KeyType = 'keydown' | 'keyup';
type KeyHandler = (e: KeyboardEvent) => void;

interface KeyGuard {
  win: Window;
  handlers: Record<KeyType, Set<KeyHandler>>;
  /** The events the guard gave its handlers (their own listeners let them pass). */
  given: WeakSet<Event>;
}

/** The slot's name on the content scripts' global (shared by our scripts and modules in a frame). */
const SLOT = Symbol.for('yomu.key-guard');

function guardOf(win: Window): KeyGuard | undefined {
  const guard = (globalThis as { [SLOT]?: KeyGuard })[SLOT];
  return guard?.win === win ? guard : undefined;
}

/**
 * Adds the key guard to `win` (once): capture-phase `keydown` and `keyup` listeners that run the
 * handlers given to `listenKeysFirst`, in the order given, until one stops the event's propagation.
 */
export function installKeyGuard(win: Window): void {
  if (guardOf(win)) return;
  const guard: KeyGuard = { win, handlers: { keydown: new Set(), keyup: new Set() }, given: new WeakSet() };
  (globalThis as { [SLOT]?: KeyGuard })[SLOT] = guard;
  for (const type of ['keydown', 'keyup'] as const)
    win.addEventListener(
      type,
      (e) => {
        guard.given.add(e);
        for (const handler of [...guard.handlers[type]]) {
          handler(e);
          // stopImmediatePropagation (or stopPropagation): the handlers after it do not hear it,
          // as separate listeners would not.
          if (e.cancelBubble) return;
        }
      },
      { capture: true },
    );
}

/**
 * Listens to `type` key events of `win` in the capture phase, through the key guard when there is
 * one (before the page's listeners), and as an ordinary listener for the events the guard did not
 * give it (no guard, or its listeners erased). Each event reaches `handler` once. Returns the
 * function that stops it.
 */
export function listenKeysFirst(win: Window, type: KeyType, handler: KeyHandler): () => void {
  const guard = guardOf(win);
  guard?.handlers[type].add(handler);
  const listener = (e: KeyboardEvent) => {
    if (!guard?.given.has(e)) handler(e);
  };
  win.addEventListener(type, listener, { capture: true });
  return () => {
    guard?.handlers[type].delete(handler);
    win.removeEventListener(type, listener, { capture: true });
  };
}

/**
 * After a keydown of ours was stopped (the Esc that closed our popup): its keyup is ours too (the
 * page heard no keydown of it), stopped before the page's listeners, once: until it comes, or
 * another key is pressed (a keyup lost while the window had no focus).
 */
export function stopKeyUpOf(win: Window, key: string): void {
  const stops: (() => void)[] = [];
  const done = () => stops.splice(0).forEach((stop) => stop());
  stops.push(
    listenKeysFirst(win, 'keyup', (e) => {
      if (e.key !== key) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      done();
    }),
    listenKeysFirst(win, 'keydown', done),
  );
}
