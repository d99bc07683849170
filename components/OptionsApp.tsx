/** The options page: the reader's defaults, the keys, and where the data comes from. */
import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { browser } from 'wxt/browser';
import {
  DEFAULT_SETTINGS,
  POPUP_FONT_SIZE_RANGE,
  RUBY_SIZE_RANGE,
  type FuriganaLevel,
  type HoverTrigger,
  type ReadingScript,
  type Settings,
  type Theme,
} from '../core/settings/settings';
import { parseShortcut, shortcutFromEvent } from '../core/settings/keyboard-shortcut';
import { loadSettings, updateSettings, watchSettings } from '../utils/settings-store';
import { SwitchField } from './SwitchField';
import { openShortcutSettings, shortcutInstructions, shortcutSettingsWay, type ShortcutSettingsApi } from './shortcut-settings';
import { usePageTheme } from './page-theme';
import glossaryLicence from '../dict/glossary/LICENSE?raw';
import edictLicence from '../dict/edict/LICENSE?raw';
import namesLicence from '../dict/names/LICENSE?raw';
import readingsLicence from '../dict/readings/LICENSE?raw';
import ipadicNotice from 'kuromoji/NOTICE.md?raw';

interface Choice<T extends string> {
  value: T;
  label: string;
  description?: string;
}

/** A set of radio buttons under a legend; each radio's name is its label. */
function ChoiceField<T extends string>(props: {
  legend: string;
  name: string;
  value: T;
  choices: Choice<T>[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset class="yomu-choices">
      <legend>{props.legend}</legend>
      {props.choices.map((choice) => (
        <label class="yomu-choice" key={choice.value}>
          <input
            type="radio"
            name={props.name}
            value={choice.value}
            checked={props.value === choice.value}
            onChange={() => props.onChange(choice.value)}
          />
          <span class="yomu-switch-text">
            <span class="yomu-switch-label">{choice.label}</span>
            {choice.description ? <span class="yomu-switch-description">{choice.description}</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** A field that records the keys the reader presses (Tab still moves on; Backspace restores). */
function ShortcutField({ value, onSave }: { value: string; onSave: (shortcut: string) => void }) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState('');
  useEffect(() => setDraft(value), [value]);

  function onKeyDown(event: KeyboardEvent) {
    const plain = !event.ctrlKey && !event.altKey && !event.metaKey;
    if (event.key === 'Tab' && plain) return;
    event.preventDefault();
    if ((event.key === 'Backspace' || event.key === 'Escape') && plain && !event.shiftKey) {
      setDraft(value);
      setError('');
      return;
    }
    const pressed = shortcutFromEvent(event);
    if (!pressed) return; // only modifiers so far
    setDraft(pressed);
    const parsed = parseShortcut(pressed);
    if ('error' in parsed) {
      setError(`${pressed}: ${parsed.error}`);
      return;
    }
    setError('');
    onSave(pressed);
  }

  return (
    <div class="yomu-field">
      <label for="yomu-panel-shortcut" class="yomu-switch-label">
        Glossary panel shortcut
      </label>
      <span class="yomu-switch-description" id="yomu-panel-shortcut-help">
        Click the field and press the keys you want (a letter or digit with Ctrl, Alt or Meta, or F1–F12). Backspace undoes.
      </span>
      <div class="yomu-inline">
        <input
          id="yomu-panel-shortcut"
          type="text"
          readOnly
          value={draft}
          aria-describedby="yomu-panel-shortcut-help yomu-panel-shortcut-error"
          aria-invalid={error ? 'true' : 'false'}
          onKeyDown={onKeyDown}
        />
        <button type="button" class="yomu-button" onClick={() => onSave(DEFAULT_SETTINGS.glossaryPanelShortcut)}>
          Reset to {DEFAULT_SETTINGS.glossaryPanelShortcut}
        </button>
      </div>
      <span id="yomu-panel-shortcut-error" class="yomu-field-error" role={error ? 'alert' : undefined}>
        {error}
      </span>
    </div>
  );
}

const FIREFOX = Boolean(import.meta.env.FIREFOX);

/** "change it": opens the browser's shortcut settings where it can, else says where they are. */
function ShortcutSettingsLink() {
  const api = browser as unknown as ShortcutSettingsApi;
  const [instructions, setInstructions] = useState(shortcutSettingsWay(api, FIREFOX) === 'instructions');
  if (instructions) return <span class="yomu-shortcut-help">{shortcutInstructions(FIREFOX)}</span>;
  return (
    <button
      type="button"
      class="yomu-link-button"
      onClick={() => void openShortcutSettings(api, FIREFOX).then((opened) => setInstructions(!opened))}
    >
      change it
    </button>
  );
}

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function Licence({ title, text }: { title: string; text: string }) {
  return (
    <details class="yomu-licence">
      <summary>{title}</summary>
      <pre>{text.trim()}</pre>
    </details>
  );
}

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>();
  const [problems, setProblems] = useState<string[]>([]);
  const [furiganaCommand, setFuriganaCommand] = useState<string>();

  useEffect(() => {
    void loadSettings().then((p) => {
      setSettings(p.settings);
      setProblems(p.problems);
    });
    void browser.commands
      ?.getAll()
      .then((commands) => setFuriganaCommand(commands.find((c) => c.name === 'toggle-furigana')?.shortcut ?? ''))
      .catch(() => setFuriganaCommand(''));
    return watchSettings((p) => setSettings(p.settings));
  }, []);
  usePageTheme(settings?.theme);

  if (!settings) return <main class="yomu-options">…</main>;
  const change = (patch: Partial<Settings>) => void updateSettings(() => patch).then(setSettings);
  const sites = Object.entries(settings.siteFurigana).sort(([a], [b]) => a.localeCompare(b));
  const version = browser.runtime.getManifest().version;

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
        <h3>Sites with their own setting</h3>
        {sites.length === 0 ? (
          <p class="yomu-muted">None yet. The toolbar button sets furigana for the site you are on.</p>
        ) : (
          <ul class="yomu-sites">
            {sites.map(([host, on]) => (
              <li key={host}>
                <span class="yomu-site-host">{host}</span>
                <span class="yomu-muted">furigana {on ? 'on' : 'off'}</span>
                <button
                  type="button"
                  class="yomu-button"
                  aria-label={`Remove the exception for ${host}`}
                  onClick={() =>
                    void updateSettings((s) => {
                      const siteFurigana = { ...s.siteFurigana };
                      delete siteFurigana[host];
                      return { siteFurigana };
                    }).then(setSettings)
                  }
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <ChoiceField<ReadingScript>
          legend="Reading script"
          name="readingScript"
          value={settings.readingScript}
          onChange={(readingScript) => change({ readingScript })}
          choices={[
            { value: 'hiragana', label: 'Hiragana', description: '東京 → とうきょう' },
            { value: 'katakana', label: 'Katakana', description: '東京 → トウキョウ' },
            { value: 'romaji', label: 'Romaji', description: '東京 → toukyou' },
          ]}
        />
        <div class="yomu-field">
          <label for="yomu-ruby-size" class="yomu-switch-label">
            Furigana size: {settings.rubySize} % of the text
          </label>
          <input
            id="yomu-ruby-size"
            type="range"
            min={RUBY_SIZE_RANGE.min}
            max={RUBY_SIZE_RANGE.max}
            step={5}
            value={settings.rubySize}
            onChange={(e) => change({ rubySize: Number((e.currentTarget as HTMLInputElement).value) })}
          />
        </div>
        <ChoiceField<FuriganaLevel>
          legend="Which words get furigana"
          name="furiganaLevel"
          value={settings.furiganaLevel}
          onChange={(furiganaLevel) => change({ furiganaLevel })}
          choices={[
            { value: 'all', label: 'Every word with kanji' },
            {
              value: 'uncommon',
              label: 'Only less common words',
              description: 'Leaves out words the dictionary (EDICT) marks as common, such as 日本 or 会議.',
            },
          ]}
        />
      </section>

      <Section title="Hover popup">
        <ChoiceField<HoverTrigger>
          legend="Show the popup when the pointer rests on a word"
          name="hoverTrigger"
          value={settings.hoverTrigger}
          onChange={(hoverTrigger) => change({ hoverTrigger })}
          choices={[
            { value: 'none', label: 'Always' },
            { value: 'shift', label: 'Only while Shift is held' },
            { value: 'alt', label: 'Only while Alt is held' },
          ]}
        />
        <div class="yomu-field">
          <label for="yomu-font-size" class="yomu-switch-label">
            Popup font size: {settings.popupFontSize} px
          </label>
          <input
            id="yomu-font-size"
            type="range"
            min={POPUP_FONT_SIZE_RANGE.min}
            max={POPUP_FONT_SIZE_RANGE.max}
            step={1}
            value={settings.popupFontSize}
            onChange={(e) => change({ popupFontSize: Number((e.currentTarget as HTMLInputElement).value) })}
          />
        </div>
      </Section>

      <Section title="Appearance">
        <ChoiceField<Theme>
          legend="Theme of the popups, the glossary panel and these pages"
          name="theme"
          value={settings.theme}
          onChange={(theme) => change({ theme })}
          choices={[
            { value: 'system', label: 'As the system' },
            { value: 'light', label: 'Light' },
            { value: 'dark', label: 'Dark' },
          ]}
        />
      </Section>

      <Section title="Glossary">
        <SwitchField
          label="Underline glossary terms"
          description="A subtle dotted line under the geopolitical terms of Japanese pages."
          checked={settings.glossaryUnderlines}
          onChange={(glossaryUnderlines) => change({ glossaryUnderlines })}
        />
        <ShortcutField value={settings.glossaryPanelShortcut} onSave={(glossaryPanelShortcut) => change({ glossaryPanelShortcut })} />
        <p>
          <a href="/glossary.html" target="_blank" rel="noopener">
            Open the full glossary
          </a>
        </p>
        <p>
          <a href="/wordlist.html" target="_blank" rel="noopener">
            Open the word list
          </a>{' '}
          (words saved with S in the hover popup, known words, export for Anki)
        </p>
      </Section>

      <Section title="Keyboard shortcuts">
        <table class="yomu-keys">
          <tbody>
            <tr>
              <th scope="row">
                <kbd>{furiganaCommand || (furiganaCommand === '' ? 'not set' : '…')}</kbd>
              </th>
              <td>
                Turn furigana on or off in the current tab. Set by the browser: <ShortcutSettingsLink />
              </td>
            </tr>
            <tr>
              <th scope="row">
                <kbd>{settings.glossaryPanelShortcut}</kbd>
              </th>
              <td>Open or close the glossary panel in the page (set above).</td>
            </tr>
            <tr>
              <th scope="row">
                <kbd>Esc</kbd>
              </th>
              <td>Close the glossary panel or the hover popup.</td>
            </tr>
            <tr>
              <th scope="row">
                {settings.hoverTrigger === 'none' ? 'Pointer at rest' : <kbd>{settings.hoverTrigger === 'shift' ? 'Shift' : 'Alt'}</kbd>}
              </th>
              <td>Show the hover popup for the word under the pointer; the popup lists its own keys.</td>
            </tr>
          </tbody>
        </table>
      </Section>

      <Section title="About">
        <p>
          Yomu {version}: furigana, word explanations and a geopolitical glossary for Japanese news pages. Everything works offline; Yomu
          sends nothing anywhere.
        </p>
        <ul>
          <li>
            Japanese–English dictionary: EDICT, © Electronic Dictionary Research and Development Group (EDRDG), used under the{' '}
            <a href="https://creativecommons.org/licenses/by-sa/3.0/" target="_blank" rel="noopener">
              Creative Commons Attribution-ShareAlike 3.0
            </a>{' '}
            licence, in line with the{' '}
            <a href="https://www.edrdg.org/edrdg/licence.html" target="_blank" rel="noopener">
              EDRDG licence statement
            </a>
            .
          </li>
          <li>
            Readings of people's names: ENAMDICT, © Electronic Dictionary Research and Development Group (EDRDG), used under the{' '}
            <a href="https://creativecommons.org/licenses/by-sa/3.0/" target="_blank" rel="noopener">
              Creative Commons Attribution-ShareAlike 3.0
            </a>{' '}
            licence.
          </li>
          <li>
            Kanji details: KANJIDIC2, © Electronic Dictionary Research and Development Group (EDRDG), used under the{' '}
            <a href="https://creativecommons.org/licenses/by-sa/3.0/" target="_blank" rel="noopener">
              Creative Commons Attribution-ShareAlike 3.0
            </a>{' '}
            licence (
            <a href="https://www.edrdg.org/wiki/index.php/KANJIDIC_Project" target="_blank" rel="noopener">
              KANJIDIC project
            </a>
            ).
          </li>
          <li>
            Geopolitical glossary: written for Yomu, licensed{' '}
            <a href="https://creativecommons.org/licenses/by-sa/4.0/" target="_blank" rel="noopener">
              CC BY-SA 4.0
            </a>
            .
          </li>
          <li>
            Morphological analysis: kuromoji.js (Apache License 2.0) with the IPADIC dictionary (mecab-ipadic, © Nara Institute of Science
            and Technology).
          </li>
          <li>
            Readings where UniDic and EDICT agree against IPADIC: UniDic 3.1.1, © The UniDic Consortium, used under the BSD 3-Clause licence
            (the notice below).
          </li>
        </ul>
        <Licence title="EDICT licence and changes (dict/edict/LICENSE)" text={edictLicence} />
        <Licence title="ENAMDICT licence and changes (dict/names/LICENSE)" text={namesLicence} />
        <Licence title="Glossary licence (dict/glossary/LICENSE)" text={glossaryLicence} />
        <Licence title="IPADIC notice (kuromoji)" text={ipadicNotice} />
        <Licence title="Agreed readings and lexicon words: UniDic and EDICT notices (dict/readings/LICENSE)" text={readingsLicence} />
      </Section>
    </main>
  );
}
