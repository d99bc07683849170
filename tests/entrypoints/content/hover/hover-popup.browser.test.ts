/** The hover popup in a real page, with the engine stood in for: what it shows while an answer is on its way. */
import { afterEach, expect, test } from 'vitest';
import { HoverPopup } from '../../../../entrypoints/content/hover/hover-popup';
import { DEFAULT_SETTINGS } from '../../../../core/settings/settings';
import type { WordInfo } from '../../../../core/lookup/word-info';
import { SEISAI } from '../../../review/popup.fixture';

let popup: HoverPopup | undefined;

afterEach(() => {
  popup?.stop();
  popup = undefined;
  document.body.innerHTML = '';
});

/** The popup's text, or '' while none is shown. */
function popupText(): string {
  const host = document.querySelector<HTMLElement>('[data-yomu="popup"]');
  if (!host?.shadowRoot || host.hidden) return '';
  return Array.from(host.shadowRoot.children)
    .filter((el) => el.tagName !== 'STYLE')
    .map((el) => (el as HTMLElement).innerText)
    .join('\n');
}

/** Moves the pointer onto the middle of character `index` of the element's text. */
function pointAt(el: Element, index: number): void {
  const range = document.createRange();
  range.setStart(el.firstChild!, index);
  range.setEnd(el.firstChild!, index + 1);
  const r = range.getBoundingClientRect();
  window.dispatchEvent(new MouseEvent('mousemove', { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true }));
}

test('a slow answer shows "Loading the dictionary…" over the word, then the answer replaces it', async () => {
  document.body.innerHTML = '<p id="p" style="font-size:32px">制裁を決めた。</p>';
  let answer!: (info: WordInfo | null) => void;
  popup = new HoverPopup(document, {
    settings: () => DEFAULT_SETTINGS,
    lookup: () => new Promise((resolve) => (answer = resolve)),
    words: () => new Promise(() => {}),
  });
  popup.start();
  pointAt(document.getElementById('p')!, 0);
  await expect.poll(popupText, { timeout: 10_000 }).toContain('Loading the dictionary…');
  expect(popupText()).toContain('制');
  expect(popupText()).not.toContain('No dictionary entry');

  answer(SEISAI);
  await expect.poll(popupText, { timeout: 10_000 }).toContain('sanctions');
  expect(popupText()).not.toContain('Loading the dictionary…');
});
