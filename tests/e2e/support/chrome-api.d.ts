// The slice of the extension API that tests evaluate inside the extension (service worker, pages).
declare namespace chrome {
  namespace runtime {
    function getManifest(): { commands?: Record<string, unknown>; version: string };
    function sendMessage(message: object): Promise<unknown>;
    function getURL(path: string): string;
    function getContexts(filter: { contextTypes?: string[]; documentUrls?: string[] }): Promise<unknown[]>;
  }
  namespace offscreen {
    function createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
    function closeDocument(): Promise<void>;
  }
  namespace tabs {
    function query(query: {
      active?: boolean;
      currentWindow?: boolean;
      url?: string;
    }): Promise<{ id?: number; url?: string; active: boolean }[]>;
    function sendMessage(tabId: number, message: object): Promise<unknown>;
  }
  namespace storage {
    const sync: { set(items: object): Promise<void>; get(keys?: string | string[] | null): Promise<Record<string, unknown>> };
    const local: {
      set(items: object): Promise<void>;
      get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
      remove(keys: string | string[]): Promise<void>;
      clear(): Promise<void>;
    };
  }
}
