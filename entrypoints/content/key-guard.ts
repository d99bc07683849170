/**
 * Our keys heard before the page's: the key guard, added to the window as the document starts
 * (`key-guard.content.ts`, `document_start`, before any of the page's scripts run), is the
 * window's first capture-phase key listener. The hover popup's keys listen through it
 * (`listenKeysFirst`), so that the Esc which closes our popup is stopped before every listener
 * of the page, even one the page added to the window in the capture phase (a lightbox that closes
 * on Esc would otherwise close with our popup).
 *
 * The handlers wait in a slot on the content scripts' own global object (their isolated world: the
 * page cannot see it or add to it). Where no guard was added (a frame the guard's script did not
 * reach, the unit tests' documents), `listenKeysFirst` adds an ordinary capture listener.
 */

type KeyType = 'keydown' | 'keyup';
type KeyHandler = (e: KeyboardEvent) => void;

interface KeyGuard {
  win: Window;
  handlers: Record<KeyType, Set<KeyHandler>>;
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
  const guard: KeyGuard = { win, handlers: { keydown: new Set(), keyup: new Set() } };
  (globalThis as { [SLOT]?: KeyGuard })[SLOT] = guard;
  for (const type of ['keydown', 'keyup'] as const)
    win.addEventListener(
      type,
      (e) => {
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
 * one (before the page's listeners), else as an ordinary listener. Returns the function that stops it.
 */
export function listenKeysFirst(win: Window, type: KeyType, handler: KeyHandler): () => void {
  const guard = guardOf(win);
  if (guard) {
    guard.handlers[type].add(handler);
    return () => guard.handlers[type].delete(handler);
  }
  win.addEventListener(type, handler, { capture: true });
  return () => win.removeEventListener(type, handler, { capture: true });
}
