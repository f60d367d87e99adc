/**
 * The model judge on a finished brief, for `groundwire verify --judge`: the verifier's verdicts come in, and the
 * sentences it supports go to the model beside the sentences they cite; those the model rejects come back unsupported
 * with its reason. Nothing is rewritten or dropped here: the report says what each judge found.
 */
import type { Brief } from '../../../domain/index.js';
import type { LanguageModel } from '../../../ports/language-model.js';
import { boundaryFor, openSession, retryPolicy } from '../../model/index.js';
import { newJudgeMemo, withJudge } from './judge-checks.js';
import { buildSourceBlock } from './source-block.js';
import type { SentenceCheck, SourceArticle } from './verification.js';

export interface JudgedVerdicts {
  checks: SentenceCheck[];
  judge: { judged: number; rejected: number; errors: string[] };
  usage: { promptTokens: number; completionTokens: number; calls: number };
}

/** Returns the checks with the model judge's rejections added (sentences the verifier rejected are left as they are). */
export async function judgeVerdicts(
  brief: Brief,
  sources: readonly SourceArticle[],
  checks: readonly SentenceCheck[],
  model: LanguageModel,
  options: { timeoutMs?: number } = {},
): Promise<JudgedVerdicts> {
  const block = buildSourceBlock(sources, boundaryFor(sources.map((source) => ({ id: source.article.id, sentences: source.sentences }))));
  const session = openSession(model, {
    policy: retryPolicy(options),
    temperature: 0,
  });
  const memo = newJudgeMemo();
  const judged = await withJudge(session, brief, checks, block, memo);
  const usage = session.usage();
  return {
    checks: judged,
    judge: { judged: memo.judged, rejected: memo.rejected, errors: memo.errors },
    usage: { promptTokens: usage.promptTokens, completionTokens: usage.completionTokens, calls: session.calls() },
  };
}
