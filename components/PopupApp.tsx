/** The toolbar popup: furigana for the current site. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { furiganaEnabledFor, type Settings } from '../core/settings/settings';
import { loadSettings, updateSettings, watchSettings } from '../utils/settings-store';
import { TAB_INFO_MESSAGE, type TabInfo } from '../utils/tab-messages';
import { SwitchField } from './SwitchField';

async function activeTabInfo(): Promise<TabInfo | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  try {
    return (await browser.tabs.sendMessage(tab.id, { type: TAB_INFO_MESSAGE })) as TabInfo | undefined;
  } catch {
    return undefined; // a page our content script cannot run in (browser pages, the store...)
  }
}

export function PopupApp() {
  const [settings, setSettings] = useState<Settings>();
  const [tab, setTab] = useState<TabInfo | null>();

  useEffect(() => {
    void loadSettings().then((p) => setSettings(p.settings));
    void activeTabInfo().then((info) => setTab(info ?? null));
    return watchSettings((p) => setSettings(p.settings));
  }, []);

  if (!settings || tab === undefined) return <main class="yomu-popup">…</main>;

  const host = tab?.host ?? '';
  return (
    <main class="yomu-popup">
      <h1>Yomu</h1>
      {tab ? (
        <SwitchField
          label={`Furigana on ${host || 'this page'}`}
          checked={furiganaEnabledFor(settings, host)}
          onChange={(on) =>
            void updateSettings((s) => {
              const siteFurigana = { ...s.siteFurigana };
              if (on === s.showFurigana) delete siteFurigana[host];
              else siteFurigana[host] = on;
              return { siteFurigana };
            })
          }
        />
      ) : (
        <p class="yomu-muted">Yomu cannot read this page.</p>
      )}
      <p>
        <a href="#" onClick={(e) => { e.preventDefault(); void browser.runtime.openOptionsPage(); }}>
          Options
        </a>
      </p>
    </main>
  );
}
