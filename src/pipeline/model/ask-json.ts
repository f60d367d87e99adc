/** One question to a model whose answer must be JSON of a schema: an unusable answer gets one repair request. */
import type { z } from 'zod';
import type { ChatMessage } from '../../ports/language-model.js';
import { type Result, fail, ok } from '../../shared/result.js';
import { parseAnswer } from './parse-answer.js';
import type { Session } from './session.js';

/** A usable answer and the conversation that led to it (a rewrite request continues it). */
export interface JsonAnswer<T> {
  value: T;
  conversation: ChatMessage[];
  repaired: boolean;
}

export interface AskJsonOptions {
  /** Ids the answer may cite (see parseAnswer). */
  known?: ReadonlySet<string>;
  /** Whether citations of unknown ids also earn the repair (they are stripped if the repair keeps them). */
  repairUnknownCites?: boolean;
  /** Names the stage and the answer in the failure: "brief", "model answer". */
  stage: string;
  what: string;
}

/** The repair request: the model sees every problem at once and is asked for the whole object again. */
export function repairText(problems: readonly string[]): string {
  return `Your answer could not be used:\n${problems.map((problem) => `- ${problem}`).join('\n')}\n\nReturn the corrected JSON object only, in the same shape, citing only ids that appear in the sources.`;
}

/** Asks, validates, and asks once more with the problems when the answer cannot be used. */
export async function askJson<T>(
  session: Session,
  messages: ChatMessage[],
  schema: z.ZodType<T>,
  options: AskJsonOptions,
): Promise<Result<JsonAnswer<T>>> {
  const known = options.known ?? new Set<string>();
  const first = await session.ask(messages);
  if (!first.ok) return first;
  const parsed = parseAnswer(first.value, schema, known);
  const clean = parsed.ok && (!options.repairUnknownCites || parsed.value.errors.length === 0);
  if (parsed.ok && clean)
    return ok({ value: parsed.value.value, conversation: [...messages, { role: 'assistant', content: first.value }], repaired: false });
  const problems = parsed.ok ? parsed.value.errors : ((parsed.error.cause as string[] | undefined) ?? [parsed.error.message]);
  const conversation: ChatMessage[] = [
    ...messages,
    { role: 'assistant', content: first.value },
    { role: 'user', content: repairText(problems) },
  ];
  const second = await session.ask(conversation);
  if (!second.ok) return second;
  const repaired = parseAnswer(second.value, schema, known);
  if (!repaired.ok)
    return fail(options.stage, 'invalid-answer', `${options.what} still invalid after one repair: ${repaired.error.message}`, {
      cause: repaired.error.cause,
    });
  return ok({ value: repaired.value.value, conversation: [...conversation, { role: 'assistant', content: second.value }], repaired: true });
}
