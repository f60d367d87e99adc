/**
 * Adds the model judge's verdicts to the verifier's: sentences the verifier supports are put to the judge once each
 * (a sentence keeps its verdict while its text and citations stay the same), and those it rejects fail with its reason.
 */
import type { Brief, BriefSentence } from '../../../domain/index.js';
import { addressKey, listSentences } from '../sections.js';
import { judgeSentences } from './judge.js';
import { citeIds } from './rewrite.js';
import type { Session } from '../../model/index.js';
import type { SourceBlock } from './source-block.js';
import type { SentenceCheck } from './verification.js';

/** The judge's record across one brief: verdicts by sentence, and what it did. */
export interface JudgeMemo {
  /** Reasons by sentence signature; null where the judge found the sentence supported or gave it no verdict. */
  verdicts: Map<string, string[] | null>;
  judged: number;
  rejected: number;
  errors: string[];
  /** Set once a judge call fails: the brief is not held up asking again, and the verifier's verdicts stand. */
  gaveUp: boolean;
}

/** A verbatim quotation is the source's own sentence: the verifier's exact match is the whole check. */
const UNJUDGED_SECTIONS = new Set(['quote']);

export function newJudgeMemo(): JudgeMemo {
  return { verdicts: new Map(), judged: 0, rejected: 0, errors: [], gaveUp: false };
}

// The same text citing the same sentences is the same claim, whatever order a rewrite lists them in.
function signature(sentence: BriefSentence): string {
  const cites = sentence.citations.flatMap((citation) => citation.sentenceIds.map((id) => `${citation.articleId}:${id}`)).sort();
  return `${sentence.text}\u0000${cites.join(';')}`;
}

/** Returns the checks with the judge's rejections applied, asking it about sentences it has not judged yet. */
export async function withJudge(
  session: Session,
  brief: Brief,
  checks: readonly SentenceCheck[],
  block: SourceBlock,
  memo: JudgeMemo,
): Promise<SentenceCheck[]> {
  const bySection = new Map(listSentences(brief).map((entry) => [addressKey(entry.section, entry.index), entry.sentence]));
  const signed = checks.map((check) => {
    const sentence = bySection.get(addressKey(check.section, check.index));
    const judged = check.supported && sentence && !UNJUDGED_SECTIONS.has(check.section);
    return { check, sentence, key: judged ? signature(sentence) : null };
  });
  const pending = new Map<string, { key: string; text: string; cites: string[] }>();
  for (const { sentence, key } of signed)
    if (key && sentence && !memo.verdicts.has(key)) pending.set(key, { key, text: sentence.text, cites: citeIds(sentence, block) });
  if (pending.size > 0 && !memo.gaveUp) {
    const outcome = await judgeSentences(session, [...pending.values()], block);
    if (outcome.error) {
      memo.errors.push(outcome.error);
      memo.gaveUp = true;
    } else {
      memo.judged += outcome.judged.size;
      memo.rejected += outcome.rejected.size;
      for (const key of outcome.judged) memo.verdicts.set(key, outcome.rejected.get(key) ?? null);
      // A sentence the judge passed over keeps the verifier's verdict; it is not put to the judge again.
      const skipped = [...pending.keys()].filter((key) => !outcome.judged.has(key));
      for (const key of skipped) memo.verdicts.set(key, null);
      if (skipped.length > 0) memo.errors.push(`the judge gave no verdict on ${skipped.length} sentence(s); the verifier's verdict stands`);
    }
  }
  return signed.map(({ check, key }) => {
    const reasons = key ? memo.verdicts.get(key) : null;
    return reasons ? { ...check, supported: false, reasons: [...check.reasons, ...reasons] } : check;
  });
}
