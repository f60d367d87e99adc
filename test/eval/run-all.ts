/** Runs every evaluation gate in turn (each in its own process) and fails if any gate fails. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
/** Gates in pipeline order (a gate is listed when its stage lands); each reads its floors from test/eval/baseline.json. */
const GATES = ['feeds', 'extract', 'langid', 'sanitize', 'stories', 'verifier', 'briefs'];

const failed: string[] = [];
for (const gate of GATES) {
  const script = join(ROOT, 'test/eval', `${gate}.ts`);
  if (!existsSync(script)) {
    process.stderr.write(`eval: no gate script for ${gate} (test/eval/${gate}.ts)\n`);
    failed.push(gate);
    continue;
  }
  process.stdout.write(`\n=== eval:${gate} ===\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) failed.push(gate);
}
process.stdout.write(
  `\neval: ${GATES.length - failed.length} passed, ${failed.length} failed${failed.length ? ` (${failed.join(', ')})` : ''}\n`,
);
process.exit(failed.length > 0 ? 1 : 0);
