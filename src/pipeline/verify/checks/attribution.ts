/** Checks that a claim keeps the attribution of a cited sentence that rests wholly on an unnamed or interested source. */
import type { TextAnalysis } from '../analysis.js';
import type { Evidence } from '../evidence.js';
import { ENGLISH_STOPWORDS } from '../cues/stopwords.js';
import { renders } from '../text/glossary.js';

// "…, according to a person familiar with the terms." and "We think every company will need…": a trailing anonymous
// attribution or an opening opinion governs the whole statement, whatever words of it a claim restates; a hedge list
// reads only the few words after its cue, and the restated part lies before "according to" or after "we think".
const TRAILING_ANONYMOUS =
  /[,，]\s*(?:according to (?:a |an |one |two |three |several |some )?(?:person|people|sources?|individuals?)\b|(?:a |an |one |two |three |several |some )?(?:person|people|sources?|individuals?) (?:familiar|briefed|close|with knowledge)\b[^.;!?]*\b(?:said|say|says|told)\b|(?:two |three |several |some )?(?:sources|insiders) (?:said|say|told)\b|according to an? (?:filing|document|memo|letter|draft|presentation|email)s? seen by\b)[^.;!?]*[.!?]?["”’]?\s*$/i;
// Round 11: an analyst's statement is a view even when the analyst is named ('…," said Sunita Rao, semiconductor analyst
// at Tideline Research.' or '…, Rao, an analyst at Tideline, said.'): the attribution trails the statement.
const NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]+\s+){0,2}\p{Lu}[\p{L}'’-]+`;
const ANALYST = String.raw`,\s+(?:a |an |the )?(?:[\p{L}-]+\s+){0,3}(?:analyst|economist|strategist)\b[^.!?;]*`;
const TRAILING_ANALYST = new RegExp(
  String.raw`["”]?[,，]?["”]?\s*(?:(?:said|says|wrote|according to)\s+${NAME}${ANALYST}|${NAME}${ANALYST},\s*(?:said|says|wrote))[.!?]?["”’]?\s*$`,
  'u',
);
// An opinion opens a statement: the sentence, or a quotation the splitter left inside one ("…, said Brennan. "I think…").
const OPENING_OPINION = /(?:^|[.!?]["”’]?\s+)[\s"“‘']*(?:we|i)\s+(?:think|believe|reckon|suspect|feel)\b/i;
const LEADING_ANONYMOUS =
  /^[\s"“‘']*(?:according to (?:a |an |one |two |several |some )?(?:person|people|sources?)|people familiar|a person familiar)\b[^,]*,/i;
// Round 9: a view held by people the source does not stand behind. Unnamed analysts or critics as a class ("Analysts
// say …"), or an unnamed one of several ("One said …", "Another told …"), open the statement; an interested party's
// argument ("…, the utility argues, but …") governs the clause before it. The statement is theirs, not a finding.
const LEADING_VIEW =
  /^[\s"“‘']*(?:(?:some|many|most|several|other|few)\s+)?(?:analysts?|experts?|critics?|observers?|economists?|commentators?|skeptics?|sceptics?|watchers|bankers|traders|one|another|a third)\s+(?:say|said|says|believe|believes|think|thinks|argue|argues|argued|reckon|reckons|expect|expects|predict|predicts|warn|warns|warned|suspect|suspects|contend|contends|told\s+\w+)\b(?:\s+that)?/i;
// The same in Chinese: an unnamed analyst, insider or investor opens the statement ("一位券商分析师指出，…").
const LEADING_VIEW_ZH =
  /^[^，。；]{0,6}(?:一位|一名|有|多位|部分|某)[^，。；]{0,12}(?:分析师|分析師|分析人士|业内人士|業內人士|研究员|研究員|专家|專家|投资人|投資人|投资者|投資者|知情人士|消息人士)(?:对[^，。；]{1,8})?(?:指出|认为|認為|表示|称|稱)[，,：:]?/;
// Round 11: anyone's argument opening the statement ("Officials in London argue that …", "The utility contends that …")
// is theirs: arguing, contending or insisting is what one does with a view, not with a record.
const LEADING_ARGUMENT =
  /^[\s"“‘']*(?:[\p{L}\p{N}'’-]+\s+){1,5}?(?:argue|argues|argued|contend|contends|contended|insist|insists|insisted|maintain|maintains|maintained|believe|believes)\s+(?:that\s+)?/iu;
const INSERTED_ARGUMENT =
  /[,，]\s*(?:the |a |an |its |their )?[\w'’ -]{2,40}?\s+(?:argues|argued|contends|contended|insists|insisted|reckons)\s*[,;]/i;
// A sentence that is one quotation and nothing else: the speaker's view, named in another sentence, not the writer's.
// In the first person ("We will publish …") it is the speaker's own commitment, which a claim may state as the record.
const WHOLE_QUOTATION = /^\s*["“][^"“”]+["”]\s*$/;
// Round 11: the same quotation with its speaker after it ('"Coding is the first place …," Brennan said.').
const SAID_QUOTATION = new RegExp(
  String.raw`^\s*["“]([^"“”]+)["”]\s*,?\s*(?:(?:said|says|added|wrote)\s+${NAME}(?:,[^.!?]*)?|${NAME}\s+(?:said|says|added|wrote))[.!?]?\s*$`,
  'u',
);
// Round 12: a speaker who asked not to be named, wherever the sentence says so ("The founder of a rival, who asked not
// to be named …, called the run-rate …"): the whole sentence is an unnamed person's account.
const UNNAMED_SPEAKER =
  /\b(?:(?:asked|requested|wished|declined|refused)\s+not\s+to\s+be|(?:declined|refused)\s+to\s+be)\s+(?:named|identified)\b|\b(?:on (?:the )?condition of|requested|requesting) anonymity\b|\bspeaking anonymously\b/i;
const FIRST_PERSON = /\b(?:we|i|our|us|my|me|we're|i'm|we've|i've|we'll|i'll)\b/i;

// Words by which a claim keeps some attribution or hedge of its own ("said", "according to", "reportedly").
// A word after a hyphen is part of a compound ("open-source", "self-reported"), not an attribution.
const KEEPS =
  /(?<![\w-])(?:according|said|says|say|told|tells|think|thinks|believe|believes|believed|reportedly|sources?|familiar|view|argues?|argued|claims?|claimed|expects?|expected|estimates?|reckons?|suggests?|could|may|might|likely|opinion|hopes?|reported|promis\w*|pledg\w*|vow\w*|warn\w*|wrote|writes|added|noted|stated|insist\w*|predict\w*|conced\w*|admit\w*|acknowledg\w*)\b/i;

interface Span {
  start: number;
  end: number;
  attribution: string;
  /** A view (an argument, an opinion, an analyst's reading) rather than an unnamed source's account of a fact. */
  view: boolean;
}

/** Returns a reason when a claim states flat what its cited sentences rest on an anonymous source or an opinion. */
export function checkAttribution(claim: TextAnalysis, evidence: Evidence): string[] {
  // A claim that opens on a quotation mark quotes the statement as someone's words, which keeps it theirs.
  if (claim.chinese || KEEPS.test(claim.text) || /^\s*["“‘]/.test(claim.text)) return [];
  // A claim that joins an on-record sentence to an anonymous one ("raised 1.5 billion yuan, the company said" and the
  // valuation "according to a person familiar") is read as a summary of the record; only a claim resting wholly on
  // attributed sentences states their account as fact.
  const spans = evidence.analyses.map((source) => ({
    source,
    span: source.chinese ? chineseSpan(source.text) : attributedSpan(source.text),
  }));
  // A view joined to the record is still a view where the claim takes words only the view has ("Many of those requests
  // will never be built, the utility argues" beside the queue's 47 GW): the record does not state the prediction.
  const record = spans.filter(({ span }) => !span).map(({ source }) => source);
  const dropped = spans.find(
    ({ source, span }) =>
      span && restates(claim, source, span) && (record.length === 0 || (span.view && beyondRecord(claim, source, span, record))),
  );
  return dropped ? [`attribution dropped: the cited sentence rests on "${dropped.span!.attribution}"`] : [];
}

function attributedSpan(text: string): Span | null {
  const tidy = (attribution: string): string => attribution.replace(/^[\s,，.!?"“”‘’']+|[\s,.!?"“”‘’']+$/g, '');
  const trailing = TRAILING_ANONYMOUS.exec(text);
  if (trailing) return { start: 0, end: trailing.index, attribution: tidy(trailing[0]), view: false };
  const analyst = TRAILING_ANALYST.exec(text);
  if (analyst) return { start: 0, end: analyst.index, attribution: tidy(analyst[0]), view: true };
  const leading = LEADING_ANONYMOUS.exec(text);
  if (leading) return { start: leading[0].length, end: text.length, attribution: tidy(leading[0]), view: false };
  const unnamed = UNNAMED_SPEAKER.exec(text);
  if (unnamed) return { start: 0, end: text.length, attribution: tidy(unnamed[0]), view: true };
  const view = LEADING_VIEW.exec(text) ?? LEADING_ARGUMENT.exec(text);
  if (view) return { start: view[0].length, end: text.length, attribution: tidy(view[0]), view: true };
  const argument = INSERTED_ARGUMENT.exec(text);
  if (argument) return { start: 0, end: argument.index, attribution: tidy(argument[0]), view: true };
  const said = SAID_QUOTATION.exec(text);
  if (said && !FIRST_PERSON.test(said[1]!)) return { start: 1, end: 1 + said[1]!.length, attribution: 'a quotation', view: true };
  const opinion = OPENING_OPINION.exec(text);
  if (!opinion)
    return WHOLE_QUOTATION.test(text) && !FIRST_PERSON.test(text)
      ? { start: 0, end: text.length, attribution: 'a quotation', view: true }
      : null;
  const start = opinion.index + opinion[0].length;
  const stop = text.slice(start).search(/[.!?](?!\d)/);
  return { start, end: stop < 0 ? text.length : start + stop, attribution: tidy(opinion[0]), view: true };
}

function chineseSpan(text: string): Span | null {
  const view = LEADING_VIEW_ZH.exec(text);
  return view ? { start: view[0].length, end: text.length, attribution: view[0].replace(/[，,：:]$/, ''), view: true } : null;
}

// The claim restates the attributed statement when it takes a figure of it, or three of its content words (against
// Chinese, three words the glossary renders inside it).
function restates(claim: TextAnalysis, source: TextAnalysis, span: Span): boolean {
  const inside = (item: { start: number; end: number }): boolean => item.start >= span.start && item.end <= span.end;
  const figures = source.quantities.filter((q) => q.kind !== 'date' && inside(q));
  if (claim.quantities.some((q) => q.kind !== 'date' && figures.some((s) => s.key === q.key))) return true;
  if (source.chinese) {
    const statement = source.text.slice(span.start, span.end);
    return [...claim.stems].filter((stem) => stem.length > 3 && renders(stem, statement)).length >= 3;
  }
  const stems = new Set(source.words.filter(inside).map((word) => word.stem));
  return [...claim.stems].filter((stem) => stem.length > 3 && stems.has(stem)).length >= 3;
}

// Two content words of the claim that the view states and no on-record cited sentence does (English sources only).
function beyondRecord(claim: TextAnalysis, source: TextAnalysis, span: Span, record: readonly TextAnalysis[]): boolean {
  if (source.chinese || record.some((other) => other.chinese)) return false;
  const inside = new Set(source.words.filter((word) => word.start >= span.start && word.end <= span.end).map((word) => word.stem));
  const own = [...claim.stems].filter(
    (stem) => stem.length > 3 && !ENGLISH_STOPWORDS.has(stem) && inside.has(stem) && !record.some((other) => other.stems.has(stem)),
  );
  return own.length >= 2;
}
