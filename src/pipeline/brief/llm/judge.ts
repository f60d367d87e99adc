/**
 * The model as a second judge. The lexical verifier checks what words can show (numbers, names, dates, negation,
 * hedges, key terms); a sentence can pass it and still say what its sources do not (a cause, a swapped role). With
 * the judge on, each sentence the verifier supports goes to the model in a conversation of its own, beside only the
 * source sentences it cites, and the model says whether they state it. The model can reject a sentence, never rescue
 * one the verifier rejected; an answer that stays unusable leaves the verifier's verdicts as they were.
 */
import { z } from 'zod';
import type { ChatMessage } from '../../../ports/language-model.js';
import { type Session, askJson } from '../../model/index.js';
import { judgePrompt, judgeSystemPrompt } from './prompt.js';
import type { SourceBlock } from './source-block.js';

/** One sentence put to the judge: the caller's key for it, what it says, and the ids of the sentences it cites. */
export interface JudgeItem {
  key: string;
  text: string;
  cites: readonly string[];
}

/** What the judge said: reasons per rejected sentence, how many it judged, and why it could not judge, if so. */
export interface JudgeOutcome {
  rejected: Map<string, string[]>;
  /** Keys of the items the judge gave a verdict on (an item it skipped keeps the verifier's verdict). */
  judged: Set<string>;
  error: string | null;
}

const judgeSchema = z.object({
  verdicts: z.array(
    z.object({
      claim: z.string().regex(/^c\d+$/, 'a claim id looks like "c1"'),
      supported: z.boolean(),
      reason: z.string().max(400).optional(),
    }),
  ),
});

type JudgeAnswer = z.infer<typeof judgeSchema>;

async function askJudge(session: Session, messages: ChatMessage[]): Promise<JudgeAnswer | string> {
  const answer = await askJson(session, messages, judgeSchema, { stage: 'brief', what: 'judge answer' });
  return answer.ok ? answer.value.value : answer.error.message;
}

/** Asks the model whether each item's cited sentences state it; items with no citable sentence are left to the verifier. */
export async function judgeSentences(session: Session, items: readonly JudgeItem[], block: SourceBlock): Promise<JudgeOutcome> {
  const claims = items
    .map((item) => ({ ...item, sources: item.cites.flatMap((id) => (block.sentences.has(id) ? [id] : [])) }))
    .filter((item) => item.sources.length > 0)
    .map((item, index) => ({ ...item, id: `c${index + 1}` }));
  if (claims.length === 0) return { rejected: new Map(), judged: new Set(), error: null };
  const messages: ChatMessage[] = [
    { role: 'system', content: judgeSystemPrompt(block.boundary) },
    { role: 'user', content: judgePrompt(claims, block) },
  ];
  const answer = await askJudge(session, messages);
  if (typeof answer === 'string') return { rejected: new Map(), judged: new Set(), error: answer };
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const rejected = new Map<string, string[]>();
  const judged = new Set<string>();
  for (const verdict of answer.verdicts) {
    const claim = byId.get(verdict.claim);
    if (!claim) continue;
    judged.add(claim.key);
    if (!verdict.supported) rejected.set(claim.key, [`model judge: ${verdict.reason?.trim() || 'the cited sentences do not state this'}`]);
  }
  return { rejected, judged, error: null };
}
