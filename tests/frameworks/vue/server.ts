import { createSSRApp } from 'vue';
import { renderToString } from 'vue/server-renderer';
import type { FrontPageState } from '../front-page';
import { FrontPage } from './front-page';

export function render(state: FrontPageState): Promise<string> {
  return renderToString(createSSRApp(FrontPage, { state }));
}
