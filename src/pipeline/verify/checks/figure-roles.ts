/**
 * Catches a figure taken from the wrong part of a long source sentence: "a Riyadh campus with 40 megawatts"
 * where the source gives Riyadh 90 MW and Dubai 40 MW, or a pause "until November 19" where the 19th is the
 * review's date and the pause ends on the 26th. Each figure owns the words nearer to it than to the next
 * figure of its kind; a claimed figure must share its words with its own figure's, not with a sibling's the
 * claim does not state.
 */
import type { TextAnalysis } from '../analysis.js';
import { ENGLISH_STOPWORDS } from '../cues/stopwords.js';
import type { Evidence } from '../evidence.js';
import type { Quantity } from '../language-tools.js';
import { renders } from '../text/glossary.js';
import { claimedFractionShares } from './fractions.js';
import { supports } from './quantities.js';

/** How many more of the claim's words a sibling figure must own than the figure the claim names. */
const MARGIN = 2;
// A Chinese clause is short and the glossary renders few words, so one more rendered word already places a figure.
const CHINESE_MARGIN = 1;

/** Returns a reason for a claimed figure whose words belong, in the source, to another figure. */
export function checkFigureRoles(claim: TextAnalysis, evidence: Evidence): string[] {
  if (claim.chinese) return [];
  const sources = evidence.analyses;
  // "Owns three-fifths of the venture" states the source's 60 percent: that figure is no sibling the claim leaves out.
  const inWords = claimedFractionShares(claim);
  const statedInWords = (q: Quantity): boolean => q.kind === 'percent' && inWords.some((share) => Math.abs(share - q.value) <= 1.5);
  for (const quantity of claim.quantities) {
    const mine = territory(claim, quantity);
    if (mine.size < 2) continue;
    // The best fit over every cited sentence: another sentence may state the figure with the claim's own words.
    const twins = sources.flatMap((source) =>
      source.quantities.filter((q) => sameKind(q, quantity) && supports(q, quantity)).map((q) => ({ source, q })),
    );
    if (twins.length === 0) continue;
    const own = Math.max(...twins.map(({ source, q }) => owned(mine, source, q, true)));
    for (const source of sources.filter((analysis) => twins.some((twin) => twin.source === analysis))) {
      const sibling = source.quantities.find(
        (q) =>
          sameKind(q, quantity) &&
          !twins.some((twin) => twin.q === q) &&
          !claim.quantities.some((c) => supports(q, c)) &&
          !statedInWords(q) &&
          !countWordBeside(q, quantity) &&
          owned(mine, source, q) >= own + (source.chinese ? CHINESE_MARGIN : MARGIN),
      );
      if (sibling)
        return [`${quantity.surface} belongs to another part of the cited sentence; the figure said of this is ${sibling.surface}`];
    }
  }
  return crossedFigures(claim, sources);
}

// "A charge of $150 million and savings of $95 million" where the source has the charge at $95 million and the
// savings at $150 million: both figures are cited, but each sits among the words the source gives the other.
function crossedFigures(claim: TextAnalysis, sources: TextAnalysis[]): string[] {
  for (const source of sources) {
    const pairs = claim.quantities.flatMap((quantity) => {
      const twin = source.quantities.find((q) => sameKind(q, quantity) && supports(q, quantity));
      return twin ? [{ quantity, twin, mine: territory(claim, quantity) }] : [];
    });
    for (const a of pairs) {
      for (const b of pairs) {
        if (a === b || a.twin === b.twin || !sameKind(a.quantity, b.quantity)) continue;
        // A Chinese figure's role may follow it ("约三成投向大模型公司") or lead up to it ("在RepoFix上得分52.3%"): either reading.
        const crossed = (whole: boolean): boolean =>
          owned(a.mine, source, b.twin, whole) > owned(a.mine, source, a.twin, whole) &&
          owned(b.mine, source, a.twin, whole) > owned(b.mine, source, b.twin, whole);
        if (crossed(false) || (source.chinese && crossed(true)))
          return [`numbers swapped: the source says ${b.twin.surface} where the claim says ${a.quantity.surface}`];
      }
    }
  }
  return [];
}

// "Between the two camps … to 5.7 hours from 2.8": a count written in words counts the things named after it; a figure
// the claim writes in digits is never that count misplaced.
function countWordBeside(sibling: Quantity, claimed: Quantity): boolean {
  return sibling.kind === 'number' && /^[a-z]/i.test(sibling.surface) && /^\d/.test(claimed.surface);
}

function sameKind(a: Quantity, b: Quantity): boolean {
  if (a.kind === 'date' || b.kind === 'date')
    return a.kind === b.kind && a.precision === b.precision && /\d/.test(a.surface) && /\d/.test(b.surface);
  return a.kind === b.kind && a.unit === b.unit;
}

const BOUNDARY = /[,;:()]|\s(?:and|but|while|whereas|including|compared|against|versus)\s/g;
const APPOSITION = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),\s*$/i;

// Where the phrase a figure ends runs out: the next comma or conjunction, or the next figure of its kind.
function phraseEnd(text: string, quantity: Quantity, next: number): number {
  BOUNDARY.lastIndex = quantity.end;
  let found = BOUNDARY.exec(text);
  // "On Wednesday, November 18, its most detailed account": the comma after a date in apposition closes the date.
  if (
    found &&
    quantity.kind === 'date' &&
    APPOSITION.test(text.slice(0, quantity.start)) &&
    /^\s*,$/.test(text.slice(quantity.end, found.index + 1))
  )
    found = BOUNDARY.exec(text);
  return Math.min(found ? found.index : text.length, next);
}

// The words a figure owns: those since the previous figure's phrase ended, and those after it to its phrase's end.
function territory(analysis: TextAnalysis, quantity: Quantity): Set<string> {
  const kin = analysis.quantities.filter((q) => sameKind(q, quantity)).sort((a, b) => a.start - b.start);
  const at = kin.indexOf(quantity);
  const previous = kin[at - 1];
  const nextStart = kin[at + 1]?.start ?? analysis.text.length;
  const from = previous ? Math.min(phraseEnd(analysis.text, previous, quantity.start), quantity.start) : 0;
  const to = phraseEnd(analysis.text, quantity, nextStart);
  const inside = (span: { start: number; end: number }): boolean => span.start >= from && span.end <= to;
  const spans = [...analysis.quantities, ...analysis.entities];
  const words = analysis.words.filter(
    (w) =>
      inside(w) &&
      !ENGLISH_STOPWORDS.has(w.word) &&
      !/^\d/.test(w.word) &&
      w.word.length > 1 &&
      !spans.some((s) => w.start < s.end && w.end > s.start),
  );
  return new Set([...words.map((w) => w.stem), ...analysis.entities.filter(inside).map((e) => `@${e.id}`)]);
}

// How many of a claimed figure's words the source gives a figure of its own. A Chinese figure owns the rest of its
// clause ("约三成投向大模型公司": what the 30% goes to); the subject it may share with its siblings ("二期基金约四成…")
// counts only for the figure the claim names (`whole`). A claim word counts when the glossary renders it there.
function owned(mine: ReadonlySet<string>, source: TextAnalysis, quantity: Quantity, whole = false): number {
  if (!source.chinese) return shared(mine, territory(source, quantity));
  const text = source.text;
  const stop = text.slice(quantity.end).search(/[，,；;。：:]/);
  const to = stop < 0 ? text.length : quantity.end + stop;
  const from = whole ? text.slice(0, quantity.start).search(/[^，,；;。：:]*$/) : quantity.end;
  const entities = new Set(source.entities.filter((e) => e.start >= from && e.end <= to).map((e) => `@${e.id}`));
  return [...mine].filter((item) => (item.startsWith('@') ? entities.has(item) : renders(item, text.slice(from, to)))).length;
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0;
  for (const item of a) if (b.has(item)) count += 1;
  return count;
}
