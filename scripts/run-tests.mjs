#!/usr/bin/env node
// Runs node's test runner on an explicit list of test files (Node 20 expands no globs, and an
// empty list would pass silently, so an empty list is an error here).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wanted = process.argv.slice(2);

function find(dir, out = []) {
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === '__fixtures__') continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) find(path, out);
    else if (entry.endsWith('.test.ts')) out.push(relative(root, path));
  }
  return out;
}

const files = [...find(join(root, 'src')), ...find(join(root, 'test'))]
  .filter((file) => wanted.length === 0 || wanted.some((w) => file.includes(w)))
  .sort();
if (files.length === 0) {
  process.stderr.write(`run-tests: no test files found${wanted.length ? ` matching ${wanted.join(', ')}` : ''}\n`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
