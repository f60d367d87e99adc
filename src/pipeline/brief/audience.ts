/** "Who should care": the story's audience labels, grounded in the sentence that earned the strongest one. */
import type { Label, Tldr } from '../../domain/index.js';
import { citeResolved, standsAlone } from './antecedents.js';
import type { Pool, PoolSentence } from './pool.js';

/**
 * Returns the whoShouldCare entry from audience labels with evidence in the brief's sentences, or undefined.
 * `shown` holds the keys of sentences the TL;DR already shows: other evidence is preferred, so the row does not
 * repeat "What changed" word for word.
 */
export function whoShouldCare(
  labels: readonly Label[] | undefined,
  pool: Pool,
  shown: ReadonlySet<string> = new Set(),
): Tldr['whoShouldCare'] {
  const audiences = (labels ?? [])
    .filter((label) => label.kind === 'audience' && label.evidence.length > 0)
    .sort((a, b) => b.score - a.score);
  // Evidence must be a sentence of this brief's language, or the section would mix languages.
  const items = audiences
    .flatMap((label) => label.evidence)
    .map((evidence) =>
      pool.sentences.find((candidate) => candidate.article.id === evidence.articleId && candidate.sentence.id === evidence.sentenceId),
    )
    .filter((item): item is PoolSentence => item !== undefined);
  // A sentence that reads on its own and is not shown yet comes first; "It is one of…" only when nothing else earned the label.
  const fresh = items.filter((candidate) => !shown.has(candidate.key));
  const item =
    fresh.find((candidate) => standsAlone(candidate, pool)) ?? items.find((candidate) => standsAlone(candidate, pool)) ?? items[0];
  if (!item) return undefined;
  const { text, citations } = citeResolved(item, pool);
  return { text, citations, audiences: audiences.map((audience) => audience.name) };
}
