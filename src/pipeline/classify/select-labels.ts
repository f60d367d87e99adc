/** Chooses which scored labels a story gets, per kind: a main board and close seconds, clear tags, one region. */
import type { Label, LabelKind } from '../../domain/story.js';
import {
  AGREED_ARTICLES,
  COMPANION_TAG_RATIO,
  LEAD_BOARD_SHARE,
  LEAD_TAG_SHARE,
  LED_BOARD_RATIO,
  LED_TAG_RATIO,
  MAX_LABELS,
  MIN_SCORE,
  REGION_MARGIN,
  RELATIVE_TAG_DENSITY,
  SECONDARY_BOARD_RATIO,
} from './classify-settings.js';
import type { ScoredLabel } from './label-scores.js';
import { GLOBAL_REGION } from './region-spread.js';

function toLabel(kind: LabelKind, scored: ScoredLabel): Label {
  return { kind, id: scored.id, name: scored.name, score: Math.round(scored.score * 1000) / 1000, evidence: scored.evidence };
}

/** Kinds whose labels need a cue that names them: hints ("deal", a company's name) add up to a board or tag only beside one. */
const NAMED_KINDS: ReadonlySet<LabelKind> = new Set(['board', 'tag']);

/** Keeps labels with evidence and enough support, most density first. */
function supported(scored: readonly ScoredLabel[], kind: LabelKind): ScoredLabel[] {
  // No supporting sentence, no label — whatever the score arithmetic says.
  return scored
    .filter((label) => label.evidence.length > 0 && label.score >= MIN_SCORE[kind] && (label.named || !NAMED_KINDS.has(kind)))
    .sort((a, b) => b.density - a.density);
}

/**
 * Tags below the story's mean support that one article carries fully: one outlet's thread on a topic the others leave
 * out (the analysis piece on switching providers after an outage). They may join only as companions.
 */
function threaded(scored: readonly ScoredLabel[]): ScoredLabel[] {
  return scored.filter((label) => label.evidence.length > 0 && label.named && label.score < MIN_SCORE.tag && label.peak >= 1);
}

/** Keeps the board the text is most about, and a second one that is nearly as present or that the leads name. */
export function selectBoards(scored: readonly ScoredLabel[]): Label[] {
  const candidates = supported(scored, 'board');
  const top = candidates[0]?.density ?? 0;
  const second = (label: ScoredLabel) =>
    label.density >= top * SECONDARY_BOARD_RATIO || (label.density >= top * LED_BOARD_RATIO && label.lead >= LEAD_BOARD_SHARE);
  return candidates
    .filter(second)
    .slice(0, MAX_LABELS.board)
    .map((label) => toLabel('board', label));
}

/**
 * Keeps tags above the minimum support and near the densest one (or that every article of several opens on or develops
 * fully), densest first, then tags less present beside a kept companion (among them tags one article develops though
 * the story as a whole does not); a narrower tag replaces its broader one.
 */
export function selectTags(scored: readonly ScoredLabel[]): Label[] {
  const candidates = supported(scored, 'tag');
  const top = candidates[0]?.density ?? 0;
  const near = candidates.filter(
    (label) =>
      label.density >= top * RELATIVE_TAG_DENSITY ||
      (label.density >= top * LED_TAG_RATIO && label.lead >= LEAD_TAG_SHARE) ||
      (label.articles >= AGREED_ARTICLES && (label.lead === 1 || label.score === 1)),
  );
  const kept = new Set(near.map((label) => label.id));
  const companions = [...candidates, ...threaded(scored)].filter(
    (label) => !kept.has(label.id) && label.density >= top * COMPANION_TAG_RATIO && label.companions.some((id) => kept.has(id)),
  );
  const chosen = [...near, ...companions];
  const narrowed = new Set(chosen.map((label) => label.broader).filter((id): id is string => id !== null));
  return chosen
    .filter((label) => !narrowed.has(label.id))
    .slice(0, MAX_LABELS.tag)
    .map((label) => toLabel('tag', label));
}

/**
 * Places a story in the region its places point to when one clearly leads and the story's reach does not outweigh
 * it; in "global" when it says so (or lists places across the world) and no region leads; else nowhere (no region
 * beats a wrong one).
 */
export function selectRegion(scored: readonly ScoredLabel[]): Label[] {
  const places = supported(
    scored.filter((label) => label.id !== GLOBAL_REGION),
    'region',
  );
  const global = supported(
    scored.filter((label) => label.id === GLOBAL_REGION),
    'region',
  )[0];
  const [first, second] = places;
  const leads = first && (!second || first.density >= second.density * REGION_MARGIN);
  if (first && leads && !(global && global.density > first.density)) return [toLabel('region', first)];
  return global ? [toLabel('region', global)] : [];
}
