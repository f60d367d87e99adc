#!/usr/bin/env node
// Fails when an import breaks the dependency rule of docs/ARCHITECTURE.md, when modules import
// each other in a cycle, or when code outside the HTTP adapter makes network requests itself.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

/** Which layers each layer may import (besides itself). */
const ALLOWED = {
  domain: ['shared'],
  shared: [],
  ports: ['domain', 'shared'],
  config: ['shared'],
  pipeline: ['domain', 'shared', 'ports'],
  adapters: ['domain', 'shared', 'ports'],
  jobs: ['pipeline', 'domain', 'shared', 'ports'],
  interfaces: ['jobs', 'pipeline', 'domain', 'shared', 'ports'],
  demo: ['domain', 'shared'],
  testing: ['domain', 'shared', 'ports', 'pipeline', 'jobs', 'adapters'],
  main: ['*'],
};

function walk(dir, out = []) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (entry.endsWith('.ts')) out.push(path);
  }
  return out;
}

function layerOf(file) {
  const rel = relative(src, file).split('/');
  return rel.length === 1 ? 'main' : rel[0];
}

const errors = [];
const graph = new Map();
const IMPORT = /(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

for (const file of walk(src)) {
  const isTest = file.endsWith('.test.ts') || file.includes('/__fixtures__/');
  const text = readFileSync(file, 'utf8');
  const rel = relative(root, file);
  const layer = layerOf(file);
  const edges = [];
  for (const match of text.matchAll(IMPORT)) {
    const spec = match[1] ?? match[2];
    if (!spec) continue;
    if (!isTest && (spec === 'undici' || spec.startsWith('undici/')) && !rel.startsWith('src/adapters/http/')) {
      errors.push(`${rel}: imports undici; every request goes through src/adapters/http`);
    }
    if (!spec.startsWith('.')) continue;
    const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
    if (!isTest) edges.push(target);
    const targetLayer = layerOf(target);
    if (isTest || targetLayer === layer) {
      if (layer === 'pipeline' && !isTest) checkStageImport(rel, file, target);
      continue;
    }
    const allowed = ALLOWED[layer] ?? [];
    if (!allowed.includes('*') && !allowed.includes(targetLayer)) {
      errors.push(`${rel}: ${layer}/ may not import ${targetLayer}/ (${spec})`);
    }
    if (targetLayer === 'pipeline' && !target.endsWith('/index.ts')) {
      errors.push(`${rel}: imports a stage's internals (${spec}); import the stage's index.ts`);
    }
  }
  if (!isTest && !rel.startsWith('src/adapters/http/') && /(^|[^.\w])fetch\s*\(/.test(text.replace(/\/\/.*$/gm, ''))) {
    errors.push(`${rel}: calls fetch() directly; use the HttpClient port`);
  }
  graph.set(file, edges);
}

function checkStageImport(rel, file, target) {
  const stageOf = (path) => relative(join(src, 'pipeline'), path).split('/')[0];
  if (stageOf(file) !== stageOf(target) && !target.endsWith('/index.ts')) {
    errors.push(`${rel}: reaches into another stage (${relative(src, target)}); import its index.ts`);
  }
}

// Cycle detection: depth-first search with colours; report each cycle once.
const state = new Map();
const stack = [];
function visit(node) {
  state.set(node, 'active');
  stack.push(node);
  for (const next of graph.get(node) ?? []) {
    if (state.get(next) === 'active') {
      const cycle = stack
        .slice(stack.indexOf(next))
        .concat(next)
        .map((f) => relative(root, f));
      errors.push(`import cycle: ${cycle.join(' → ')}`);
    } else if (!state.has(next) && graph.has(next)) visit(next);
  }
  stack.pop();
  state.set(node, 'done');
}
for (const node of graph.keys()) if (!state.has(node)) visit(node);

if (errors.length > 0) {
  for (const error of errors) process.stderr.write(`architecture: ${error}\n`);
  process.exit(1);
}
process.stdout.write(`architecture: ${graph.size} modules, dependency rule and no cycles: ok\n`);
