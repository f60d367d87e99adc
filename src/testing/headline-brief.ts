/** A brief that holds only its headline, for tests that store, verify or compare briefs; they add the sections they need. */
import type { Brief, BriefSentence } from '../domain/brief.js';

export function headlineBrief(storyId: string, headline: BriefSentence, extra: Partial<Brief> = {}): Brief {
  return {
    storyId,
    version: 0,
    engine: 'extractive',
    language: 'en',
    createdAt: '2026-11-20T00:00:00Z',
    headline,
    editorsBrief: [],
    tldr: {},
    keyTakeaways: [],
    implications: [],
    timeline: [],
    references: [],
    ...extra,
  };
}
