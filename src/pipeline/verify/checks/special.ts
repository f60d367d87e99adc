/** Section-specific checks: a quote must be verbatim and rightly attributed; a timeline event's date must be cited. */
import type { BriefQuote, PartialDate, TimelineEvent } from '../../../domain/index.js';
import type { Evidence } from '../evidence.js';
import type { Quantity } from '../language-tools.js';
import type { SourceIndex } from '../sources.js';
import { normaliseQuote } from '../text/normalise.js';
import { supports } from './quantities.js';

/** Returns reasons when the quote is not verbatim in its sentence or names the wrong outlet. */
export function checkQuote(quote: BriefQuote, index: SourceIndex): string[] {
  const article = index.articles.get(quote.articleId);
  if (!article) return [`quote cites unknown article ${quote.articleId}`];
  // A quotation over two sentences cites both, in order: it must be verbatim in them read together.
  const cited = quote.citations.find((citation) => citation.articleId === quote.articleId)?.sentenceIds ?? [];
  const ids = cited[0] === quote.sentenceId ? cited : [quote.sentenceId];
  const sentences = ids.map((id) => article.byId.get(id));
  const missing = ids.find((_, i) => !sentences[i]);
  if (missing !== undefined) return [`quote cites unknown sentence ${missing} of article ${article.id}`];
  const reasons: string[] = [];
  const order = [...article.byId.keys()];
  const positions = ids.map((id) => order.indexOf(id));
  if (positions.some((position, i) => i > 0 && position !== (positions[i - 1] as number) + 1))
    reasons.push(`quote joins sentences ${ids.join(', ')} of article ${article.id}, which do not follow one another`);
  const verbatim = normaliseQuote(quote.quote);
  const source = normaliseQuote(sentences.map((sentence) => sentence!.text).join(' '));
  // Chinese runs its sentences on with no space between them.
  if (!verbatim || !(source.includes(verbatim) || source.replace(/(?<=[\p{Script=Han}。！？”"」])\s(?=\S)/gu, '').includes(verbatim)))
    reasons.push(`quote is not verbatim in sentence ${ids.join(', ')} of article ${article.id}`);
  if (normaliseQuote(quote.outlet).toLowerCase() !== normaliseQuote(article.outlet).toLowerCase()) {
    reasons.push(`quote attributed to "${quote.outlet}" but article ${article.id} is from "${article.outlet}"`);
  }
  const text = normaliseQuote(quote.text);
  if (verbatim && !text.includes(verbatim)) reasons.push('quote text does not carry the quoted sentence');
  return reasons;
}

/** Returns a reason when no cited sentence states the event's date at its precision. */
export function checkEventDate(event: TimelineEvent, evidence: Evidence): string[] {
  return [event, ...(event.otherDates ?? [])].flatMap((date) => checkDate(date, evidence));
}

function checkDate(event: PartialDate, evidence: Evidence): string[] {
  const claimed: Quantity = {
    kind: 'date',
    value: Date.parse(event.date) || 0,
    unit: null,
    surface: event.date,
    start: 0,
    end: 0,
    key: `date:${event.date}`,
    precision: event.precision,
    date: event.date,
  };
  if (evidence.quantities.some((source) => supports(source, claimed))) return [];
  return [`timeline date ${event.date} not in cited sentences`];
}
