/** Verifies every sentence of a brief against the story's sources and sums up the grounded share. */
import type { Brief } from '../../domain/index.js';
import { briefItems } from './collect.js';
import { indexSources } from './sources.js';
import type { VerificationReport, VerifyOptions, VerifySources } from './types.js';
import { verifyItem } from './verify-sentence.js';

/** Default term thresholds, tuned on the adversarial set (test/eval/adversarial/). */
export const DEFAULT_VERIFY_OPTIONS: Required<VerifyOptions> = { maxUnsupportedTermWeight: 2, minTermCoverage: 0.5 };

/** Checks each sentence of `brief` against `sources`; the report lists a verdict and reasons per sentence. */
export function verifyBrief(brief: Brief, sources: VerifySources, options: VerifyOptions = {}): VerificationReport {
  const index = indexSources(sources);
  const limits = {
    maxUnsupportedWeight: options.maxUnsupportedTermWeight ?? DEFAULT_VERIFY_OPTIONS.maxUnsupportedTermWeight,
    minCoverage: options.minTermCoverage ?? DEFAULT_VERIFY_OPTIONS.minTermCoverage,
  };
  const sentences = briefItems(brief).map((entry) => verifyItem(entry, index, limits));
  const supported = sentences.filter((sentence) => sentence.verdict === 'supported').length;
  return {
    storyId: brief.storyId,
    groundedShare: sentences.length === 0 ? 1 : supported / sentences.length,
    supported,
    total: sentences.length,
    sentences,
  };
}
