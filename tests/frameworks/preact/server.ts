import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { FrontPageState } from '../front-page';
import { FrontPage } from './front-page';

export function render(state: FrontPageState): string {
  return renderToString(h(FrontPage, { initial: state, register: () => {} }));
}
