/** Checks that a claim keeps the attribution of a cited sentence that rests wholly on an unnamed or interested source. */
import type { TextAnalysis } from '../analysis.js';
import type { Evidence } from '../evidence.js';

// "…, according to a person familiar with the terms." and "We think every company will need…": a trailing anonymous
// attribution or an opening opinion governs the whole statement, whatever words of it a claim restates; a hedge list
// reads only the few words after its cue, and the restated part lies before "according to" or after "we think".
const TRAILING_ANONYMOUS =
  /[,，]\s*according to (?:a |an |one |two |three |several |some )?(?:person|people|sources?|individuals?)\b[^.;!?]*[.!?]?["”’]?\s*$/i;
// An opinion opens a statement: the sentence, or a quotation the splitter left inside one ("…, said Brennan. "I think…").
const OPENING_OPINION = /(?:^|[.!?]["”’]?\s+)[\s"“‘']*(?:we|i)\s+(?:think|believe|reckon|suspect|feel)\b/i;
const LEADING_ANONYMOUS =
  /^[\s"“‘']*(?:according to (?:a |an |one |two |several |some )?(?:person|people|sources?)|people familiar|a person familiar)\b[^,]*,/i;

// Words by which a claim keeps some attribution or hedge of its own ("said", "according to", "reportedly").
const KEEPS =
  /\b(?:according|said|says|say|told|tells|think|thinks|believe|believes|believed|reportedly|sources?|familiar|view|argues?|argued|claims?|claimed|expects?|expected|estimates?|reckons?|suggests?|could|may|might|likely|opinion|hopes?|reported)\b/i;

interface Span {
  start: number;
  end: number;
  attribution: string;
}

/** Returns a reason when a claim states flat what its cited sentences rest on an anonymous source or an opinion. */
export function checkAttribution(claim: TextAnalysis, evidence: Evidence): string[] {
  if (claim.chinese || KEEPS.test(claim.text)) return [];
  // A claim that joins an on-record sentence to an anonymous one ("raised 1.5 billion yuan, the company said" and the
  // valuation "according to a person familiar") is read as a summary of the record; only a claim resting wholly on
  // attributed sentences states their account as fact.
  const spans = evidence.analyses.map((source) => ({ source, span: source.chinese ? null : attributedSpan(source.text) }));
  if (spans.some(({ span }) => !span)) return [];
  const dropped = spans.find(({ source, span }) => restates(claim, source, span!));
  return dropped ? [`attribution dropped: the cited sentence rests on "${dropped.span!.attribution}"`] : [];
}

function attributedSpan(text: string): Span | null {
  const tidy = (attribution: string): string => attribution.replace(/^[\s,，.!?"“”‘’']+|[\s,.!?"“”‘’']+$/g, '');
  const trailing = TRAILING_ANONYMOUS.exec(text);
  if (trailing) return { start: 0, end: trailing.index, attribution: tidy(trailing[0]) };
  const leading = LEADING_ANONYMOUS.exec(text);
  if (leading) return { start: leading[0].length, end: text.length, attribution: tidy(leading[0]) };
  const opinion = OPENING_OPINION.exec(text);
  if (!opinion) return null;
  const start = opinion.index + opinion[0].length;
  const stop = text.slice(start).search(/[.!?](?!\d)/);
  return { start, end: stop < 0 ? text.length : start + stop, attribution: tidy(opinion[0]) };
}

// The claim restates the attributed statement when it takes a figure of it, or three of its content words.
function restates(claim: TextAnalysis, source: TextAnalysis, span: Span): boolean {
  const inside = (item: { start: number; end: number }): boolean => item.start >= span.start && item.end <= span.end;
  const figures = source.quantities.filter((q) => q.kind !== 'date' && inside(q));
  if (claim.quantities.some((q) => q.kind !== 'date' && figures.some((s) => s.key === q.key))) return true;
  const stems = new Set(source.words.filter(inside).map((word) => word.stem));
  return [...claim.stems].filter((stem) => stem.length > 3 && stems.has(stem)).length >= 3;
}
