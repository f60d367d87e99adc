/**
 * Talking to a language model, for every stage that uses one: calls retried with back-off on 429 and 5xx and bounded
 * by a deadline, a session that adds up tokens and cost across a piece of work, and answers read as validated JSON.
 */
export { DEFAULT_RETRY, backoffMs, callModel, retryPolicy, sleep } from './call-model.js';
export type { RetryPolicy } from './call-model.js';
export { openSession } from './session.js';
export type { CallEvent, Prices, Session, SessionOptions } from './session.js';
export { extractJson, parseAnswer } from './parse-answer.js';
export { askJson, repairText } from './ask-json.js';
export type { AskJsonOptions, JsonAnswer } from './ask-json.js';
export type { ParsedAnswer } from './parse-answer.js';
export { INSTRUCTION_PATTERNS, looksLikeInstruction } from './injection-patterns.js';
export { boundaryFor, neutralise } from './data-block.js';
