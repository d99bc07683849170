/**
 * Smoke test of the Firefox build's options, glossary and popup pages in Debian's firefox-esr,
 * over Marionette (no driver or browser download): font sizes, the slider, "change it" for the
 * browser shortcut (commands.openShortcutSettings, no about:addons tab from tabs.create), the
 * glossary controls' alignment, the popup placeholder. Prints figures, writes screenshots to
 * tests/artifacts/glossary-ui/firefox/.
 *
 *   npm run build:firefox && tsx scripts/firefox-smoke-glossary-ui.ts
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const EXT = join(ROOT, '.output/firefox-mv3');
const OUT = join(ROOT, 'tests/artifacts/glossary-ui/firefox');
mkdirSync(OUT, { recursive: true });
const UUID = '6f1d2b9e-8a3c-4e57-9b1a-2c3d4e5f6a7b';
const profile = mkdtempSync(join(tmpdir(), 'yomu-ff-'));
writeFileSync(
  join(profile, 'user.js'),
  `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ 'yomu@example.org': UUID }))});\nuser_pref("marionette.port", 2829);\nuser_pref("browser.shell.checkDefaultBrowser", false);\n`,
);
const ff = spawn(
  '/usr/bin/firefox-esr',
  ['--headless', '--marionette', '-remote-allow-system-access', '--no-remote', '--profile', profile, '--width=1200', '--height=900'],
  { stdio: ['ignore', 'ignore', 'ignore'] },
);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Reply = [number, number, unknown, { value?: unknown } & Record<string, unknown>];
let sock: net.Socket | undefined;
let buf = Buffer.alloc(0);
let id = 0;
const pending = new Map<number, (m: Reply) => void>();
let greeted: (m: unknown) => void = () => {};
const greeting = new Promise((r) => (greeted = r));
function onData(d: Buffer) {
  buf = Buffer.concat([buf, d]);
  for (;;) {
    const colon = buf.indexOf(':'.charCodeAt(0));
    if (colon < 0) return;
    const len = Number(buf.subarray(0, colon).toString());
    if (buf.length < colon + 1 + len) return;
    const msg = JSON.parse(buf.subarray(colon + 1, colon + 1 + len).toString());
    buf = buf.subarray(colon + 1 + len);
    if (!Array.isArray(msg)) greeted(msg);
    else if (pending.has(msg[1])) {
      pending.get(msg[1])?.(msg as Reply);
      pending.delete(msg[1]);
    }
  }
}
for (let i = 0; i < 60 && !sock; i++) {
  await sleep(1000);
  sock = await new Promise<net.Socket | undefined>((res) => {
    const s = net.connect(2829, '127.0.0.1');
    s.on('connect', () => res(s));
    s.on('error', () => res(undefined));
  });
}
if (!sock) throw new Error('Firefox did not open Marionette');
sock.on('data', onData);
await greeting;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Marionette answers are loosely shaped JSON
const cmd = (name: string, params: object = {}): Promise<any> =>
  new Promise((res, rej) => {
    const n = ++id;
    pending.set(n, (m) => (m[2] ? rej(new Error(`${name}: ${JSON.stringify(m[2])}`)) : res(m[3])));
    const body = JSON.stringify([0, n, name, params]);
    sock!.write(`${Buffer.byteLength(body)}:${body}`);
  });
const run = async (script: string, args: unknown[] = []) => (await cmd('WebDriver:ExecuteAsyncScript', { script, args })).value;
const shot = async (name: string) => {
  const { value } = await cmd('WebDriver:TakeScreenshot', { full: false });
  writeFileSync(join(OUT, name), Buffer.from(value, 'base64'));
  console.log(join(OUT, name));
};
async function main(): Promise<void> {
  try {
    await cmd('WebDriver:NewSession', { capabilities: {} });
    console.log('installed', await cmd('Addon:Install', { path: EXT, temporary: true }));
    const open = async (path: string) => {
      await cmd('Marionette:SetContext', { value: 'chrome' });
      await run(
        `const [url, done] = arguments; const tab = gBrowser.addTab(url, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); gBrowser.selectedTab = tab; setTimeout(done, 2500);`,
        [`moz-extension://${UUID}/${path}`],
      );
      await cmd('Marionette:SetContext', { value: 'content' });
      const handles = await cmd('WebDriver:GetWindowHandles');
      await cmd('WebDriver:SwitchToWindow', { handle: handles.at(-1) });
    };
    await open('options.html');
    console.log('url', (await cmd('WebDriver:GetCurrentURL')).value);
    console.log(
      'options',
      await run(
        `arguments[0](JSON.stringify({h2: [...document.querySelectorAll('section > h2')].map(h => getComputedStyle(h).fontSize).slice(0,2), desc: getComputedStyle(document.querySelector('.yomu-switch-description')).fontSize, body: getComputedStyle(document.body).fontSize, api: typeof browser.commands.openShortcutSettings, change: [...document.querySelectorAll('button')].some(b => b.textContent === 'change it'), help: document.querySelector('.yomu-shortcut-help')?.textContent ?? null, slider: document.querySelector('input[type=range]').getBoundingClientRect().width}))`,
      ),
    );
    await shot('options-firefox-top.png');
    await run(`document.querySelector('section[aria-label="Keyboard shortcuts"]').scrollIntoView(); arguments[0]()`);
    await shot('options-firefox-keys.png');
    const before = (await cmd('WebDriver:GetWindowHandles')).length;
    const button = await cmd('WebDriver:FindElement', { using: 'xpath', value: "//button[text()='change it']" });
    await cmd('WebDriver:ElementClick', { id: Object.values(button.value)[0] });
    await sleep(2500);
    console.log('after click: instructions', await run(`arguments[0](document.querySelector('.yomu-shortcut-help')?.textContent ?? null)`));
    await cmd('Marionette:SetContext', { value: 'chrome' });
    console.log('tabs', await run(`arguments[0](gBrowser.tabs.map(t => t.linkedBrowser.currentURI.spec))`), 'handles before', before);
    await cmd('Marionette:SetContext', { value: 'content' });
    await open('glossary.html');
    await shot('glossary-firefox.png');
    console.log(
      'glossary controls',
      await run(
        `arguments[0](JSON.stringify(['.yomu-glossary-controls input', '.yomu-glossary-controls select', '.yomu-glossary-controls button'].map(s => { const r = document.querySelector(s).getBoundingClientRect(); return [Math.round(r.top*10)/10, Math.round(r.bottom*10)/10]; })))`,
      ),
    );
    await open('popup.html');
    console.log(
      'popup',
      await run(
        `const i = document.querySelector('input[type=search]'); document.body.style.width = '22rem'; const s = getComputedStyle(i); const c = document.createElement('canvas').getContext('2d'); c.font = s.font; const h = document.querySelector('.yomu-popup-heading'); arguments[0](JSON.stringify({ text: c.measureText(i.placeholder).width, box: i.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight), heading: !!h }))`,
      ),
    );
  } catch (e) {
    console.error('FAILED', e);
  } finally {
    await cmd('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
    sock?.destroy();
    await sleep(1500);
    ff.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

void main();
