/** Scores how well an article fits a story, and how alike two stories are, channel by channel. */
import { CHANNEL_WEIGHTS, CROSS_LANGUAGE_TEXT_FACTOR } from './cluster-settings.js';
import { channelSize, dotChannel, type Member } from './member.js';
import { denseCosine, dot } from './sparse-vector.js';
import type { Centroid, StoryRecord } from './story-record.js';
import { CHANNELS, type Channel } from './types.js';

/**
 * Averages channel cosines weighted over the channels both sides have: an article without numbers is not
 * penalised for them, while two stories whose numbers all differ are told apart. Across languages only shared
 * Latin tokens (product names, tickers) can match as text, so the text channel counts less there. Text always
 * counts, as zero when nothing is shared: it is the channel every article has. Scores are summed in place, with
 * no per-channel record: this runs for every candidate of every article.
 */
function combine(cosine: (channel: Channel, index: number) => number | null, vector: number | null, sameLanguage: boolean): number {
  let total = 0;
  let weights = 0;
  for (let index = 0; index < CHANNELS.length; index++) {
    const channel = CHANNELS[index] as Channel;
    const value = cosine(channel, index) ?? (channel === 'terms' ? 0 : null);
    if (value === null) continue;
    const weight = channelWeight(index, sameLanguage);
    total += value * weight;
    weights += weight;
  }
  return withVector(total, weights, vector);
}

function toCentroid(member: Member, channel: number, centroid: Centroid): number | null {
  return channelSize(member, channel) > 0 && centroid.length > 0 ? dotChannel(member, channel, centroid.sum) / centroid.length : null;
}

/** Channel weights by index in CHANNELS, read without a keyed lookup on the hot path. */
const WEIGHT_BY_INDEX = CHANNELS.map((channel) => CHANNEL_WEIGHTS[channel]);

/** A channel's weight in the blend; text counts less across languages, where only shared names and numbers match. */
function channelWeight(index: number, sameLanguage: boolean): number {
  return (WEIGHT_BY_INDEX[index] as number) * (index === 0 && !sameLanguage ? CROSS_LANGUAGE_TEXT_FACTOR : 1);
}

/** Adds the embedding cosine (when there is one) to the weighted channel sum, and returns the weighted mean. */
function withVector(total: number, weights: number, vector: number | null): number {
  if (vector === null) return weights > 0 ? total / weights : 0;
  return (total + vector * CHANNEL_WEIGHTS.vector) / (weights + CHANNEL_WEIGHTS.vector);
}

/**
 * Scores an article against a story's centroids: combine's sum for toCentroid, written out as one loop because it
 * runs for every candidate of every article (same terms in the same order, so the same score to the last bit).
 */
export function scoreMember(member: Member, story: StoryRecord): number {
  const vector = member.vector && story.vectorSum ? denseCosine(member.vector, story.vectorSum) : null;
  const { centroids } = story;
  const sameLanguage = story.languages.has(member.language);
  let total = 0;
  let weights = 0;
  for (let index = 0; index < CHANNELS.length; index++) {
    const value = toCentroid(member, index, centroids[CHANNELS[index] as Channel]) ?? (index === 0 ? 0 : null);
    if (value === null) continue;
    const weight = channelWeight(index, sameLanguage);
    total += value * weight;
    weights += weight;
  }
  return withVector(total, weights, vector);
}

/** Cosine of a unit vector with a centroid that contains it, the vector taken out (leave-one-out). */
function toCentroidWithout(member: Member, channel: number, centroid: Centroid): number | null {
  if (channelSize(member, channel) === 0) return null;
  const shared = dotChannel(member, channel, centroid.sum);
  const restLength = Math.sqrt(Math.max(0, centroid.length * centroid.length - 2 * shared + 1));
  return restLength > 1e-9 ? (shared - 1) / restLength : null;
}

/** Scores a member of a story against the rest of it, without rebuilding the story (repair's split test). */
export function scoreMemberWithoutSelf(member: Member, story: StoryRecord): number {
  const sameLanguage = story.recent.some((other) => other !== member && other.language === member.language);
  return combine((channel, index) => toCentroidWithout(member, index, story.centroids[channel]), null, sameLanguage);
}

function betweenCentroids(left: Centroid, right: Centroid): number | null {
  return left.length > 0 && right.length > 0 ? dot(left.sum, right.sum) / (left.length * right.length) : null;
}

function shareLanguage(left: StoryRecord, right: StoryRecord): boolean {
  for (const language of left.languages) if (right.languages.has(language)) return true;
  return false;
}

/** Scores two stories against each other (repair's merge test): combine's sum for betweenCentroids, written out as in scoreMember. */
export function scoreStories(left: StoryRecord, right: StoryRecord): number {
  const vector = left.vectorSum && right.vectorSum ? denseCosine(left.vectorSum, right.vectorSum) : null;
  const sameLanguage = shareLanguage(left, right);
  let total = 0;
  let weights = 0;
  for (let index = 0; index < CHANNELS.length; index++) {
    const channel = CHANNELS[index] as Channel;
    const value = betweenCentroids(left.centroids[channel], right.centroids[channel]) ?? (index === 0 ? 0 : null);
    if (value === null) continue;
    const weight = channelWeight(index, sameLanguage);
    total += value * weight;
    weights += weight;
  }
  return withVector(total, weights, vector);
}

/**
 * An upper bound of scoreStories that leaves out its costliest part, the text channel's dot product (the largest
 * centroids), by taking that cosine at its most, 1: repair rules out most neighbours with it before scoring them.
 */
export function storiesScoreBound(left: StoryRecord, right: StoryRecord): number {
  const vector = left.vectorSum && right.vectorSum ? denseCosine(left.vectorSum, right.vectorSum) : null;
  const sameLanguage = shareLanguage(left, right);
  let total = channelWeight(0, sameLanguage);
  let weights = total;
  for (let index = 1; index < CHANNELS.length; index++) {
    const channel = CHANNELS[index] as Channel;
    const value = betweenCentroids(left.centroids[channel], right.centroids[channel]);
    if (value === null) continue;
    const weight = channelWeight(index, sameLanguage);
    total += value * weight;
    weights += weight;
  }
  return withVector(total, weights, vector);
}
