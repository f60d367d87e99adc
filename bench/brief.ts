/**
 * Brief benchmark (`npm run bench:brief`): extractive brief time per demo story (median, p95; target
 * ≤ 20 ms median), next to a lead-3 peer in the same run, and the verifier's time per brief sentence.
 */
import { join } from 'node:path';
import type { Brief } from '../src/domain/index.js';
import { type BriefInput, composeBrief, listSentences } from '../src/pipeline/brief/index.js';
import { splitSentences } from '../src/pipeline/segment/index.js';
import { verifyBrief } from '../src/pipeline/verify/index.js';
import { loadDemoBriefCases } from '../test/eval/briefs/demo-stories.js';

const ROUNDS = 7;
const root = join(import.meta.dirname, '..');

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

function timePerStory(inputs: readonly BriefInput[], run: (input: BriefInput) => unknown): number[] {
  for (const input of inputs) run(input);
  return inputs.map((input) => {
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const started = performance.now();
      run(input);
      times.push(performance.now() - started);
    }
    return percentile(times, 0.5);
  });
}

// The peer: the first three sentences of the first article, the cheapest "summary" there is.
function leadThree(input: BriefInput): string[] {
  const first = input.articles[0];
  return first?.text
    ? splitSentences(first.text, first.language)
        .slice(0, 3)
        .map((sentence) => sentence.text)
    : [];
}

function verifierTimes(inputs: readonly BriefInput[], briefs: readonly Brief[]): number[] {
  return inputs.map((input, index) => {
    const brief = briefs[index] as Brief;
    const count = Math.max(1, listSentences(brief).length);
    const started = performance.now();
    // A fresh sources object each time: indexing the story is part of what a verification costs.
    for (let round = 0; round < ROUNDS; round += 1) verifyBrief(brief, { articles: input.articles.map((article) => ({ ...article })) });
    return (performance.now() - started) / ROUNDS / count;
  });
}

const inputs = loadDemoBriefCases(root).map((entry) => entry.input);
const withSentences = inputs.map((input) => ({
  ...input,
  articles: input.articles.map((article) => ({ ...article, sentences: splitSentences(article.text ?? '', article.language) })),
}));
const rows = [
  ['extractive brief, from text', timePerStory(inputs, (input) => composeBrief(input))],
  ['extractive brief, pre-split', timePerStory(withSentences, (input) => composeBrief(input))],
  ['peer: lead-3 of first article', timePerStory(inputs, leadThree)],
] as const;
const briefs = inputs.map((input) => composeBrief(input));
const verifier = verifierTimes(inputs, briefs);
console.log(`${inputs.length} demo stories, ${ROUNDS} rounds each (median per story)`);
for (const [name, times] of rows)
  console.log(
    `${name.padEnd(32)} median ${percentile(times, 0.5).toFixed(2)} ms   p95 ${percentile(times, 0.95).toFixed(2)} ms   max ${Math.max(...times).toFixed(2)} ms`,
  );
console.log(
  `${'verifier, per brief sentence'.padEnd(32)} median ${percentile(verifier, 0.5).toFixed(3)} ms   p95 ${percentile(verifier, 0.95).toFixed(3)} ms`,
);
const median = percentile(rows[0][1], 0.5);
console.log(median <= 20 ? `target met: ${median.toFixed(2)} ms ≤ 20 ms median` : `target missed: ${median.toFixed(2)} ms > 20 ms median`);
