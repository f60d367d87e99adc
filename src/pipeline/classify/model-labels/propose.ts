/**
 * A language model proposes labels the rules did not give; each is kept only with evidence. A proposal must name a
 * taxonomy id, cite sentences that exist, and at least one cited sentence must carry the label's own cue (for an
 * audience, a phrase naming it) — the model points at evidence, the taxonomy decides that it is evidence. The region
 * stays single and every kind keeps its cap. Of what the rules gave, the model may contest audiences only, each with a
 * reason (see contest.ts); boards, tags and the region it can only add to.
 */
import { z } from 'zod';
import type { Evidence, Label, LabelKind } from '../../../domain/story.js';
import type { ChatMessage, LanguageModel } from '../../../ports/language-model.js';
import { type Result, ok } from '../../../shared/result.js';
import { type RetryPolicy, askJson, openSession, retryPolicy } from '../../model/index.js';
import { analyseArticles } from '../analysed-text.js';
import { MAX_LABELS } from '../classify-settings.js';
import { compileCues } from '../cue-matcher.js';
import { cueWeight } from '../label-scores.js';
import type { ClassifyInput, Taxonomy, TaxonomyEntry } from '../types.js';
import { type ContestedLabel, applyContests } from './contest.js';
import { KIND_KEYS, type NumberedStory, labelSystemPrompt, labelUserPrompt, numberStory } from './prompt.js';

const proposalSchema = z.object({
  labels: z.array(
    z.object({
      kind: z.enum(['board', 'tag', 'region', 'audience']),
      id: z.string().min(1),
      cites: z.array(z.string().regex(/^a\d+:p\d+s\d+$/, 'a citation id looks like "a1:p2s3"')).min(1),
      reason: z.string().max(400).optional(),
    }),
  ),
  contest: z.array(z.object({ id: z.string().min(1), reason: z.string().max(400).default('') })).default([]),
});

type Proposal = z.infer<typeof proposalSchema>['labels'][number];

/** A proposal that was not kept, and why. */
export interface RefusedLabel {
  kind: string;
  id: string;
  reason: string;
}

export interface ProposedLabels {
  /** The rules' labels, less the contested audiences, with the kept proposals added. */
  labels: Label[];
  added: Label[];
  /** Audiences of the rules' that the model took away, with its reasons. */
  contested: ContestedLabel[];
  refused: RefusedLabel[];
  usage: { promptTokens: number; completionTokens: number; calls: number };
}

export interface ProposeOptions {
  retry?: Partial<RetryPolicy>;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Tells whether a sentence carries a cue of the entry (for an audience, a cue or a phrase naming it). */
function cueTest(entry: TaxonomyEntry, kind: LabelKind): (text: string) => boolean {
  const matchers = [compileCues(entry)];
  if (kind === 'audience' && entry.actors?.length) matchers.push(compileCues({ id: entry.id, name: entry.name, en: entry.actors, zh: [] }));
  return (text) => {
    const [analysed] = analyseArticles([
      { id: 'cited', language: 'en', sentences: [{ id: 'p1s1', paragraph: 1, start: 0, end: text.length, text }] },
    ]);
    const target = analysed?.sentences[0]?.analysed;
    return target !== undefined && matchers.some((matcher) => cueWeight(matcher, target, { fullAsides: kind === 'region' }).strong > 0);
  };
}

function judge(proposal: Proposal, taxonomy: Taxonomy, story: NumberedStory, labels: readonly Label[]): Label | string {
  const entry = taxonomy[KIND_KEYS[proposal.kind]].find((candidate) => candidate.id === proposal.id);
  if (!entry) return `no ${proposal.kind} "${proposal.id}" in the taxonomy`;
  if (labels.some((label) => label.kind === proposal.kind && label.id === proposal.id)) return 'already given';
  const ofKind = labels.filter((label) => label.kind === proposal.kind).length;
  if (ofKind >= MAX_LABELS[proposal.kind]) return `the story already has ${ofKind} ${proposal.kind} label(s), the most it may`;
  const cited = proposal.cites.flatMap((id) => story.sentences.get(id) ?? []);
  const carriesCue = cueTest(entry, proposal.kind);
  const evidence: Evidence[] = cited
    .filter((sentence) => carriesCue(sentence.text))
    .map((sentence) => ({ articleId: sentence.articleId, sentenceId: sentence.sentenceId, text: sentence.text }));
  if (evidence.length === 0) return 'no cited sentence carries a cue of the label';
  return { kind: proposal.kind, id: entry.id, name: entry.name, score: evidence.length / cited.length, evidence, proposedBy: 'model' };
}

/** Asks the model for labels the rules did not give and keeps those with evidence; fails only when no usable answer came. */
export async function proposeLabels(
  input: ClassifyInput,
  given: readonly Label[],
  taxonomy: Taxonomy,
  model: LanguageModel,
  options: ProposeOptions = {},
): Promise<Result<ProposedLabels>> {
  const story = numberStory(input.articles);
  const session = openSession(model, {
    policy: retryPolicy(options),
    temperature: 0,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const messages: ChatMessage[] = [
    { role: 'system', content: labelSystemPrompt(story.boundary) },
    { role: 'user', content: labelUserPrompt(taxonomy, given, story) },
  ];
  const answer = await askJson(session, messages, proposalSchema, {
    known: new Set(story.sentences.keys()),
    stage: 'classify',
    what: 'label proposals',
  });
  if (!answer.ok) return answer;
  const review = applyContests(given, answer.value.value.contest);
  const labels = review.labels;
  const added: Label[] = [];
  const refused: RefusedLabel[] = [...review.refused];
  for (const proposal of answer.value.value.labels) {
    const retaken = proposal.kind === 'audience' && review.contested.some((entry) => entry.label.id === proposal.id);
    const verdict = retaken ? 'contested in the same answer' : judge(proposal, taxonomy, story, labels);
    if (typeof verdict === 'string') refused.push({ kind: proposal.kind, id: proposal.id, reason: verdict });
    else {
      labels.push(verdict);
      added.push(verdict);
    }
  }
  const usage = session.usage();
  return ok({
    labels,
    added,
    contested: review.contested,
    refused,
    usage: { promptTokens: usage.promptTokens, completionTokens: usage.completionTokens, calls: session.calls() },
  });
}
