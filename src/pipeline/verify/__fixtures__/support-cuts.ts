/** A two-article story (English and Chinese) and brief pieces for the verifier's tests. */
import type { Brief, BriefSentence } from '../../../domain/index.js';
import { headlineBrief } from '../../../testing/headline-brief.js';
import type { VerifySources } from '../types.js';

/** Helioscale's support cuts, reported by an English wire and a Chinese outlet; bodies are split by the verifier. */
export const supportCuts: VerifySources = {
  articles: [
    {
      id: 'a1',
      outlet: 'Meridian Wire',
      title: 'Helioscale cuts 1,200 support jobs',
      language: 'en',
      published: '2026-11-04T15:45:00Z',
      text: [
        'Helioscale said on Wednesday it will cut 1,200 customer-support jobs. The company will offer 800 of them a 16-week retraining programme.',
        'Chief executive Dana Whitcomb said the cuts would not affect tier-2 support. Analysts said the move could signal wider cuts across the industry.',
      ].join('\n\n'),
    },
    {
      id: 'a2',
      outlet: '云端财经',
      title: '赫利云裁减1200个客服岗位',
      language: 'zh',
      published: '2026-11-05T02:00:00Z',
      text: ['赫利云宣布裁减1200个客服岗位，并为其中800人提供为期16周的再培训。', '再培训课程将于12月7日开始。'].join('\n\n'),
    },
  ],
};

/** A brief sentence citing sentences of one article. */
export function cited(text: string, articleId: string, ...sentenceIds: string[]): BriefSentence {
  return { text, citations: [{ articleId, sentenceIds }] };
}

/** A brief with only a headline; tests add the sections they need. */
export function briefWith(headline: BriefSentence, extra: Partial<Brief> = {}): Brief {
  return headlineBrief('support-cuts', headline, { version: 1, engine: 'llm', createdAt: '2026-11-06T00:00:00Z', ...extra });
}
