/**
 * Brief quality gate (`npm run eval:briefs`): composes every demo story's extractive brief, then
 * measures citation validity (must be 100%), the verifier's supported share of the first draft and of the
 * published brief (must be 100%), timeline dates against the gold events, section coverage, and how often
 * the top of a brief (hook, Editor's Brief, TL;DR) shows the same sentence twice.
 * Each story gets its earlier related stories as the compose-briefs job would pass them; a timeline
 * event taken from one is scored against that story's gold events.
 * Writes test-output/eval-briefs.json; floors live under "briefs" in test/eval/baseline.json
 * (`--update-baseline` re-pins them; other keys are kept).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DemoEvent } from '../../src/demo/corpus.js';
import type { Brief } from '../../src/domain/index.js';
import { composeBrief, composeGroundedBrief, groundBrief } from '../../src/pipeline/brief/index.js';
import { verifyBrief } from '../../src/pipeline/verify/index.js';
import { loadDemoBriefCases } from './briefs/demo-stories.js';
import { relatedStoriesOf } from './briefs/related-stories.js';
import { HEADLINE_WORDS, headlineScore } from './briefs/headline-scores.js';
import { type GoldRow, SECTION_GOLD, citedKeys, loadSectionGold, rowMatch } from './briefs/section-gold.js';
import {
  POINTS_OF_BRIEF,
  TOP_OF_BRIEF,
  SECTIONS,
  citationValidity,
  sectionsPresent,
  timelineMatch,
  topFigureRepeats,
  topRepeats,
} from './briefs/scores.js';

const ROOT = join(import.meta.dirname, '../..');
const BASELINE = join(ROOT, 'test/eval/baseline.json');
const OUTPUT = join(ROOT, 'test-output/eval-briefs.json');
// Floors may drift this many points before the gate fails (timing-free, but cue tweaks move figures a little).
const TOLERANCE = 0.5;
type RepeatCount = (brief: Brief) => { sentences: number; repeats: number };

// Each share of sentences shown once is floored like the rest.
const REPEAT_MEASURES: Record<string, RepeatCount> = {
  // Near-verbatim repeats at the top of the page read as padding.
  topShownOnce: (brief) => topRepeats(brief),
  // ...and no sentence of the takeaways or implications is one the page already shows.
  pointShownOnce: (brief) => topRepeats(brief, POINTS_OF_BRIEF),
  // The same facts from another outlet in other words: the top of a brief tells each fact once.
  topFactsOnce: (brief) => topFigureRepeats(brief),
  // ...and so do the takeaways and implications below it.
  pointFactsOnce: (brief) => topFigureRepeats(brief, POINTS_OF_BRIEF),
  // A schedule or a sequence of dates is a fact too: two dates of a line shown above make it a repeat.
  topDatesOnce: (brief) => topFigureRepeats(brief, TOP_OF_BRIEF, 'dates'),
  pointDatesOnce: (brief) => topFigureRepeats(brief, POINTS_OF_BRIEF, 'dates'),
};

const MUST_BE_FULL = ['citationsValid', 'supportedAfterPruning'];

const percent = (part: number, whole: number) => (whole === 0 ? 100 : Math.round((1000 * part) / whole) / 10);

interface Totals {
  sentences: number;
  valid: number;
  supportedBefore: number;
  afterTotal: number;
  supportedAfter: number;
  predicted: number;
  gold: number;
  matched: number;
  exact: number;
  related: number;
  relatedMatched: number;
  withRelated: number;
  sections: Map<string, number>;
  /** Per measure of REPEAT_MEASURES: sentences counted, and those that repeat one shown above them. */
  repeats: Map<string, { sentences: number; repeats: number }>;
  /** Implications shown, and those the consequence gold holds. */
  implications: { shown: number; consequences: number };
  /** "Who should care" rows, and those citing a gold consequence or action: why the audience should care. */
  audienceRows: { shown: number; bearing: number };
  /** Per gold-judged TL;DR row: rows shown, those citing a gold sentence, stories with one, and those whose row shows one. */
  rows: Map<GoldRow, { shown: number; correct: number; available: number; found: number }>;
  headlines: number;
  headlineF1: number;
  headlinesShort: number;
  /** Briefs, briefs headed by an article title, and Chinese headlines of at most 50 characters, by brief language. */
  titled: Map<string, { briefs: number; titled: number; short: number }>;
  failures: string[];
}

/** Scores a published brief's TL;DR rows, implications and audience row against the people-judged gold. */
function scoreGoldRows(
  totals: Totals,
  published: Brief,
  articleIds: readonly string[],
  rows: ReadonlyMap<GoldRow, ReadonlySet<string>>,
): void {
  const consequences = rows.get('whyItMatters') ?? new Set<string>();
  const actions = rows.get('whatToDoNext') ?? new Set<string>();
  const audienceRow = published.tldr.whoShouldCare;
  if (audienceRow) {
    totals.audienceRows.shown += 1;
    if (citedKeys(audienceRow).some((key) => consequences.has(key) || actions.has(key))) totals.audienceRows.bearing += 1;
  }
  for (const implication of published.implications) {
    totals.implications.shown += 1;
    if (citedKeys(implication).some((key) => consequences.has(key))) totals.implications.consequences += 1;
  }
  for (const [row, sentences] of rows) {
    const match = rowMatch(published, row, articleIds, sentences);
    const counts = totals.rows.get(row) ?? { shown: 0, correct: 0, available: 0, found: 0 };
    counts.shown += match.shown ? 1 : 0;
    counts.correct += match.correct ? 1 : 0;
    counts.available += match.available ? 1 : 0;
    counts.found += match.available && match.correct ? 1 : 0;
    totals.rows.set(row, counts);
  }
}

function score(
  totals: Totals,
  brief: Brief,
  pruned: Brief | null,
  gold: {
    events: Parameters<typeof timelineMatch>[1];
    related: Parameters<typeof timelineMatch>[2];
    title: string;
    rows: ReadonlyMap<GoldRow, ReadonlySet<string>>;
  },
  input: Parameters<typeof citationValidity>[1],
): Record<string, unknown> {
  const citations = citationValidity(brief, input);
  const before = groundBrief(brief, input);
  // The verifier sees what the pipeline gives it: the story's articles and the related ones the timeline cites.
  const cited = new Set(pruned?.timeline.flatMap((event) => event.citations.map((citation) => citation.articleId)));
  const related = (input.relatedStories ?? []).flatMap((story) => story.articles).filter((article) => cited.has(article.id));
  const after = pruned ? verifyBrief(pruned, { articles: [...input.articles, ...related].map((article) => ({ ...article })) }) : null;
  const timeline = timelineMatch(pruned ?? brief, gold.events, gold.related);
  totals.sentences += citations.sentences;
  totals.valid += citations.valid;
  totals.failures.push(
    ...citations.invalid,
    ...before.dropped.map(
      (entry) => `${brief.storyId} ${entry.section}[${entry.index}] unsupported: ${entry.reasons.join('; ')} — ${entry.text}`,
    ),
  );
  totals.supportedBefore += before.report.supported;
  totals.afterTotal += after?.total ?? 0;
  totals.supportedAfter += after?.supported ?? 0;
  totals.predicted += timeline.predicted;
  totals.gold += timeline.gold;
  totals.matched += timeline.matched;
  totals.exact += timeline.exact;
  totals.related += timeline.related;
  totals.relatedMatched += timeline.relatedMatched;
  if (timeline.related > 0) totals.withRelated += 1;
  for (const [name, count] of Object.entries(REPEAT_MEASURES)) {
    const found = count(pruned ?? brief);
    const total = totals.repeats.get(name) ?? { sentences: 0, repeats: 0 };
    totals.repeats.set(name, { sentences: total.sentences + found.sentences, repeats: total.repeats + found.repeats });
  }
  for (const section of sectionsPresent(pruned ?? brief)) totals.sections.set(section, (totals.sections.get(section) ?? 0) + 1);
  const published = pruned ?? brief;
  scoreGoldRows(
    totals,
    published,
    input.articles.map((article) => article.id),
    gold.rows,
  );
  const titled = totals.titled.get(published.language) ?? { briefs: 0, titled: 0, short: 0 };
  titled.briefs += 1;
  if ([...published.headline.text].length <= 50) titled.short += 1;
  if (input.articles.some((article) => article.title.trim() === published.headline.text)) titled.titled += 1;
  totals.titled.set(published.language, titled);
  const headline = headlineScore(published.headline.text, gold.title);
  if (headline) {
    totals.headlines += 1;
    totals.headlineF1 += headline.termF1;
    if (headline.words <= HEADLINE_WORDS) totals.headlinesShort += 1;
  }
  return {
    storyId: brief.storyId,
    language: brief.language,
    sentences: citations.sentences,
    unsupported: before.dropped,
    timeline,
    sections: [...sectionsPresent(pruned ?? brief)],
    headline: { text: (pruned ?? brief).headline.text, gold: gold.title, ...headline },
  };
}

function measure(totals: Totals, stories: number): Record<string, number> {
  const measured: Record<string, number> = {
    citationsValid: percent(totals.valid, totals.sentences),
    supportedBeforePruning: percent(totals.supportedBefore, totals.sentences),
    supportedAfterPruning: percent(totals.supportedAfter, totals.afterTotal),
    timelinePrecision: percent(totals.matched, totals.predicted),
    timelineRecall: percent(totals.matched - totals.relatedMatched, totals.gold),
    timelineExactPrecisionShare: percent(totals.exact, totals.matched),
    timelineRelatedPrecision: percent(totals.relatedMatched, totals.related),
    'coverage.timelineRelated': percent(totals.withRelated, stories),
    ...Object.fromEntries([...totals.repeats].map(([name, { sentences, repeats }]) => [name, percent(sentences - repeats, sentences)])),
    // English headlines against the writers' story titles: shared content terms, and short enough for a card.
    headlineTermF1: percent(totals.headlineF1, totals.headlines),
    headlinesWithin20Words: percent(totals.headlinesShort, totals.headlines),
  };
  // Reported, not floored: a title is not always the better headline, but a title no sentence could support is lost.
  for (const [language, { briefs, titled, short }] of totals.titled) {
    measured[`headlineFromTitle.${language}`] = percent(titled, briefs);
    if (language === 'zh') measured['headlinesWithin50Chars.zh'] = percent(short, briefs);
  }
  for (const section of SECTIONS) measured[`coverage.${section}`] = percent(totals.sections.get(section) ?? 0, stories);
  // An implication is a consequence that looks ahead: the share of them the consequence gold holds.
  measured.implicationPrecision = percent(totals.implications.consequences, totals.implications.shown);
  // "Who should care" cites one of its labels' evidence: the share that says what follows for them or what to do.
  measured.whoShouldCareBears = percent(totals.audienceRows.bearing, totals.audienceRows.shown);
  // The cue-routed TL;DR rows against their gold: a row shown is what people judged fit for it ("What to do next": advice
  // for the reader; "Why it matters": a consequence), and a story that has such a sentence shows one.
  for (const [row, { shown, correct, available, found }] of totals.rows) {
    const name = row === 'whatToDoNext' ? 'action' : 'impact';
    measured[`${name}Precision`] = percent(correct, shown);
    measured[`${name}Recall`] = percent(found, available);
  }
  return measured;
}

function readBaseline(): Record<string, unknown> {
  return existsSync(BASELINE) ? (JSON.parse(readFileSync(BASELINE, 'utf8')) as Record<string, unknown>) : {};
}

// Pins the floors when there are none (or on --update-baseline) and lists what fell below them.
function checkFloors(measured: Record<string, number>): { floors: Record<string, number>; problems: string[] } {
  let floors = readBaseline().briefs as Record<string, number> | undefined;
  if (!floors || process.argv.includes('--update-baseline')) {
    floors = measured;
    // Read-modify-write: the other gates' floors stay as they are.
    writeFileSync(BASELINE, `${JSON.stringify({ ...readBaseline(), briefs: floors }, null, 2)}\n`);
    console.log(`pinned floors under "briefs" in ${relative(ROOT, BASELINE)}`);
  }
  const problems = Object.entries(floors)
    .filter(([key, floor]) => (measured[key] ?? 0) < floor - TOLERANCE)
    .map(([key, floor]) => `${key} ${measured[key]} < floor ${floor}`);
  for (const key of MUST_BE_FULL) if (measured[key] !== 100) problems.push(`${key} is ${measured[key]}%, must be 100%`);
  return { floors, problems };
}

// Every article of a story, mapped to that story's gold events (to score events taken from related stories).
function goldByArticle(cases: ReturnType<typeof loadDemoBriefCases>): Map<string, { storyId: string; events: DemoEvent[] }> {
  const map = new Map<string, { storyId: string; events: DemoEvent[] }>();
  for (const { input, events } of cases) for (const article of input.articles) map.set(article.id, { storyId: input.storyId, events });
  return map;
}

async function main(): Promise<void> {
  const cases = loadDemoBriefCases(ROOT);
  const relatedStories = await relatedStoriesOf(cases);
  const articleGold = goldByArticle(cases);
  const rows = new Map((Object.keys(SECTION_GOLD) as GoldRow[]).map((row) => [row, loadSectionGold(row)]));
  const totals: Totals = {
    sentences: 0,
    valid: 0,
    supportedBefore: 0,
    afterTotal: 0,
    supportedAfter: 0,
    predicted: 0,
    gold: 0,
    matched: 0,
    exact: 0,
    related: 0,
    relatedMatched: 0,
    withRelated: 0,
    sections: new Map(),
    repeats: new Map(),
    rows: new Map(),
    implications: { shown: 0, consequences: 0 },
    audienceRows: { shown: 0, bearing: 0 },
    headlines: 0,
    headlineF1: 0,
    headlinesShort: 0,
    titled: new Map(),
    failures: [],
  };
  const stories = cases.map(({ input: own, events, title }) => {
    const input = { ...own, relatedStories: relatedStories.get(own.storyId) ?? [] };
    // Each related article's story gold, to score the timeline events taken from it.
    const related = new Map(
      input.relatedStories.flatMap((story) =>
        story.articles.flatMap((article) => {
          const gold = articleGold.get(article.id);
          return gold ? [[article.id, gold] as const] : [];
        }),
      ),
    );
    // The engine's first draft is what "supported before pruning" measures; the published brief is the grounded
    // one, where a dropped sentence was replaced once from a second draft.
    const options = { createdAt: '2026-11-21T00:00:00Z' };
    return score(totals, composeBrief(input, options), composeGroundedBrief(input, options).brief, { events, related, title, rows }, input);
  });
  const measured = measure(totals, cases.length);
  const { floors, problems } = checkFloors(measured);
  mkdirSync(join(ROOT, 'test-output'), { recursive: true });
  const report = { stories: cases.length, measured, floors, failures: totals.failures, perStory: stories };
  writeFileSync(OUTPUT, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`${cases.length} demo stories, ${totals.sentences} brief sentences`);
  for (const [key, value] of Object.entries(measured)) {
    console.log(`  ${key.padEnd(34)} ${value.toFixed(1)}%${floors[key] !== undefined ? `  (floor ${floors[key]})` : ''}`);
  }
  console.log(`wrote ${relative(ROOT, OUTPUT)}`);
  for (const problem of problems) console.error(`regression: ${problem}`);
  if (problems.length > 0) process.exitCode = 1;
}

await main();
