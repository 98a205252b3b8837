/**
 * Makes sure Debian's chromium (browser tests) and poppler-utils (PDF checks) are installed.
 * Installs them with apt-get when running as root; otherwise says exactly what to run.
 * Never downloads a browser build of its own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium';

const missing: string[] = [];
if (!existsSync(chromiumPath)) missing.push('chromium');
if (!hasCommand('pdftotext') || !hasCommand('pdftoppm'))
  missing.push('poppler-utils');

if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !hasCommand('apt-get')) {
  console.error(
    `Browser tests need ${missing.join(' and ')}. Install with:\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\nor set CHROMIUM_PATH to an existing Chromium.`,
  );
  process.exit(1);
}
console.log(
  `Installing ${missing.join(' and ')} with apt-get (needed by the browser tests)…`,
);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
execFileSync(
  'apt-get',
  ['install', '-y', '--no-install-recommends', ...missing],
  { stdio: 'inherit', env },
);
if (!existsSync(chromiumPath)) {
  console.error(`apt-get finished but ${chromiumPath} is still missing.`);
  process.exit(1);
}

function hasCommand(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
