/** The HTML page a test app is served in: the app root (empty, or server-rendered), its config and its bundle. */
import { APP_ROOT_ID, type AppConfig } from './front-page';

/**
 * Keeps the server-rendered elements before the app's script runs: after hydration they must all
 * still be in the page (a framework that gave up hydrating renders anew, often silently in
 * production: Svelte, Preact).
 */
const SSR_ELEMENTS_SCRIPT = `<script>window.__ssrElements = Array.from(document.getElementById('${APP_ROOT_ID}').querySelectorAll('*'));</script>`;

export function appPageHtml(options: { title: string; scriptUrl: string; config: AppConfig; serverHtml?: string }): string {
  const config = JSON.stringify(options.config).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${options.title}</title>
<style>body{font:18px/1.8 "Noto Sans CJK JP",sans-serif;margin:24px}h2{font-size:26px}section p{margin:.6em 0}</style></head>
<body><div id="${APP_ROOT_ID}">${options.serverHtml ?? ''}</div>
<script type="application/json" id="app-config">${config}</script>
${options.serverHtml ? SSR_ELEMENTS_SCRIPT : ''}
<script src="${options.scriptUrl}"></script></body></html>`;
}
