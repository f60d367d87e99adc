/**
 * Held-out verifier measurement (`npm run eval:verifier:heldout`): runs the verifier on the blind batches of
 * test/eval/adversarial/heldout/ — cases written by people who never saw the verifier, kept out of the tuned set
 * that `npm run eval:verifier` gates on — and reports per batch how many bad sentences were caught and how many
 * faithful ones rejected. These are the figures that say how the verifier does on sentences it was not tuned on.
 * `--dir D` reads the batches from D instead. `--show` lists the misses and false rejections (reading them makes a batch no longer blind: see the README).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { verifyBrief } from '../../src/pipeline/verify/index.js';
import { BAD_KINDS, prepareCases, type AdversarialCase } from './verifier/cases.js';

const dirOption = process.argv.indexOf('--dir');
const DIR = dirOption >= 0 ? process.argv[dirOption + 1]! : join(import.meta.dirname, 'adversarial/heldout');
const show = process.argv.includes('--show');

interface Tally {
  cases: number;
  hits: number;
}

const percent = (tally: Tally): string => (tally.cases === 0 ? '–' : `${((100 * tally.hits) / tally.cases).toFixed(2)}%`);

function measure(name: string, cases: AdversarialCase[]): { bad: Tally; faithful: Tally; errors: number } {
  const { prepared, errors } = prepareCases(cases);
  const bad: Tally = { cases: 0, hits: 0 };
  const faithful: Tally = { cases: 0, hits: 0 };
  const perKind = new Map<string, Tally>(BAD_KINDS.map((kind) => [kind, { cases: 0, hits: 0 }]));
  for (const { case: item, brief, sources } of prepared) {
    const verdict = verifyBrief(brief, sources).sentences[0]!;
    const wrong = verdict.verdict !== item.expected;
    if (item.expected === 'unsupported') {
      bad.cases += 1;
      bad.hits += wrong ? 0 : 1;
      const kind = perKind.get(item.kind)!;
      kind.cases += 1;
      kind.hits += wrong ? 0 : 1;
    } else {
      faithful.cases += 1;
      faithful.hits += wrong ? 1 : 0;
    }
    if (wrong && show) console.log(`  ${item.expected === 'unsupported' ? 'missed' : 'rejected'} ${item.id} [${item.kind}]: ${item.claim}`);
  }
  console.log(
    `${name}: bad caught ${bad.hits}/${bad.cases} (${percent(bad)}), faithful rejected ${faithful.hits}/${faithful.cases} (${percent(faithful)})`,
  );
  for (const [kind, tally] of perKind) if (tally.cases > 0) console.log(`  ${kind.padEnd(24)} ${tally.hits}/${tally.cases}`);
  for (const error of errors) console.log(`  case error: ${error}`);
  return { bad, faithful, errors: errors.length };
}

function main(): number {
  let files: string[];
  try {
    files = readdirSync(DIR)
      .filter((file) => file.endsWith('.json'))
      .sort();
  } catch {
    console.log(`verifier held-out: no batches in ${DIR}`);
    return 1;
  }
  const total = { bad: { cases: 0, hits: 0 }, faithful: { cases: 0, hits: 0 }, errors: 0 };
  for (const file of files) {
    const result = measure(file, JSON.parse(readFileSync(join(DIR, file), 'utf8')) as AdversarialCase[]);
    for (const side of ['bad', 'faithful'] as const) {
      total[side].cases += result[side].cases;
      total[side].hits += result[side].hits;
    }
    total.errors += result.errors;
  }
  console.log(
    `all held-out: bad caught ${total.bad.hits}/${total.bad.cases} (${percent(total.bad)}; target ≥ 99%), ` +
      `faithful rejected ${total.faithful.hits}/${total.faithful.cases} (${percent(total.faithful)}; target ≤ 5%)`,
  );
  return total.errors > 0 ? 1 : 0;
}

process.exit(main());
