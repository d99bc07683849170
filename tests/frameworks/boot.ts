/**
 * The client side every test app shares: reads the page's configuration, waits for the test
 * before hydrating when asked to (so that hydration can land before, during or after the
 * extension's first pass), starts the app and publishes its control API as `window.__app`.
 */
import { APP_ROOT_ID, type AppConfig, type AppControl, type FrontPageState } from './front-page';

/** Mounts (`hydrate` false) or hydrates the app into `root`; resolves with its control API. */
export type StartApp = (root: HTMLElement, state: FrontPageState, hydrate: boolean) => AppControl | Promise<AppControl>;

interface TestWindow {
  __app?: AppControl;
  __startHydration?: () => void;
}

export async function boot(start: StartApp): Promise<void> {
  const config = JSON.parse(document.getElementById('app-config')!.textContent!) as AppConfig;
  const root = document.getElementById(APP_ROOT_ID)!;
  const win = window as unknown as TestWindow;
  if (config.mode === 'hydrate' && config.delayHydration) {
    await new Promise<void>((resolve) => {
      win.__startHydration = resolve;
    });
  }
  win.__app = await start(root, config.state, config.mode === 'hydrate');
}

/** Resolves after the framework's scheduled work has run (a macrotask after the change). */
export function afterRender(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
