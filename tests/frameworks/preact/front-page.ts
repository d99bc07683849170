/** The front page in Preact 10 (h: what JSX compiles to). */
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { FrontPageState } from '../front-page';

export interface FrontPageProps {
  initial: FrontPageState;
  register: (setState: (update: (s: FrontPageState) => FrontPageState) => void) => void;
}

export function FrontPage({ initial, register }: FrontPageProps) {
  const [s, setState] = useState(initial);
  useEffect(() => register(setState), []);
  return h(
    'div',
    null,
    h('h2', null, h('span', null, '速報'), s.title),
    h('p', { class: 'clock' }, s.hour < 12 ? '午前' : '午後', s.hour % 12, '時', s.minute, '分'),
    h('p', { class: 'counter' }, '残り', s.remaining, '件の記事'),
    h(
      'ul',
      { class: 'keyed' },
      s.keyed.map((item) => h('li', { key: item.id }, item.title)),
    ),
    // Unkeyed on purpose: Preact then matches children by position.
    h(
      'ul',
      { class: 'unkeyed' },
      s.unkeyed.map((item) => h('li', null, item.title)),
    ),
    h('p', { class: 'conditional' }, s.urgent && '【速報】', '首相が記者会見'),
    h('p', { class: 'population' }, '東京都の人口は', s.population, '人です'),
    h(
      'section',
      null,
      s.articles.map((text, i) => h('p', { key: i }, text)),
    ),
  );
}
