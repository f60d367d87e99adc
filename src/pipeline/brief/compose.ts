/** The extractive brief engine: ranks the story's sentences, routes them into sections and cites each one. */
import type { Brief, BriefSentence, Tldr } from '../../domain/index.js';
import { onlyFreshEvidence } from './audience.js';
import { citeResolved, standsAlone } from './antecedents.js';
import { leansOnContent } from './content-reference.js';
import { hasTitleHeadline, selectHeadline, setsScene, teases } from './headline.js';
import { selectMmr } from './mmr.js';
import { type Pool, type Segmenter, preparePool } from './pool.js';
import { selectQuote } from './quote.js';
import { buildReferences, markArticle } from './references.js';
import { consequenceTier } from './consequence.js';
import { cueStrength } from './route.js';
import { type Scored, scoreSentences } from './salience.js';
import { composeArticle } from './synthesis.js';
import { hasDirectQuote, numbersIn } from './text.js';
import { relatedArticles, relatedTimeline } from './timeline/related.js';
import { buildTimeline, sortEvents } from './timeline/timeline.js';
import { settleAudience, topOfBrief } from './top-of-brief.js';
import type { BriefInput, ComposeOptions } from './types.js';

const EDITORS_POINTS = 3;
const MAX_TAKEAWAYS = 4;
const MAX_IMPLICATIONS = 3;
// An implication needs a clear forward-looking cue, not a stray "if", and a consequence: "Corvane will report results in
// February" looks ahead and implies nothing (consequence.ts).
const IMPLICATION_STRENGTH = 0.3;

function cite(candidate: Scored, pool: Pool): BriefSentence {
  return citeResolved(candidate.item, pool, candidate.matches);
}

function implicationsOf(scored: readonly Scored[], language: string, used: Set<string>, avoid: readonly Scored[] = []): Scored[] {
  const strong = scored.filter(
    (candidate) =>
      !used.has(candidate.item.key) &&
      !hasDirectQuote(candidate.item.sentence.text) &&
      cueStrength(candidate.item.sentence.text, language, 'implication') >= IMPLICATION_STRENGTH &&
      consequenceTier(candidate.item.sentence.text, language) > 0,
  );
  // A consequence often recalls the event in a clause ("Since Stratos announced on Wednesday a cut from November 1,
  // founders have…"): the dates it shares with the top of the brief do not make it a repeat, its words still may.
  return selectMmr(strong, { count: MAX_IMPLICATIONS, lambda: 0.7, avoid, byDates: false });
}

/**
 * The Editor's Brief. The top of the page (hook, Editor's Brief, TL;DR) shows each source sentence once: the points
 * leave out what the TL;DR and the hook already say, and another outlet's near copy of it. A short story may have
 * too few other sentences for three points; then they leave out only the headline sentence, then nothing. They also
 * leave the implications their sentences (`spare`) when enough others remain, so that section is not emptied, and
 * take a sentence that only sets the scene last.
 */
function editorsPoints(plain: readonly Scored[], shown: readonly Scored[], spare: readonly Scored[], headline: Scored | null): Scored[] {
  const options = { count: EDITORS_POINTS, lambda: 0.7, maxSimilarity: 0.5 };
  // A point states a development: "When agents stall, the explanation usually offered is data" sets the scene, and
  // is a point only when too few others remain.
  const news = plain.filter((candidate) => !setsScene(candidate.item.sentence.text) && !teases(candidate.item.sentence.text));
  const passes: [readonly Scored[], readonly Scored[]][] = [
    [news, [...shown, ...spare]],
    [plain, [...shown, ...spare]],
    [news, shown],
    [plain, shown],
    [plain, headline ? [headline] : []],
    [plain, []],
  ];
  let best: Scored[] = [];
  for (const [candidates, avoid] of passes) {
    const points = selectMmr(
      candidates.filter((candidate) => !avoid.includes(candidate)),
      { ...options, avoid },
    );
    if (points.length >= EDITORS_POINTS) return points;
    if (points.length > best.length) best = points;
  }
  return best;
}

function takeawaysOf(plain: readonly Scored[], used: ReadonlySet<string>, above: readonly Scored[]): Scored[] {
  const factual = plain
    .filter((candidate) => !used.has(candidate.item.key))
    // A sentence that only announces or weighs ("has three policy levers") is no takeaway; a figure makes a good one.
    .filter((candidate) => !teases(candidate.item.sentence.text))
    .map((candidate) => ({ ...candidate, score: candidate.score + (numbersIn(candidate.item.sentence.text).length > 0 ? 0.2 : 0) }));
  return selectMmr(
    factual.sort((a, b) => b.score - a.score),
    { count: MAX_TAKEAWAYS, lambda: 0.7, avoid: above, maxSimilarity: 0.5 },
  );
}

function sectionsOf(pool: Pool, ranked: readonly Scored[], input: BriefInput, exclude: ReadonlySet<string>, titles: ReadonlySet<string>) {
  const language = pool.language;
  // Sections read on their own: "She said…" or "The company…" needs its name first. The hook, lead and
  // Editor's Brief never take such a sentence; the other sections only when nothing else carries their cue. "That
  // avoids…" needs the sentence before it, which no section shows: none takes it.
  const scored = ranked.filter((candidate) => standsAlone(candidate.item, pool));
  const leaning = ranked.filter((candidate) => !scored.includes(candidate) && !leansOnContent(candidate.item, pool));
  const used = new Set<string>();
  const { lead, hook, impact, action } = topOfBrief(scored, leaning, language, used);
  const shown = [lead, hook, impact, action].filter((picked): picked is Scored => picked !== null);
  // Forward-looking sentences are rarer than facts: the Editor's Brief and the takeaways leave them to the
  // implications while other sentences remain.
  const forward = implicationsOf(scored, language, used);
  const plain = scored.filter((candidate) => !hasDirectQuote(candidate.item.sentence.text));
  // "Who should care" can cite only its labels' evidence: the points leave it the one fresh sentence it has.
  const audienceOnly = onlyFreshEvidence(
    input.labels,
    pool,
    shown.map((picked) => picked.item),
    exclude,
  );
  const forAudience = scored.filter((candidate) => candidate.item === audienceOnly);
  const editors = editorsPoints(plain, shown, [...forward, ...forAudience], hasTitleHeadline(pool, titles) ? null : lead);
  for (const point of editors) used.add(point.item.key);
  const { audience, audienceKeys, rows } = settleAudience(
    { labels: input.labels, pool, exclude, language, used, scored, leaning },
    {
      top: { lead, hook, impact, action },
      editors,
      forward,
    },
  );
  const forwardLeaning = implicationsOf(leaning, language, used);
  const spared = new Set([...used, ...audienceKeys, ...[...forward, ...forwardLeaning].map((candidate) => candidate.item.key)]);
  const leaningPlain = leaning.filter((candidate) => !hasDirectQuote(candidate.item.sentence.text));
  // Like the other sections, takeaways take a sentence that leans on the one before only when nothing else is left,
  // and leave out what the top of the brief tells (in another outlet's words too).
  const shownAbove = [...shown, ...editors];
  const takeaways =
    [takeawaysOf(plain, spared, shownAbove), takeawaysOf(leaningPlain, spared, shownAbove), takeawaysOf(plain, used, shownAbove)].find(
      (list) => list.length > 0,
    ) ?? [];
  for (const takeaway of takeaways) used.add(takeaway.item.key);
  // What the brief already tells above (another outlet's telling of a takeaway's figures too) is no implication.
  for (const key of audienceKeys) used.add(key);
  const above = [...shownAbove, ...takeaways];
  const implications = implicationsOf(scored, language, used, above);
  const tldr: Tldr = {};
  if (lead) tldr.whatChanged = cite(lead, pool);
  if (rows.impact) tldr.whyItMatters = cite(rows.impact, pool);
  if (rows.action) tldr.whatToDoNext = cite(rows.action, pool);
  if (audience) tldr.whoShouldCare = audience;
  return {
    lead,
    hook,
    tldr,
    editors,
    takeaways,
    implications: implications.length > 0 ? implications : implicationsOf(leaning, language, used, above),
  };
}

function emptyHeadline(input: BriefInput): BriefSentence {
  // A story without any text has nothing to cite; its title stands uncited and the verifier will say so.
  return { text: input.articles[0]?.title ?? input.storyId, citations: [] };
}

/** Composes the extractive brief with an explicit sentence splitter. */
export function composeBriefWith(input: BriefInput, options: ComposeOptions, segment: Segmenter): Brief {
  const pool = preparePool(input, options.language ?? 'en', segment);
  const exclude = options.exclude ?? new Set<string>();
  const scored = scoreSentences(pool).filter((candidate) => !exclude.has(candidate.item.key));
  const salience = new Map(scored.map((candidate) => [candidate.item.key, candidate.score]));
  const excludedTitles = options.excludeTitles ?? new Set<string>();
  const sections = sectionsOf(pool, scored, input, exclude, excludedTitles);
  const language = pool.language;
  const lead = sections.lead ? cite(sections.lead, pool) : emptyHeadline(input);
  const top = selectHeadline(pool, { lead, hook: sections.hook ? cite(sections.hook, pool) : null }, excludedTitles);
  const paragraphs = scored.length > 0 ? composeArticle(pool, scored, sections.lead) : [];
  const timeline = buildTimeline(pool, salience, input.relatedEvents);
  const brief: Brief = {
    storyId: input.storyId,
    version: options.version ?? 1,
    engine: 'extractive',
    language,
    createdAt: options.createdAt ?? new Date().toISOString(),
    headline: top.headline,
    editorsBrief: sections.editors.map((candidate) => cite(candidate, pool)),
    tldr: top.news ? { ...sections.tldr, whatChanged: top.news } : sections.tldr,
    keyTakeaways: sections.takeaways.map((candidate) => cite(candidate, pool)),
    implications: sections.implications.map((candidate) => cite(candidate, pool)),
    timeline: sortEvents([...timeline, ...relatedTimeline(pool, input.relatedStories ?? [], timeline, segment)]),
    references: [],
  };
  if (top.hook) brief.hook = top.hook;
  const quote = selectQuote(pool, salience);
  if (quote) brief.quote = quote;
  const articleSentences = paragraphs.flatMap((paragraph) => paragraph.sentences);
  brief.references = buildReferences([...articleSentences, ...briefSentences(brief)], [...input.articles, ...relatedArticles(input)]);
  if (paragraphs.length > 0) brief.article = { paragraphs: markArticle(paragraphs, brief.references) };
  return brief;
}

/** Lists every cited sentence of a brief outside its article, in reading order. */
export function briefSentences(brief: Brief): BriefSentence[] {
  const tldr = [brief.tldr.whatChanged, brief.tldr.whyItMatters, brief.tldr.whatToDoNext, brief.tldr.whoShouldCare];
  return [
    brief.headline,
    brief.hook,
    ...brief.editorsBrief,
    ...tldr,
    ...brief.keyTakeaways,
    ...brief.implications,
    brief.quote,
    ...brief.timeline,
  ].filter((sentence): sentence is BriefSentence => sentence !== undefined);
}
