/** Scores parsers on the W3C Feed Validator cases: no crash, valid feeds read cleanly, invalid feeds flagged, dates. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDate } from '../../../src/pipeline/parse/index.js';
import { percent, type FeedRunner, type RunOutcome } from './common.js';

interface ValidatorFile {
  file: string;
  source: string;
  negated: boolean;
  errorClass: string;
  params: Record<string, string>;
  expectsError: boolean;
}

export interface FeedvalidatorScore {
  files: number;
  noCrash: number;
  noCrashRate: number;
  slowest: { file: string; milliseconds: number };
  crashes: string[];
  valid: { cases: number; passed: number; passRate: number; failures: string[] };
  invalidFlagged: { cases: number; flagged: number; rate: number };
  validFalseFlag: { cases: number; flagged: number; rate: number };
  flagAgreement: number;
  dates: { cases: number; passed: number; passRate: number; failures: string[] } | null;
}

/** Upstream's budget for one small feed; a parse slower than this counts as a hang. */
const TIME_LIMIT_MS = 2000;

function countEntries(text: string): number {
  return (text.replace(/<!--[\s\S]*?-->/g, '').match(/<(?:atom:)?(?:item|entry)[\s>/]/g) ?? []).length;
}

function dateValue(text: string, params: Record<string, string>): string | null {
  const element = params['element'];
  if (!element) return null;
  const body = text.replace(/<!--[\s\S]*?-->/g, '');
  const parentAt = params['parent'] ? body.search(new RegExp(`<(?:[\\w-]+:)?${params['parent']}[\\s>]`)) : 0;
  const scope = body.slice(Math.max(parentAt, 0));
  const match = new RegExp(`<((?:[\\w-]+:)?${element.replace(/^\w+:/, '')})(?:\\s[^>]*)?>([^<]*)</\\1>`).exec(scope);
  return match?.[2] ?? null;
}

/** Checks our date reader on the files that test one date: valid ones must parse, invalid ones must come back null or flagged. */
function checkDate(entry: ValidatorFile, text: string): boolean | null {
  const kind = /^(Valid|Invalid|Problematical)(RFC2822|RFC822|RFC3339|W3CDTF)Date$/.exec(entry.errorClass);
  if (!kind || kind[1] === 'Problematical') return null;
  const raw = dateValue(text, entry.params);
  if (raw === null) return null;
  const expected = kind[2] === 'RFC3339' ? 'rfc3339' : kind[2] === 'W3CDTF' ? 'w3cdtf' : 'rfc822';
  const parsed = parseDate(raw, { expected });
  const clean = parsed.iso !== null && parsed.warnings.length === 0;
  const valid = kind[1] === 'Valid' ? !entry.negated : entry.negated;
  return valid ? parsed.iso !== null : !clean;
}

function emptyScore(withDates: boolean): FeedvalidatorScore {
  return {
    files: 0,
    noCrash: 0,
    noCrashRate: 0,
    slowest: { file: '', milliseconds: 0 },
    crashes: [],
    valid: { cases: 0, passed: 0, passRate: 0, failures: [] },
    invalidFlagged: { cases: 0, flagged: 0, rate: 0 },
    validFalseFlag: { cases: 0, flagged: 0, rate: 0 },
    flagAgreement: 0,
    dates: withDates ? { cases: 0, passed: 0, passRate: 0, failures: [] } : null,
  };
}

function recordRobustness(score: FeedvalidatorScore, entry: ValidatorFile, outcome: RunOutcome): void {
  score.files++;
  if (outcome.milliseconds > score.slowest.milliseconds)
    score.slowest = { file: entry.file, milliseconds: Math.round(outcome.milliseconds) };
  const crashed = (!outcome.ok && outcome.crashed) || outcome.milliseconds > TIME_LIMIT_MS;
  if (crashed) score.crashes.push(`${entry.file}: ${outcome.ok ? 'too slow' : outcome.error.slice(0, 200)}`);
  else score.noCrash++;
}

function recordDate(score: FeedvalidatorScore, entry: ValidatorFile, text: string): void {
  const verdict = score.dates ? checkDate(entry, text) : null;
  if (!score.dates || verdict === null) return;
  score.dates.cases++;
  if (verdict) score.dates.passed++;
  else score.dates.failures.push(`${entry.file} (${entry.negated ? '!' : ''}${entry.errorClass})`);
}

function recordValidity(score: FeedvalidatorScore, entry: ValidatorFile, outcome: RunOutcome, text: string): void {
  // OPML is not a feed format; those cases say nothing about feed validity.
  if (entry.file.startsWith('opml/')) return;
  const flagged = !outcome.ok || outcome.feed.flagged;
  if (entry.expectsError) {
    score.invalidFlagged.cases++;
    if (flagged) score.invalidFlagged.flagged++;
  } else if (entry.negated && entry.errorClass === 'Error') {
    score.validFalseFlag.cases++;
    if (flagged) score.validFalseFlag.flagged++;
    score.valid.cases++;
    const readsCleanly = outcome.ok && outcome.feed.wellFormed && outcome.feed.items.length === countEntries(text);
    if (readsCleanly) score.valid.passed++;
    else score.valid.failures.push(entry.file);
  }
}

function finish(score: FeedvalidatorScore): FeedvalidatorScore {
  score.noCrashRate = percent(score.noCrash, score.files);
  score.valid.passRate = percent(score.valid.passed, score.valid.cases);
  score.invalidFlagged.rate = percent(score.invalidFlagged.flagged, score.invalidFlagged.cases);
  score.validFalseFlag.rate = percent(score.validFalseFlag.flagged, score.validFalseFlag.cases);
  const agreeing = score.invalidFlagged.flagged + (score.validFalseFlag.cases - score.validFalseFlag.flagged);
  score.flagAgreement = percent(agreeing, score.invalidFlagged.cases + score.validFalseFlag.cases);
  if (score.dates) score.dates.passRate = percent(score.dates.passed, score.dates.cases);
  return score;
}

/** Scores one parser on the feedvalidator set; `withDates` adds the check of our own date reader. */
export async function scoreFeedvalidator(dir: string, runner: FeedRunner, withDates: boolean): Promise<FeedvalidatorScore> {
  const index = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')) as { files: ValidatorFile[] };
  const score = emptyScore(withDates);
  for (const entry of index.files) {
    const bytes = await readFile(path.join(dir, entry.file));
    // Upstream validates each file as if served from its path on feedvalidator.org, which matters for self links.
    const outcome = await runner.run(bytes, `http://www.feedvalidator.org/${entry.source}`);
    const text = bytes.toString('utf8');
    recordRobustness(score, entry, outcome);
    recordDate(score, entry, text);
    recordValidity(score, entry, outcome, text);
  }
  return finish(score);
}
