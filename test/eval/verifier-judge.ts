/**
 * The model judge on the adversarial set (`npm run eval:verifier:judge -- --llm-base-url URL --llm-model NAME`, or the
 * GROUNDWIRE_LLM_* variables): per batch of test/eval/adversarial/heldout/ (or `--dir D`; `--tuned` for the tuned
 * set), bad sentences caught and faithful ones rejected by the verifier alone and by the verifier with the judge, as
 * the LLM engine runs them with llmJudge on. It needs a model: with no endpoint configured it says so and stops. Not
 * part of `npm run eval` — no model can be downloaded here, so its figures come from wherever one runs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { modelFromArguments, option } from './model-endpoint.js';
import { loadCases, type AdversarialCase } from './verifier/cases.js';
import { measureJudge, type JudgeMeasure, type Tally } from './verifier/judge-measure.js';

const percent = (tally: Tally): string => (tally.cases === 0 ? '–' : `${((100 * tally.hits) / tally.cases).toFixed(2)}%`);

function batches(): [string, AdversarialCase[]][] {
  if (process.argv.includes('--tuned')) return [['tuned set', loadCases()]];
  const dir = option('--dir', 'GROUNDWIRE_JUDGE_DIR') || join(import.meta.dirname, 'adversarial/heldout');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => [file, JSON.parse(readFileSync(join(dir, file), 'utf8')) as AdversarialCase[]]);
}

function report(name: string, measure: JudgeMeasure): void {
  const line = (label: string, side: JudgeMeasure['verifier']) =>
    `  ${label.padEnd(22)} bad caught ${side.bad.hits}/${side.bad.cases} (${percent(side.bad)}), faithful rejected ${side.faithful.hits}/${side.faithful.cases} (${percent(side.faithful)})`;
  console.log(`${name}:`);
  console.log(line('verifier', measure.verifier));
  console.log(line('verifier + judge', measure.withJudge));
  console.log(
    `  judge calls ${measure.calls}, tokens ${measure.promptTokens} in / ${measure.completionTokens} out, unjudged ${measure.unjudged}`,
  );
  for (const wrong of measure.wrong) console.log(`  ${wrong}`);
  for (const error of measure.caseErrors) console.log(`  case error: ${error}`);
}

function sum(measures: readonly JudgeMeasure[]): JudgeMeasure {
  const add = (a: Tally, b: Tally): Tally => ({ cases: a.cases + b.cases, hits: a.hits + b.hits });
  const side = (a: JudgeMeasure['verifier'], b: JudgeMeasure['verifier']) => ({
    bad: add(a.bad, b.bad),
    faithful: add(a.faithful, b.faithful),
  });
  return measures.reduce((total, measure) => ({
    verifier: side(total.verifier, measure.verifier),
    withJudge: side(total.withJudge, measure.withJudge),
    unjudged: total.unjudged + measure.unjudged,
    calls: total.calls + measure.calls,
    promptTokens: total.promptTokens + measure.promptTokens,
    completionTokens: total.completionTokens + measure.completionTokens,
    caseErrors: [],
    wrong: [],
  }));
}

async function main(): Promise<number> {
  const endpoint = modelFromArguments('verifier judge');
  if (!endpoint.model) {
    console.log(endpoint.message);
    return 0;
  }
  const { model, timeoutMs } = endpoint;
  const measures: JudgeMeasure[] = [];
  try {
    for (const [batch, cases] of batches()) {
      const measure = await measureJudge(cases, model, { timeoutMs, show: process.argv.includes('--show') });
      report(batch, measure);
      measures.push(measure);
    }
    if (measures.length > 1) report('all batches', sum(measures));
  } finally {
    await endpoint.close();
  }
  return measures.some((measure) => measure.caseErrors.length > 0) ? 1 : 0;
}

process.exitCode = await main();
