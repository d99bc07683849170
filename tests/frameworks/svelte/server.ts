import { render as svelteRender } from 'svelte/server';
import type { FrontPageState } from '../front-page';
import FrontPage from './FrontPage.svelte';

export function render(state: FrontPageState): string {
  return svelteRender(FrontPage, { props: { initial: state, register: () => {} } }).body;
}
