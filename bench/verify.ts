/**
 * Verifier benchmark (`npm run bench:verify`): time per verified sentence (median, p95) over the adversarial
 * set (one-sentence briefs, story index warm) and over demo-like briefs (the extractive brief of every demo
 * story, index built fresh per story), next to a peer in the same run: a word-overlap checker (a claim is
 * supported when 70% of its words are in the cited sentences), with both checkers' catch and false-rejection
 * rates so the speed is read beside what it buys. Writes test-output/bench-verify.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Brief } from '../src/domain/index.js';
import { loadDemoCorpus } from '../src/demo/corpus.js';
import { composeBrief } from '../src/pipeline/brief/index.js';
import { type VerifySources, verifyBrief } from '../src/pipeline/verify/index.js';
import { loadCases, prepareCases, type PreparedCase } from '../test/eval/verifier/cases.js';

const ROOT = join(import.meta.dirname, '..');

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

const summary = (times: readonly number[]) => ({
  sentences: times.length,
  medianMs: round(percentile(times, 0.5)),
  p95Ms: round(percentile(times, 0.95)),
});
const round = (value: number): number => Math.round(value * 1000) / 1000;

// The peer: share of the claim's words (or, for Chinese, characters) found in the cited sentences.
function overlapVerdict(item: PreparedCase): boolean {
  const cited = item.brief.headline.citations.flatMap((c) => {
    const article = item.sources.articles.find((a) => a.id === c.articleId);
    return c.sentenceIds.map((id) => article?.sentences?.find((s) => s.id === id)?.text ?? '');
  });
  const text = cited.join(' ').toLowerCase();
  const units = /[\u3400-\u9fff]/.test(item.case.claim)
    ? [...item.case.claim]
    : (item.case.claim.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const found = units.filter((unit) => text.includes(unit)).length;
  return units.length > 0 && found / units.length >= 0.7;
}

function rates(items: readonly PreparedCase[], supported: (item: PreparedCase) => boolean) {
  const bad = items.filter((item) => item.case.expected === 'unsupported');
  const good = items.filter((item) => item.case.expected === 'supported');
  const pct = (part: number, whole: number) => Math.round((10000 * part) / Math.max(whole, 1)) / 100;
  return {
    catchRate: pct(bad.filter((item) => !supported(item)).length, bad.length),
    falseRejectionRate: pct(good.filter((item) => !supported(item)).length, good.length),
  };
}

function timeAdversarial(items: readonly PreparedCase[]): { ours: number[]; peer: number[] } {
  for (const item of items) verifyBrief(item.brief, item.sources);
  const ours = items.map((item) => {
    const started = performance.now();
    verifyBrief(item.brief, item.sources);
    return performance.now() - started;
  });
  const peer = items.map((item) => {
    const started = performance.now();
    overlapVerdict(item);
    return performance.now() - started;
  });
  return { ours, peer };
}

// Each story's brief is verified against a fresh sources object, so the index is built inside the timing.
function timeDemoBriefs(): number[] {
  const corpus = loadDemoCorpus(join(ROOT, 'demo'));
  const perSentence: number[] = [];
  for (const story of corpus.stories) {
    const articles = story.articles.map((a) => ({
      id: a.id,
      outlet: a.outlet.name,
      url: null,
      title: a.title,
      text: a.body.join('\n\n'),
      published: a.published,
      language: a.language,
    }));
    const brief: Brief = composeBrief({ storyId: story.id, articles });
    const sources: VerifySources = { articles: articles.map(({ url: _url, ...article }) => article) };
    const started = performance.now();
    const report = verifyBrief(brief, sources);
    const elapsed = performance.now() - started;
    for (let i = 0; i < report.total; i += 1) perSentence.push(elapsed / report.total);
  }
  return perSentence;
}

function main(): void {
  const { prepared } = prepareCases(loadCases());
  const adversarial = timeAdversarial(prepared);
  const result = {
    adversarial: {
      ours: {
        ...summary(adversarial.ours),
        ...rates(prepared, (item) => verifyBrief(item.brief, item.sources).sentences[0]!.verdict === 'supported'),
      },
      overlapPeer: { ...summary(adversarial.peer), ...rates(prepared, overlapVerdict) },
    },
    demoBriefs: summary(timeDemoBriefs()),
  };
  console.log('verifier time per sentence');
  console.log(
    `  adversarial set (index warm): median ${result.adversarial.ours.medianMs} ms, p95 ${result.adversarial.ours.p95Ms} ms over ${result.adversarial.ours.sentences} sentences`,
  );
  console.log(`    catch ${result.adversarial.ours.catchRate}%, false rejections ${result.adversarial.ours.falseRejectionRate}%`);
  console.log(
    `  peer (70% word overlap): median ${result.adversarial.overlapPeer.medianMs} ms, catch ${result.adversarial.overlapPeer.catchRate}%, false rejections ${result.adversarial.overlapPeer.falseRejectionRate}%`,
  );
  console.log(
    `  demo extractive briefs (index built per story): median ${result.demoBriefs.medianMs} ms, p95 ${result.demoBriefs.p95Ms} ms over ${result.demoBriefs.sentences} sentences`,
  );
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  writeFileSync(join(ROOT, 'test-output/bench-verify.json'), `${JSON.stringify(result, null, 2)}\n`);
}

main();
