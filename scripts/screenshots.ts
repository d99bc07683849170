/**
 * Regenerates the README's screenshots (docs/*.png) from the e2e run, never by hand:
 *
 *     npm run screenshots
 *
 * Builds the extension, runs the e2e files that take the shots (each saves its screenshots under
 * tests/artifacts/ as it checks what it shows), and, when they all pass, copies the named shots to
 * docs/. A failing run copies nothing: a picture in the README is one a passing test looked at.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** docs/ name ← the e2e screenshot it is, and the test file that takes it. */
const README_SHOTS: readonly { doc: string; artifact: string; test: string }[] = [
  { doc: 'article-furigana.png', artifact: 'article-furigana.png', test: 'tests/e2e/furigana.e2e.test.ts' },
  { doc: 'hover-popup.png', artifact: 'hover-seisai-furigana-on.png', test: 'tests/e2e/hover.e2e.test.ts' },
  { doc: 'kanji-view.png', artifact: 'study-kanji-view.png', test: 'tests/e2e/study.e2e.test.ts' },
  { doc: 'word-list.png', artifact: 'study-word-list.png', test: 'tests/e2e/study.e2e.test.ts' },
  { doc: 'reading-sheet.png', artifact: 'study-reading-sheet.png', test: 'tests/e2e/study.e2e.test.ts' },
  { doc: 'glossary-panel.png', artifact: 'glossary-panel.png', test: 'tests/e2e/glossary.e2e.test.ts' },
];

const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: ROOT, stdio: 'inherit' });

const started = Date.now();
run('npm', ['run', 'build']);
const tests = [...new Set(README_SHOTS.map((s) => s.test))];
// Throws (and copies nothing) when a test fails.
run('npx', ['vitest', 'run', '--project', 'e2e', ...tests]);
for (const shot of README_SHOTS) {
  const from = join(ROOT, 'tests/artifacts', shot.artifact);
  if (!existsSync(from) || statSync(from).mtimeMs < started) throw new Error(`${shot.test} did not save ${shot.artifact} in this run`);
}
for (const shot of README_SHOTS) {
  copyFileSync(join(ROOT, 'tests/artifacts', shot.artifact), join(ROOT, 'docs', shot.doc));
  console.log(`docs/${shot.doc} ← tests/artifacts/${shot.artifact}`);
}
