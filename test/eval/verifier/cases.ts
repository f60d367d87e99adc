/** Loads the adversarial verifier cases and turns each into a one-sentence brief over its story's demo sources. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Brief, Citation, Sentence } from '../../../src/domain/index.js';
import { loadDemoCorpus, type DemoStory } from '../../../src/demo/corpus.js';
import { splitSentences } from '../../../src/pipeline/segment/index.js';
import type { VerifySources } from '../../../src/pipeline/verify/index.js';
import { headlineBrief } from '../../../src/testing/headline-brief.js';

/** The kinds of bad sentence the set holds, in report order. */
export const BAD_KINDS = [
  'fabricated-number',
  'invented-entity',
  'wrong-date',
  'flipped-negation',
  'wrong-article-citation',
  'off-topic-framing',
  'speculation-as-fact',
] as const;

/** A case's kind: one of the bad kinds, or a faithful paraphrase. */
export type CaseKind = (typeof BAD_KINDS)[number] | 'faithful';

/** One case of test/eval/adversarial/*.json. */
export interface AdversarialCase {
  id: string;
  story: string;
  kind: CaseKind;
  claim: string;
  cites: { article: string; quote: string }[];
  expected: 'supported' | 'unsupported';
}

/** A case ready to verify: its brief and its story's sources. */
export interface PreparedCase {
  case: AdversarialCase;
  brief: Brief;
  sources: VerifySources;
}

const ROOT = join(import.meta.dirname, '../../..');

/** Reads every case file of test/eval/adversarial/. */
export function loadCases(): AdversarialCase[] {
  const dir = join(ROOT, 'test/eval/adversarial');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as AdversarialCase[]);
}

/** Builds the verifier's sources for a demo story: every article, its body split into sentences. */
export function storySources(story: DemoStory): VerifySources {
  return {
    articles: story.articles.map((article) => {
      const text = article.body.join('\n\n');
      return {
        id: article.id,
        outlet: article.outlet.name,
        title: article.title,
        language: article.language,
        published: article.published,
        sentences: splitSentences(text, article.language),
      };
    }),
  };
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Resolves a quote to the ids of the sentences of an article that contain it; empty when none does. */
export function sentencesQuoting(sentences: readonly Sentence[], quote: string): string[] {
  const wanted = squash(quote);
  return sentences.filter((sentence) => squash(sentence.text).includes(wanted)).map((sentence) => sentence.id);
}

/** Prepares every case: cites become citations of sentence ids; a quote found in no sentence is an error. */
export function prepareCases(cases: readonly AdversarialCase[]): { prepared: PreparedCase[]; errors: string[] } {
  const corpus = loadDemoCorpus(join(ROOT, 'demo'));
  const allSentences = new Map<string, Sentence[]>();
  const sourcesByStory = new Map<string, VerifySources>();
  for (const story of corpus.stories) {
    const sources = storySources(story);
    sourcesByStory.set(story.id, sources);
    for (const article of sources.articles) allSentences.set(article.id, article.sentences ?? []);
  }
  const prepared: PreparedCase[] = [];
  const errors: string[] = [];
  for (const item of cases) {
    const sources = sourcesByStory.get(item.story);
    if (!sources) {
      errors.push(`${item.id}: unknown story ${item.story}`);
      continue;
    }
    const citations: Citation[] = [];
    for (const cite of item.cites) {
      const ids = sentencesQuoting(allSentences.get(cite.article) ?? [], cite.quote);
      if (ids.length === 0) errors.push(`${item.id}: quote not found in one sentence of ${cite.article}: "${cite.quote}"`);
      const existing = citations.find((c) => c.articleId === cite.article);
      if (existing) existing.sentenceIds.push(...ids.filter((id) => !existing.sentenceIds.includes(id)));
      else citations.push({ articleId: cite.article, sentenceIds: ids });
    }
    prepared.push({ case: item, brief: oneSentenceBrief(item, citations), sources });
  }
  return { prepared, errors };
}

/** Wraps a claim in a brief whose only sentence is the headline. */
export function oneSentenceBrief(item: AdversarialCase, citations: Citation[]): Brief {
  return headlineBrief(item.story, { text: item.claim, citations }, { version: 1, engine: 'llm', createdAt: '2026-11-21T00:00:00Z' });
}
