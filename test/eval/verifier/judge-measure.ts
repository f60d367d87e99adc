/**
 * Measures the model judge on adversarial cases: the verifier judges every case first, as in the pipeline, and the
 * cases it supports go to the judge, grouped by story (one source block per story, a few claims per call). Counts
 * what the verifier alone and the verifier with the judge catch and reject, and what the judge could not judge.
 */
import type { LanguageModel } from '../../../src/ports/language-model.js';
import { boundaryFor, retryPolicy } from '../../../src/pipeline/model/index.js';
import { judgeSentences } from '../../../src/pipeline/brief/llm/judge.js';
import { openSession } from '../../../src/pipeline/model/index.js';
import { buildSourceBlock, type SourceBlock } from '../../../src/pipeline/brief/llm/source-block.js';
import { verifyBrief, type VerifySources } from '../../../src/pipeline/verify/index.js';
import { prepareCases, type AdversarialCase, type PreparedCase } from './cases.js';

export interface Tally {
  cases: number;
  hits: number;
}

/** Bad sentences caught and faithful ones rejected, by the verifier alone and with the judge. */
export interface JudgeMeasure {
  verifier: { bad: Tally; faithful: Tally };
  withJudge: { bad: Tally; faithful: Tally };
  /** Cases the verifier passed that the judge gave no verdict on (call failed, answer unusable or silent). */
  unjudged: number;
  calls: number;
  promptTokens: number;
  completionTokens: number;
  /** Cases whose quotes were not found in their story (the case file is wrong, not the verifier). */
  caseErrors: string[];
  /** With `show`: one line per wrong verdict of the verifier with the judge. */
  wrong: string[];
}

export interface JudgeMeasureOptions {
  /** Claims per judge call; default 12. */
  claimsPerCall?: number;
  timeoutMs?: number;
  show?: boolean;
}

function sourceBlockOf(sources: VerifySources): SourceBlock {
  const articles = sources.articles.map((article) => ({
    article: {
      id: article.id,
      outlet: article.outlet,
      url: null,
      title: article.title,
      published: article.published,
      language: article.language,
    },
    sentences: article.sentences ?? [],
  }));
  return buildSourceBlock(articles, boundaryFor(articles.map((entry) => ({ id: entry.article.id, sentences: entry.sentences }))));
}

function citeIdsOf(prepared: PreparedCase, block: SourceBlock): string[] {
  const ids: string[] = [];
  for (const [id, numbered] of block.sentences)
    if (prepared.brief.headline.citations.some((c) => c.articleId === numbered.article.id && c.sentenceIds.includes(numbered.sentence.id)))
      ids.push(id);
  return ids;
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < list.length; start += size) out.push(list.slice(start, start + size));
  return out;
}

/** Runs the verifier, then the judge on what it passed, and counts both. */
export async function measureJudge(
  cases: readonly AdversarialCase[],
  model: LanguageModel,
  options: JudgeMeasureOptions = {},
): Promise<JudgeMeasure> {
  const { prepared, errors } = prepareCases(cases);
  const session = openSession(model, {
    policy: retryPolicy(options),
    temperature: 0,
  });
  const passed = new Map<string, PreparedCase[]>();
  const lexical = new Map<string, boolean>();
  for (const item of prepared) {
    const supported = verifyBrief(item.brief, item.sources).sentences[0]?.verdict === 'supported';
    lexical.set(item.case.id, supported);
    if (supported) passed.set(item.case.story, [...(passed.get(item.case.story) ?? []), item]);
  }
  const judged = new Map<string, boolean>();
  for (const group of passed.values()) {
    const block = sourceBlockOf(group[0]!.sources);
    for (const chunk of chunks(group, options.claimsPerCall ?? 12)) {
      const items = chunk.map((item) => ({ key: item.case.id, text: item.case.claim, cites: citeIdsOf(item, block) }));
      const outcome = await judgeSentences(session, items, block);
      for (const key of outcome.judged) judged.set(key, !outcome.rejected.has(key));
    }
  }
  return tally(prepared, lexical, judged, { calls: session.calls(), ...session.usage(), caseErrors: errors, show: options.show ?? false });
}

function tally(
  prepared: readonly PreparedCase[],
  lexical: ReadonlyMap<string, boolean>,
  judged: ReadonlyMap<string, boolean>,
  extra: { calls: number; promptTokens: number; completionTokens: number; caseErrors: string[]; show: boolean },
): JudgeMeasure {
  const empty = () => ({ bad: { cases: 0, hits: 0 }, faithful: { cases: 0, hits: 0 } });
  const result: JudgeMeasure = { verifier: empty(), withJudge: empty(), unjudged: 0, wrong: [], ...extra };
  for (const { case: item } of prepared) {
    const byVerifier = lexical.get(item.id) === true;
    const verdict = judged.get(item.id);
    if (byVerifier && verdict === undefined) result.unjudged += 1;
    const withJudge = byVerifier && verdict !== false;
    const side = item.expected === 'unsupported' ? 'bad' : 'faithful';
    // A hit is a caught bad sentence or a rejected faithful one: a verdict of unsupported, either way.
    for (const [into, supported] of [
      [result.verifier, byVerifier],
      [result.withJudge, withJudge],
    ] as const) {
      into[side].cases += 1;
      into[side].hits += supported ? 0 : 1;
    }
    if (extra.show && (side === 'bad') === withJudge)
      result.wrong.push(`${side === 'bad' ? 'missed' : 'rejected'} ${item.id} [${item.kind}]: ${item.claim}`);
  }
  return result;
}
