/**
 * Verifier quality gate (`npm run eval:verifier`): runs the verifier on every adversarial case of
 * test/eval/adversarial/ (each a one-sentence brief over its demo story), reports the catch rate per bad kind
 * and overall and the false-rejection rate on faithful paraphrases, lists misses, writes
 * test-output/eval-verifier.json, and exits 1 when a floor pinned under "verifier" in test/eval/baseline.json
 * regresses. `--update-baseline` re-pins the floors at the measured figures (other keys are left alone).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyBrief } from '../../src/pipeline/verify/index.js';
import { readFloors, writeFloors } from './pinned-floors.js';
import { BAD_KINDS, loadCases, prepareCases, type AdversarialCase } from './verifier/cases.js';

const ROOT = join(import.meta.dirname, '../..');
const OUTPUT = join(ROOT, 'test-output/eval-verifier.json');
/** The targets: at least 99% of bad sentences caught, at most 5% of faithful ones rejected. */
const TARGETS = { catchRate: 99, falseRejectionRate: 5 };

interface Outcome {
  id: string;
  kind: AdversarialCase['kind'];
  claim: string;
  expected: AdversarialCase['expected'];
  verdict: 'supported' | 'unsupported';
  reasons: string[];
}

const round = (value: number): number => Math.round(value * 100) / 100;
const percent = (part: number, whole: number): number => (whole === 0 ? 0 : round((100 * part) / whole));

function run(): { outcomes: Outcome[]; errors: string[] } {
  const { prepared, errors } = prepareCases(loadCases());
  const outcomes = prepared.map(({ case: item, brief, sources }) => {
    const verdict = verifyBrief(brief, sources).sentences[0]!;
    return { id: item.id, kind: item.kind, claim: item.claim, expected: item.expected, verdict: verdict.verdict, reasons: verdict.reasons };
  });
  return { outcomes, errors };
}

function summarise(outcomes: Outcome[]) {
  const bad = outcomes.filter((o) => o.expected === 'unsupported');
  const faithful = outcomes.filter((o) => o.expected === 'supported');
  const perKind = Object.fromEntries(
    BAD_KINDS.map((kind) => {
      const cases = bad.filter((o) => o.kind === kind);
      return [
        kind,
        {
          cases: cases.length,
          caught: cases.filter((o) => o.verdict === 'unsupported').length,
          catchRate: percent(cases.filter((o) => o.verdict === 'unsupported').length, cases.length),
        },
      ];
    }),
  );
  const caught = bad.filter((o) => o.verdict === 'unsupported').length;
  const rejected = faithful.filter((o) => o.verdict === 'unsupported').length;
  return {
    badCases: bad.length,
    faithfulCases: faithful.length,
    stories: new Set(outcomes.map((o) => o.id.split('/')[0])).size,
    catchRate: percent(caught, bad.length),
    falseRejectionRate: percent(rejected, faithful.length),
    perKind,
    misses: bad.filter((o) => o.verdict === 'supported').map(({ id, kind, claim }) => ({ id, kind, claim })),
    falseRejections: faithful.filter((o) => o.verdict === 'unsupported').map(({ id, claim, reasons }) => ({ id, claim, reasons })),
  };
}

type Summary = ReturnType<typeof summarise>;

function floorsOf(summary: Summary): Record<string, number> {
  const floors: Record<string, number> = {
    catchRate: summary.catchRate,
    falseRejectionRate: summary.falseRejectionRate,
    badCases: summary.badCases,
    faithfulCases: summary.faithfulCases,
  };
  for (const [kind, score] of Object.entries(summary.perKind)) floors[`catchRate.${kind}`] = score.catchRate;
  return floors;
}

/** Points a pinned rate may move before it counts as a regression (one case in a kind of ~50 is 2 points). */
const TOLERANCE = 0.5;

// Rates may not fall below (or, for false rejections, rise above) their pinned value by more than the
// tolerance; case counts may not shrink; and the targets hold whatever is pinned.
function regressions(summary: Summary, pinned: Record<string, number> | undefined): string[] {
  const failures: string[] = [];
  if (summary.catchRate < TARGETS.catchRate) failures.push(`catchRate: ${summary.catchRate} below the target ${TARGETS.catchRate}`);
  if (summary.falseRejectionRate > TARGETS.falseRejectionRate)
    failures.push(`falseRejectionRate: ${summary.falseRejectionRate} above the target ${TARGETS.falseRejectionRate}`);
  const measured = floorsOf(summary);
  for (const [key, floor] of Object.entries(pinned ?? {})) {
    const value = measured[key];
    if (value === undefined) failures.push(`${key}: no longer measured`);
    else if (key === 'falseRejectionRate' ? value > floor + TOLERANCE : value < floor - (key.endsWith('Cases') ? 0 : TOLERANCE)) {
      failures.push(`${key}: ${value} (pinned ${floor})`);
    }
  }
  return failures;
}

function report(summary: Summary, errors: string[]): void {
  console.log(`verifier: ${summary.badCases} bad and ${summary.faithfulCases} faithful cases over ${summary.stories} stories`);
  for (const [kind, score] of Object.entries(summary.perKind))
    console.log(`  ${kind.padEnd(24)} ${String(score.caught).padStart(4)}/${String(score.cases).padEnd(4)} ${score.catchRate}%`);
  console.log(
    `  overall catch rate ${summary.catchRate}% (target ≥ ${TARGETS.catchRate}%), false rejections ${summary.falseRejectionRate}% (target ≤ ${TARGETS.falseRejectionRate}%)`,
  );
  for (const miss of summary.misses) console.log(`  missed ${miss.id} [${miss.kind}]: ${miss.claim}`);
  for (const rejection of summary.falseRejections)
    console.log(`  rejected ${rejection.id}: ${rejection.claim}\n      ${rejection.reasons.join('; ')}`);
  for (const error of errors) console.log(`  case error: ${error}`);
}

function main(): number {
  const { outcomes, errors } = run();
  const summary = summarise(outcomes);
  report(summary, errors);
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  writeFileSync(OUTPUT, `${JSON.stringify({ targets: TARGETS, ...summary, errors, outcomes }, null, 2)}\n`);
  if (process.argv.includes('--update-baseline')) {
    writeFloors('verifier', floorsOf(summary));
    console.log('verifier: floors pinned in test/eval/baseline.json');
    return errors.length > 0 ? 1 : 0;
  }
  const failures = regressions(summary, readFloors('verifier') ?? undefined);
  for (const failure of failures) console.log(`  regression ${failure}`);
  if (errors.length > 0) console.log(`verifier: ${errors.length} case errors`);
  return failures.length > 0 || errors.length > 0 ? 1 : 0;
}

process.exit(main());
