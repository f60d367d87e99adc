/** The one rewrite round: unsupported sentences go back to the model with the verifier's reasons. */
import type { Brief, BriefSentence, TimelineEvent } from '../../../domain/index.js';
import type { ChatMessage } from '../../../ports/language-model.js';
import { addressKey, listSentences, mapSentences } from '../sections.js';
import { type Session, parseAnswer } from '../../model/index.js';
import { rewritePrompt } from './prompt.js';
import { type RewriteAnswer, rewriteSchema } from './schema.js';
import type { SourceBlock } from './source-block.js';
import { resolveCites } from './to-brief.js';
import type { SentenceCheck } from './verification.js';

function applyRewrites(brief: Brief, answer: RewriteAnswer, block: SourceBlock, asked: ReadonlySet<string>): Brief {
  const replacements = new Map<string, Partial<TimelineEvent> | null>();
  for (const rewrite of answer.rewrites) {
    const key = addressKey(rewrite.section, rewrite.index);
    // Only the sentences we asked about may change: a rewrite answer cannot touch the rest.
    if (!asked.has(key)) continue;
    if ('drop' in rewrite) replacements.set(key, null);
    else
      replacements.set(key, {
        text: rewrite.text,
        citations: resolveCites(rewrite.cites, block),
        ...(rewrite.date && rewrite.precision ? { date: rewrite.date, precision: rewrite.precision } : {}),
      });
  }
  return mapSentences(brief, (section, index, sentence) => {
    const key = addressKey(section, index);
    if (!replacements.has(key)) return sentence;
    const replacement = replacements.get(key);
    if (!replacement) return null;
    // The replacement keeps the sentence's other fields; only a timeline event takes a new date.
    const { date, precision, ...rest } = replacement;
    return { ...sentence, ...rest, ...(section === 'timeline' && date && precision ? { date, precision } : {}) };
  });
}

/** Citation ids as the model knows them ("a1:p2s3"): what a sentence cites, as the rewrite request and the judge show it. */
export function citeIds(sentence: BriefSentence, block: SourceBlock): string[] {
  const ids: string[] = [];
  for (const [id, numbered] of block.sentences) {
    if (
      sentence.citations.some(
        (citation) => citation.articleId === numbered.article.id && citation.sentenceIds.includes(numbered.sentence.id),
      )
    )
      ids.push(id);
  }
  return ids;
}

/** Asks the model once to rewrite the failing sentences; returns the brief with rewrites applied (unchanged on failure). */
export async function requestRewrites(
  session: Session,
  conversation: ChatMessage[],
  brief: Brief,
  failures: readonly SentenceCheck[],
  block: SourceBlock,
): Promise<Brief> {
  const bySection = new Map(listSentences(brief).map((entry) => [addressKey(entry.section, entry.index), entry.sentence]));
  const items = failures.map((failure) => {
    const sentence = bySection.get(addressKey(failure.section, failure.index));
    return { ...failure, cites: sentence ? citeIds(sentence, block) : [] };
  });
  const messages: ChatMessage[] = [...conversation, { role: 'user', content: rewritePrompt(items) }];
  const reply = await session.ask(messages);
  if (!reply.ok) return brief;
  const parsed = parseAnswer(reply.value, rewriteSchema, new Set(block.sentences.keys()));
  if (!parsed.ok) return brief;
  const asked = new Set(failures.map((failure) => addressKey(failure.section, failure.index)));
  return applyRewrites(brief, parsed.value.value, block, asked);
}
