/**
 * Just enough of the extension API for the review page to render the extension's own views from
 * fixtures outside the extension: storage areas in memory (with onChanged), a tab whose content
 * script answers the toolbar popup from `PAGE_FIXTURE`, and no-op runtime calls. Installed as
 * `globalThis.chrome` before any view is imported (wxt/browser and @wxt-dev/storage read it then).
 */
import { PAGE_FIXTURE } from './page.fixture';
import { GLOSSARY_PANEL_MESSAGE, GLOSSARY_TERMS_MESSAGE, REVEAL_TERM_MESSAGE, TAB_INFO_MESSAGE } from '../../utils/tab-messages';

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

function storageArea(name: string, all: Set<Listener>) {
  const data = new Map<string, unknown>();
  const own = new Set<Listener>();
  const fire = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => {
    for (const l of [...own, ...all]) l(changes, name);
  };
  return {
    async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
      const wanted = keys == null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items: Record<string, unknown>): Promise<void> {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data.get(k), newValue: v };
        data.set(k, structuredClone(v));
      }
      fire(changes);
    },
    async remove(keys: string | string[]): Promise<void> {
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
    },
    async clear(): Promise<void> {
      data.clear();
    },
    onChanged: { addListener: (l: Listener) => own.add(l), removeListener: (l: Listener) => own.delete(l) },
  };
}

const changed = new Set<Listener>();
const noop = { addListener() {}, removeListener() {} };

/** What the tab's content script would answer the toolbar popup. */
function answer(message: { type?: string }): unknown {
  switch (message.type) {
    case TAB_INFO_MESSAGE:
      return { host: PAGE_FIXTURE.host, furigana: true };
    case GLOSSARY_TERMS_MESSAGE:
      return { terms: PAGE_FIXTURE.terms, panelOpen: false };
    case REVEAL_TERM_MESSAGE:
      return { found: true };
    case GLOSSARY_PANEL_MESSAGE:
      return { panelOpen: false };
    default:
      return undefined;
  }
}

(globalThis as { chrome?: unknown }).chrome = {
  runtime: {
    id: 'yomu-review',
    getURL: (p: string) => p,
    openOptionsPage: async () => {},
    sendMessage: async () => undefined,
    onMessage: noop,
  },
  storage: {
    sync: storageArea('sync', changed),
    local: storageArea('local', changed),
    session: storageArea('session', changed),
    onChanged: { addListener: (l: Listener) => changed.add(l), removeListener: (l: Listener) => changed.delete(l) },
  },
  tabs: {
    query: async () => [{ id: 1 }],
    sendMessage: async (_tab: number, message: { type?: string }) => answer(message),
    create: async () => ({}),
  },
  commands: { getAll: async () => [] },
};
