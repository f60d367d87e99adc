/** The verify stage: checks every sentence of a brief against the source sentences it cites. */
export { verifyBrief, DEFAULT_VERIFY_OPTIONS } from './verify-brief.js';
export { prune } from './prune.js';
export { indexSources } from './sources.js';
export { chineseNegators } from './analysis.js';
export type { BriefSection, SentenceVerdict, VerificationReport, VerifyArticle, VerifyOptions, VerifySources } from './types.js';
