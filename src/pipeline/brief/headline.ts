/** Headline from the best-supported article title; the hook from the strongest short lead. */
import type { BriefSentence } from '../../domain/index.js';
import { citationsOf } from './citations.js';
import type { Pool, PoolSentence } from './pool.js';
import type { Scored } from './salience.js';
import { DANGLING_OPENERS, DEFINITE_REFERENCE } from './cues.js';
import { asHeadline } from './headline-trim.js';
import { GENERIC_NAMES, baseLanguage, hasDirectQuote, namesIn, negationWords, numbersIn, textLength } from './text.js';
import { restates } from './same-facts.js';
import { supportFor } from './title-support.js';

// A title is a headline only when the cited sentences carry this share of its terms (and every number and name).
const TITLE_COVERAGE = 0.8;
const HOOK_RANKS = 10;
const HOOK_MAX_WORDS = 35;
// Feature titles ("how…", "why…", questions, "X: Y" kickers) read as teasers, not as the news.
const FEATURE_TITLE = /\?|\b(how|why|what|inside|analysis|opinion)\b/i;

interface TitleCandidate {
  title: string;
  support: PoolSentence[];
  value: number;
}

function titleCandidates(pool: Pool, excluded: ReadonlySet<string>): TitleCandidate[] {
  const candidates: TitleCandidate[] = [];
  for (const article of pool.articles) {
    if (excluded.has(article.title.trim())) continue;
    // A title that negates or hedges ("not keeping up", "unaffected") is too easily misread against its sources.
    if (!pool.sentences.some((item) => item.article === article) || !article.title.trim() || negationWords(article.title).size > 0)
      continue;
    const found = supportFor(article.title, pool);
    if (!found || found.coverage < TITLE_COVERAGE) continue;
    const length = textLength(article.title);
    const value =
      found.coverage - (FEATURE_TITLE.test(article.title) ? 0.5 : 0) - (article.title.includes(':') ? 0.2 : 0) - (length > 16 ? 0.2 : 0);
    candidates.push({ title: article.title.trim(), support: found.support, value });
  }
  return candidates.sort((a, b) => b.value - a.value);
}

/** Tells whether some article title is supported well enough to be the headline (else the lead sentence is). */
export function hasTitleHeadline(pool: Pool, excluded: ReadonlySet<string> = new Set()): boolean {
  return titleCandidates(pool, excluded).length > 0;
}

// A feature lede sets a scene before the news ("While US providers sign…", "Every team building on…").
const SCENE_OPENER = /^(while|although|though|as|when|if|despite|unlike|even as|every|each|few|many|most|some|for years)\b/i;
const CALENDAR_NAME =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

// "The forecast, published on…", "The deal values…": a thing the article named a sentence or a headline earlier.
const BACK_REFERENCE =
  /^the (forecast|report|paper|study|survey|deal|move|plan|decision|rule|announcement|filing|figures?|results?|findings?|agreement|contract|order|guidance|proposal|project|investment|round|loan|facility|programme|program|course|outage|incident|attack|breach|flaw|change|cut|increase|researchers|authors|analysts|officials|institute|consortium)\b(?!\s+(of|that|which|who|whose)\b)/i;

/** Tells whether an English sentence leans on what came before it: a pronoun, "the company", "the forecast". */
export function refersBack(text: string): boolean {
  return DANGLING_OPENERS.test(text) || DEFINITE_REFERENCE.test(text) || BACK_REFERENCE.test(text);
}

/** Tells whether an English sentence sets a scene rather than reporting: a scene-setting opener, and no figure or name. */
export function setsScene(text: string): boolean {
  return SCENE_OPENER.test(text) && numbersIn(text).length === 0 && namesIn(text).every((name) => GENERIC_NAMES.has(name));
}

// A sentence that announces what follows instead of saying it ("The guidance has three policy levers.") or weighs the
// news instead of reporting it ("For a European reader, the interesting part is the instrument rather than the goal.").
const ANNOUNCES =
  /\b(?:has|have|had|comes with|rests on|boils down to)\s+(?:two|three|four|five)\s+(?:\w+\s+)?(?:levers|parts|pillars|conditions|questions|reasons|problems|things|elements|components|lessons|points|prongs|strands)\s*[.!]?$/i;
const WEIGHS =
  /\b(?:the (?:interesting|important|telling) (?:part|thing|question)|the real (?:test|question|story)|(?:is|are) instructive|says (?:something|a lot|as much) about|worth watching)\b/i;

/** Tells whether an English sentence teases rather than reports: it announces or weighs, and gives no figure. */
export function teases(text: string): boolean {
  return (ANNOUNCES.test(text) || WEIGHS.test(text)) && numbersIn(text).length === 0;
}

/** Tells whether an English sentence opens on the news: a name among its first words and no scene-setting opener. */
export function opensOnNews(text: string): boolean {
  const opening = text.split(/\s+/).slice(0, 8).join(' ');
  return !SCENE_OPENER.test(text) && !refersBack(text) && namesIn(opening).some((name) => !CALENDAR_NAME.test(name));
}

/** Tells whether the hook should head the brief instead of the lead: it opens on the news, or reads alone where the lead does not. */
function hookLeads(lead: string, hook: string): boolean {
  if (opensOnNews(lead) || textLength(lead) > HOOK_MAX_WORDS) return false;
  // A lead that gives figures ("Of 2,310 pilots …, 61% have not reached production") is the news, however it opens.
  const plainNews = opensOnNews(hook) && numbersIn(lead).length < 2;
  return plainNews || (refersBack(lead) && !refersBack(hook) && !SCENE_OPENER.test(hook));
}

/**
 * Returns the headline: the best-supported title; else the lead sentence, trimmed to headline length (English and
 * Chinese). An English lead that sets a scene or leans on what came before gives way to a hook that reads as news: the
 * two trade places, and `news` is then the sentence "What changed" should show.
 */
export function selectHeadline(
  pool: Pool,
  top: { lead: BriefSentence; hook: BriefSentence | null },
  excluded: ReadonlySet<string> = new Set(),
): { headline: BriefSentence; hook: BriefSentence | null; news?: BriefSentence } {
  const best = titleCandidates(pool, excluded)[0];
  if (best) return { headline: { text: best.title, citations: citationsOf(best.support) }, hook: top.hook };
  const { lead, hook } = top;
  const english = baseLanguage(pool.language) === 'en';
  if (english && hook && hookLeads(lead.text, hook.text))
    return { headline: { ...hook, text: asHeadline(hook.text, pool.language) }, hook: lead, news: hook };
  return { headline: { ...lead, text: asHeadline(lead.text, pool.language) }, hook };
}

/** Returns the hook: a short, widely reported, self-contained sentence among the top ranks, else null. */
export function selectHook(scored: readonly Scored[], exclude: ReadonlySet<string>, shown: readonly Scored[] = []): Scored | null {
  let best: Scored | null = null;
  let bestValue = -Infinity;
  for (const candidate of scored.slice(0, HOOK_RANKS)) {
    const text = candidate.item.sentence.text;
    const length = textLength(text);
    if (exclude.has(candidate.item.key) || length > HOOK_MAX_WORDS || hasDirectQuote(text) || DANGLING_OPENERS.test(text)) continue;
    // The hook adds to the lead: another outlet's telling of the lead's figures repeats it.
    if (shown.some((other) => restates(other.item, candidate.item))) continue;
    // Shorter and more widely reported reads better as a one-line hook.
    const value = candidate.score + 0.2 * candidate.agreeing - length / 100;
    if (value > bestValue) [best, bestValue] = [candidate, value];
  }
  return best;
}
