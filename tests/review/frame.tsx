/**
 * One view of the review page, rendered from fixtures as the extension renders it: the hover
 * popup (in its shadow-root host, beside a word of a sample line), the in-page glossary panel, or
 * the toolbar popup (the real PopupApp over a fake extension API). `?view=popup&fixture=N`,
 * `?view=panel`, `?view=toolbar`, each with `&theme=light|dark`.
 */
import './fake-extension';
import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import '../../components/yomu-pages.css';
import '../../components/glossary-list.css';
import type { Theme } from '../../core/settings/settings';
import { GlossaryPanelHost } from '../../entrypoints/content/glossary/glossary-panel-host';
import { PopupHost } from '../../entrypoints/content/hover/popup-host';
import { PAGE_FIXTURE } from './page.fixture';
import { POPUP_FIXTURES } from './popup.fixture';

const params = new URLSearchParams(location.search);
const theme: Theme = params.get('theme') === 'dark' ? 'dark' : 'light';
const app = document.getElementById('app')!;
document.documentElement.style.colorScheme = theme;
document.body.style.margin = '0';
document.body.style.background = theme === 'dark' ? '#17181c' : '#ffffff';
document.body.style.color = theme === 'dark' ? '#e8e8ec' : '#1d1d1f';

/** A line of the reference article with the fixture's word in it, as the page around a popup. */
function sampleLine(word: string): HTMLElement {
  const p = document.createElement('p');
  p.lang = 'ja';
  p.style.cssText = 'font: 18px/1.8 "Noto Sans CJK JP", sans-serif; margin: 12px 16px;';
  const mark = document.createElement('span');
  mark.textContent = word;
  p.append('ロシアと中国の関係は、', mark, 'をきっかけに深まった。');
  app.append(p);
  return mark;
}

async function main(): Promise<void> {
  const view = params.get('view');
  if (view === 'popup') {
    const fixture = POPUP_FIXTURES[Number(params.get('fixture') ?? 0)]!;
    const word = sampleLine(fixture.word);
    new PopupHost(document).show(fixture.props, word.getClientRects(), { theme, fontSize: 15 });
  } else if (view === 'panel') {
    sampleLine('制裁');
    new GlossaryPanelHost(document, { onSelect: () => {}, onClose: () => {} }).open({
      terms: PAGE_FIXTURE.terms,
      theme,
      shortcut: 'Alt+G',
    });
  } else {
    const chrome = (globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } }).chrome;
    await chrome.storage.sync.set({ settings: { theme } });
    document.body.style.width = '22rem';
    render(<PopupApp />, app);
  }
  document.documentElement.setAttribute('data-review-ready', '');
}

void main();
