import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import type { FrontPageState } from '../front-page';
import { FrontPage } from './front-page';

export function render(state: FrontPageState): string {
  return renderToString(createElement(FrontPage, { initial: state, register: () => {} }));
}
