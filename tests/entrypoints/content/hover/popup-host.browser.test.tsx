/** The popup's host in a real page: the warm-up draw leaves nothing behind and never stands for the popup. */
import { afterEach, describe, expect, test } from 'vitest';
import { PopupHost } from '../../../../entrypoints/content/hover/popup-host';
import type { WordInfo } from '../../../../core/lookup/word-info';

const WORD: WordInfo = {
  start: 0,
  end: 2,
  surface: '制裁',
  reading: 'せいさい',
  romaji: 'seisai',
  inflections: [],
  entries: [
    {
      headwords: ['制裁'],
      readings: ['せいさい'],
      common: true,
      senses: [{ partsOfSpeech: ['noun'], labels: [], glosses: ['sanctions'] }],
    },
  ],
};
const LOOK = { theme: 'light', fontSize: 16 } as const;
const WORD_BOX = [{ left: 100, top: 100, right: 140, bottom: 120, width: 40, height: 20 }];

afterEach(() => {
  for (const n of document.querySelectorAll('[data-yomu]')) n.remove();
});

describe('the popup host', () => {
  test('the warm-up draws out of sight and leaves nothing in the page, nor any node the page sees as our popup', () => {
    const added: string[] = [];
    const watch = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) added.push(n.getAttribute('data-yomu') ?? '');
    });
    watch.observe(document.documentElement, { childList: true });
    const before = document.documentElement.childNodes.length;
    new PopupHost(document).warm();
    watch.takeRecords().forEach((r) => r.addedNodes.forEach((n) => n instanceof Element && added.push(n.getAttribute('data-yomu') ?? '')));
    watch.disconnect();
    expect(document.documentElement.childNodes.length).toBe(before);
    expect(document.querySelector('[data-yomu]')).toBeNull();
    expect(added).toEqual(['popup-warmup']);
  });

  test('a popup shown after the warm-up is the one popup host, with its entries; a warm-up after a show does nothing', () => {
    const host = new PopupHost(document);
    host.warm();
    host.show({ info: WORD, selected: 0, keys: [] }, WORD_BOX, LOOK);
    const hosts = document.querySelectorAll('[data-yomu="popup"]');
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.shadowRoot!.querySelector('.yomu-entries li')?.textContent).toContain('sanctions');
    host.warm();
    expect(document.querySelectorAll('[data-yomu]')).toHaveLength(1);
    expect(host.visible).toBe(true);
  });
});
