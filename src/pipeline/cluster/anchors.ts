/**
 * Anchors: names an article shares with a story that (nearly) no other article in the stream has used. A follow-up
 * days later names the same new company, person and regulator as its story; a new event of the same kind names a
 * well-known company that many stories share, so it has none.
 */
import type { FeatureTable } from './feature-table.js';
import { CHANNEL_BOUNDS, type Member } from './member.js';
import type { StoryRecord } from './story-record.js';
import { CHANNELS } from './types.js';

const NAMES = CHANNELS.indexOf('names');

function holds(member: Member, channel: number, id: number): boolean {
  const end = member.ids[channel + 1] as number;
  for (let index = member.ids[channel] as number; index < end; index++) if (member.ids[CHANNEL_BOUNDS + index] === id) return true;
  return false;
}

/**
 * Tells whether the member shares at least `needed` names with the story that no other article has used: the table
 * has seen each at most once more (the member itself) than the story's held members that hold it. A name seen more
 * often than the story holds members, or that the story's centroid lacks, is ruled out before any member is read.
 */
export function sharesAnchors(member: Member, story: StoryRecord, table: FeatureTable, needed: number): boolean {
  let anchors = 0;
  const most = story.recent.length + 1;
  const names = story.centroids.names.sum;
  const end = member.ids[NAMES + 1] as number;
  for (let index = member.ids[NAMES] as number; index < end; index++) {
    const id = member.ids[CHANNEL_BOUNDS + index] as number;
    const count = table.count(id);
    if (count > most || !names.has(id)) continue;
    let held = 0;
    for (const other of story.recent) if (holds(other, NAMES, id)) held++;
    if (held > 0 && count <= held + 1 && ++anchors >= needed) return true;
  }
  return false;
}
