/** "Who should care": the story's audience labels, grounded in the sentence that earned the strongest one. */
import type { Label, Tldr } from '../../domain/index.js';
import { citeResolved, standsAlone } from './antecedents.js';
import type { Pool, PoolSentence } from './pool.js';
import { restates } from './same-facts.js';
import { hasDirectQuote } from './text.js';

/**
 * Returns the whoShouldCare entry from audience labels with evidence in the brief's sentences, or undefined.
 * `shown` holds the sentences the top of the brief already shows: other evidence is preferred, so the row does not
 * repeat "What changed", word for word or in another outlet's telling of its figures. `exclude` holds sentences a
 * second draft must not use.
 */
export function whoShouldCare(
  labels: readonly Label[] | undefined,
  pool: Pool,
  shown: readonly PoolSentence[] = [],
  exclude: ReadonlySet<string> = new Set(),
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
  // Evidence not shown yet (nor told in other words) comes first, a plain sentence before a quotation; "It is one of…" needs its subject, so it
  // comes only when nothing else earned the label. A quotation the verifier finds unattributed is excluded from the
  // second draft, which then falls back to evidence already shown.
  const usable = items.filter((candidate) => !exclude.has(candidate.key));
  const alone = (candidate: PoolSentence) => standsAlone(candidate, pool);
  const plain = (candidate: PoolSentence) => alone(candidate) && !hasDirectQuote(candidate.sentence.text);
  const unseen = usable.filter((candidate) => !shown.some((other) => other.key === candidate.key));
  const fresh = unseen.filter((candidate) => !shown.some((other) => restates(other, candidate)));
  const item = [fresh, unseen, usable].flatMap((list) => [list.find(plain), list.find(alone)]).find(Boolean) ?? usable[0];
  if (!item) return undefined;
  const { text, citations } = citeResolved(item, pool);
  return { text, citations, audiences: audiences.map((audience) => audience.name) };
}
