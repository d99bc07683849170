/** The front page in React 19 (createElement: what JSX compiles to). */
import { createElement as h, useEffect, useState } from 'react';
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
    h('p', { className: 'clock' }, s.hour < 12 ? '午前' : '午後', s.hour % 12, '時', s.minute, '分'),
    h('p', { className: 'counter' }, '残り', s.remaining, '件の記事'),
    h(
      'ul',
      { className: 'keyed' },
      s.keyed.map((item) => h('li', { key: item.id }, item.title)),
    ),
    // Unkeyed on purpose: React then matches children by position.
    h('ul', { className: 'unkeyed' }, ...s.unkeyed.map((item) => h('li', null, item.title))),
    h('p', { className: 'conditional' }, s.urgent && '【速報】', '首相が記者会見'),
    h('p', { className: 'population' }, '東京都の人口は', s.population, '人です'),
    h(
      'section',
      null,
      s.articles.map((text, i) => h('p', { key: i }, text)),
    ),
  );
}
