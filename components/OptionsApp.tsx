/** The options page: the reader's defaults and where the data comes from. */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings/settings';
import { loadSettings, updateSettings, watchSettings } from '../utils/settings-store';
import { SwitchField } from './SwitchField';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>();
  const [problems, setProblems] = useState<string[]>([]);

  useEffect(() => {
    void loadSettings().then((p) => {
      setSettings(p.settings);
      setProblems(p.problems);
    });
    return watchSettings((p) => setSettings(p.settings));
  }, []);

  if (!settings) return <main class="yomu-options">…</main>;
  const change = (patch: Partial<Settings>) => void updateSettings(() => patch).then(setSettings);

  return (
    <main class="yomu-options">
      <h1>Yomu options</h1>
      {problems.length > 0 ? (
        <div role="alert" class="yomu-warning">
          {problems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      ) : null}
      <section>
        <h2>Furigana</h2>
        <SwitchField
          label="Show furigana"
          description="Readings over kanji on every site, unless a site has its own setting (toolbar button)."
          checked={settings.showFurigana}
          onChange={(showFurigana) => change({ showFurigana })}
        />
      </section>
    </main>
  );
}
