/** `groundwire cluster` reads JSON lines, processes them in date order, folds copies, and reports bad lines by number. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { registerCluster } from './cluster.js';

const OUTAGE =
  'Helioscale said its us-east-3 region in Virginia was offline for about six hours on Monday after a cooling failure in one data hall. GPU instances returned errors until 4 p.m.';

async function run(lines: string[], options: string[] = []): Promise<{ out: string[]; err: string[]; code: number | string | undefined }> {
  const file = join(mkdtempSync(join(tmpdir(), 'gw-cluster-')), 'docs.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const out: string[] = [];
  const err: string[] = [];
  const context = { stdout: (text: string) => out.push(text), stderr: (text: string) => err.push(text) } as unknown as CliContext;
  const program = new Command().exitOverride();
  registerCluster(program, context);
  const before = process.exitCode;
  await program.parseAsync(['node', 'groundwire', 'cluster', file, ...options]);
  // The command reports bad lines through the exit code; the test runner must not inherit it.
  const code = process.exitCode;
  process.exitCode = before;
  return { out, err, code };
}

describe('groundwire cluster', () => {
  it('prints {id, story} per document in date order, folds a copy, and names a bad line on stderr', async () => {
    const result = await run([
      JSON.stringify({
        id: 'b',
        title: 'Helioscale us-east-3 outage lasted six hours',
        text: OUTAGE.replace('Monday', 'Monday, engineers said'),
        published: '2026-10-12T20:00:00Z',
        source: 'two',
      }),
      '{"id": "broken"',
      JSON.stringify({
        id: 'a',
        title: 'Helioscale us-east-3 goes offline',
        text: OUTAGE,
        published: '2026-10-12T18:00:00Z',
        source: 'one',
      }),
      JSON.stringify({
        id: 'a-copy',
        title: 'Virginia cloud region down',
        text: OUTAGE,
        published: '2026-10-12T19:00:00Z',
        source: 'three',
      }),
      JSON.stringify({
        id: 'c',
        title: 'Verdant Storage signs a battery deal in Texas',
        text: 'Verdant Storage agreed to build a 400 MWh battery system next to a Texas campus.',
        published: '2026-10-12T21:00:00Z',
      }),
    ]);
    const printed = result.out
      .join('')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; story: string; duplicateOf?: string });
    assert.deepEqual(
      printed.map((line) => line.id),
      ['a', 'a-copy', 'b', 'c'],
    );
    assert.equal(printed[1]?.duplicateOf, 'a');
    assert.equal(new Set(printed.slice(0, 3).map((line) => line.story)).size, 1);
    assert.notEqual(printed[3]?.story, printed[0]?.story);
    assert.match(result.err.join(''), /line 2 skipped: not valid JSON/);
    assert.equal(result.code, 3);
  });

  it('skips a line that repeats an earlier id, naming both lines, and keeps the first', async () => {
    const first = { id: 'a', title: 'Helioscale us-east-3 goes offline', text: OUTAGE, published: '2026-10-12T18:00:00Z' };
    const result = await run([
      JSON.stringify(first),
      JSON.stringify({ ...first, title: 'Verdant Storage signs a battery deal', text: 'Verdant Storage agreed to build a battery.' }),
    ]);
    const printed = result.out.join('').trim().split('\n');
    assert.equal(printed.length, 1);
    assert.match(result.err.join(''), /line 2 skipped: id "a" was already given on line 1/);
    assert.equal(result.code, 3);
  });

  it('refuses a threshold that is not a similarity, before reading anything', async () => {
    await assert.rejects(
      run([JSON.stringify({ id: 'a', title: 'Helioscale outage', text: OUTAGE })], ['--threshold', 'abc']),
      (error: Error & { code?: string }) =>
        error.code === 'commander.invalidArgument' && /expected a number from 0 to 1/.test(error.message),
    );
  });
});
