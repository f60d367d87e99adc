/**
 * The top of a brief: "What changed" (the lead), the hook, the cue-routed TL;DR rows, and "Who should care", which
 * can cite only its audience labels' evidence and so settles last against the rows beside it.
 */
import type { Label, Tldr } from '../../domain/index.js';
import { whoShouldCare } from './audience.js';
import { EPITHET_REFERENCE } from './cues.js';
import { selectHook } from './headline.js';
import type { Pool } from './pool.js';
import { type Route, pickForRoute } from './route.js';
import type { Scored } from './salience.js';
import { hasDirectQuote } from './text.js';

function pickLead(scored: readonly Scored[], language: string): Scored | null {
  const opening = scored.filter((candidate) => candidate.item.position <= 2 && !hasDirectQuote(candidate.item.sentence.text));
  // The lead states the news and may become the headline: "The Midwest operator says…" names no one, so another
  // outlet's lead that names the company goes first.
  const named = opening.filter((candidate) => !EPITHET_REFERENCE.test(candidate.item.sentence.text));
  const leads = named.length > 0 ? named : opening;
  return pickForRoute(leads, 'event', language, new Set()) ?? leads[0] ?? scored[0] ?? null;
}

// `fallback` holds sentences that lean on the one before: used only when no self-standing sentence has the cue.
// `shown` holds what the top of the brief already shows; each pick joins it.
function pickRoutes(
  scored: readonly Scored[],
  fallback: readonly Scored[],
  language: string,
  used: Set<string>,
  routes: Route[],
  shown: Scored[],
): Map<Route, Scored> {
  const picked = new Map<Route, Scored>();
  for (const route of routes) {
    const candidate = pickForRoute(scored, route, language, used, shown) ?? pickForRoute(fallback, route, language, used, shown);
    if (!candidate) continue;
    picked.set(route, candidate);
    used.add(candidate.item.key);
    shown.push(candidate);
  }
  return picked;
}

interface RowChoice {
  route: Route;
  language: string;
  used: Set<string>;
  reserved: ReadonlySet<string>;
  shown: readonly Scored[];
}

/**
 * "Who should care" can cite only its labels' evidence, the TL;DR rows above it the whole story: a row that holds the
 * one sentence the audience rests on gives it up when another sentence carries the row's cue.
 */
function yieldToAudience(picked: Scored | null, choice: RowChoice, scored: readonly Scored[], fallback: readonly Scored[]): Scored | null {
  if (!picked || !choice.reserved.has(picked.item.key)) return picked;
  const taken = new Set([...choice.used, ...choice.reserved]);
  const other =
    pickForRoute(scored, choice.route, choice.language, taken, choice.shown) ??
    pickForRoute(fallback, choice.route, choice.language, taken, choice.shown);
  if (!other) return picked;
  choice.used.delete(picked.item.key);
  choice.used.add(other.item.key);
  return other;
}

export interface TopRows {
  lead: Scored | null;
  hook: Scored | null;
  impact: Scored | null;
  action: Scored | null;
}

/** The TL;DR's cue-routed rows and the hook: the sentences the top of the brief shows before the Editor's Brief. */
export function topOfBrief(scored: readonly Scored[], leaning: readonly Scored[], language: string, used: Set<string>): TopRows {
  const lead = pickLead(scored, language);
  if (lead) used.add(lead.item.key);
  const shown = lead ? [lead] : [];
  // Advice is rarer than a good hook: the action section chooses before the hook does.
  const routes = pickRoutes(scored, leaning, language, used, ['action'], shown);
  const hook = selectHook(scored, used, shown);
  if (hook) {
    used.add(hook.item.key);
    shown.push(hook);
  }
  for (const [route, candidate] of pickRoutes(scored, leaning, language, used, ['impact'], shown)) routes.set(route, candidate);
  return { lead, hook, impact: routes.get('impact') ?? null, action: routes.get('action') ?? null };
}

function keysOf(audience: Tldr['whoShouldCare']): Set<string> {
  return new Set((audience?.citations ?? []).flatMap((citation) => citation.sentenceIds.map((id) => `${citation.articleId}#${id}`)));
}

const present = (picks: readonly (Scored | null)[]): Scored[] => picks.filter((picked): picked is Scored => picked !== null);

export interface AudienceContext {
  labels: readonly Label[] | undefined;
  pool: Pool;
  exclude: ReadonlySet<string>;
  language: string;
  /** Keys of the sentences the brief has taken so far: a row that yields its sentence updates it. */
  used: Set<string>;
  scored: readonly Scored[];
  leaning: readonly Scored[];
}

/**
 * Chooses "Who should care" once the top rows and the Editor's Brief are known, and lets a TL;DR row that took its
 * evidence yield it. Returns the row, the keys of the sentences it cites (the sections below leave them out) and
 * the impact and action rows as they stand.
 */
export function settleAudience(
  context: AudienceContext,
  chosen: { top: TopRows; editors: readonly Scored[]; forward: readonly Scored[] },
): { audience: Tldr['whoShouldCare']; audienceKeys: ReadonlySet<string>; rows: { impact: Scored | null; action: Scored | null } } {
  const { top, editors, forward } = chosen;
  const audienceGiven = (rows: readonly (Scored | null)[]) =>
    whoShouldCare(
      context.labels,
      context.pool,
      present([top.lead, top.hook, ...rows, ...editors]).map((picked) => picked.item),
      context.exclude,
      forward.map((picked) => picked.item),
    );
  type Rows = { impact: Scored | null; action: Scored | null };
  // A row's choice beside the other row as it stands, the top of the brief and the Editor's Brief.
  const choiceFor = (route: keyof Rows, beside: Rows, reserved: ReadonlySet<string>, used: Set<string>): RowChoice => {
    const shown = present([top.lead, top.hook, route === 'impact' ? beside.action : beside.impact, ...editors]);
    return { route, language: context.language, used, reserved, shown };
  };
  // Whether a row holding one of these sentences has another sentence with its cue to take instead (tried on a copy).
  const yields = (route: keyof Rows, reserved: ReadonlySet<string>): boolean =>
    yieldToAudience(top[route], choiceFor(route, top, reserved, new Set(context.used)), context.scored, context.leaning) !== top[route];
  let audience = audienceGiven([top.impact, top.action]);
  let audienceKeys = keysOf(audience);
  const rows: Rows = { impact: top.impact, action: top.action };
  const shownAbove = present([top.lead, top.hook, top.impact, top.action, ...editors]);
  // With no evidence of its own left, the audience may take a row's sentence when the row has another with its cue.
  if (shownAbove.some((picked) => audienceKeys.has(picked.item.key))) {
    const freer = audienceGiven([]);
    const freerKeys = keysOf(freer);
    const held = (['impact', 'action'] as const).filter((route) => rows[route] && freerKeys.has(rows[route].item.key));
    if (held.length > 0 && held.every((route) => yields(route, freerKeys))) [audience, audienceKeys] = [freer, freerKeys];
  }
  for (const route of ['impact', 'action'] as const)
    rows[route] = yieldToAudience(rows[route], choiceFor(route, rows, audienceKeys, context.used), context.scored, context.leaning);
  return { audience, audienceKeys, rows };
}
