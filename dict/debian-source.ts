/**
 * The EDRDG files as Debian packages them (edict, enamdict): read and decoded from EUC-JP, and
 * the package version for the licence's version line. Used by the dictionary builders.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export function debianPackageVersion(pkg: string): string {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** The file's text, or the process ends saying which package to install. */
export function readDebianEucJp(source: string, pkg: string, label: string): string {
  let raw: Buffer;
  try {
    raw = readFileSync(source);
  } catch {
    console.error(`Cannot read ${source}. Install Debian's ${label} first: apt-get install ${pkg}`);
    process.exit(1);
  }
  return new TextDecoder('euc-jp', { fatal: true }).decode(raw);
}
