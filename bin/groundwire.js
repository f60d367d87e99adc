#!/usr/bin/env node
// Runs the compiled CLI; `npm run build` (or `npm start`) produces dist/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('groundwire: dist/ is missing. Run "npm run build" (npm start does it for you).\n');
  process.exit(1);
}
const { main } = await import(entry.href);
await main(process.argv);
