#!/usr/bin/env node
// Installs what is missing before `npm start` / `npm test`: npm packages, the build, and (with
// --browser) Debian's Chromium for the UI tests. Plain JavaScript: it runs before anything is installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const say = (text) => process.stderr.write(`[setup] ${text}\n`);

function run(command, commandArgs, extraEnv = {}) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  if (result.status !== 0) {
    say(`"${command} ${commandArgs.join(' ')}" failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

const [major] = process.versions.node.split('.').map(Number);
if (major < 20) {
  say(`Groundwire needs Node.js 20 or newer; this is ${process.versions.node}.`);
  process.exit(1);
}

const installedMarker = join(root, 'node_modules', '.package-lock.json');
const lock = join(root, 'package-lock.json');
if (!existsSync(installedMarker) || statSync(lock).mtimeMs > statSync(installedMarker).mtimeMs + 1000) {
  say('installing npm packages (npm ci; the SQLite driver compiles itself, about a minute)…');
  // better-sqlite3 builds with node-gyp; pointing it at the system's Node headers avoids a download.
  run('npm', ['ci', '--no-audit', '--no-fund'], { npm_config_nodedir: '/usr' });
}

if (args.has('--build')) {
  const stamp = join(root, 'dist', '.build-stamp');
  const sources = Math.max(
    newestMtime(join(root, 'src')),
    statSync(join(root, 'package.json')).mtimeMs,
    statSync(join(root, 'tsconfig.json')).mtimeMs,
  );
  if (!existsSync(stamp) || statSync(stamp).mtimeMs < sources) {
    say('building (TypeScript → dist/)…');
    run('npm', ['run', '--silent', 'build']);
  }
}

if (args.has('--browser') && !existsSync('/usr/bin/chromium')) {
  const root_ = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root_ || !existsSync('/usr/bin/apt-get')) {
    say('The UI tests need Chromium at /usr/bin/chromium. Install it with: sudo apt-get install chromium fonts-wqy-microhei');
    process.exit(1);
  }
  say('installing Chromium and a CJK font for the UI tests (apt-get)…');
  try {
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-wqy-microhei'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-wqy-microhei'], { DEBIAN_FRONTEND: 'noninteractive' });
  }
}
