/** "Who should care": the story's audience labels, grounded in the sentence that earned the strongest one. */
import type { Label, Tldr } from '../../domain/index.js';
import { compressSentence } from './compress.js';
import type { Pool } from './pool.js';

/** Returns the whoShouldCare entry from audience labels with evidence in the brief's sentences, or undefined. */
export function whoShouldCare(labels: readonly Label[] | undefined, pool: Pool): Tldr['whoShouldCare'] {
  const audiences = (labels ?? [])
    .filter((label) => label.kind === 'audience' && label.evidence.length > 0)
    .sort((a, b) => b.score - a.score);
  for (const label of audiences) {
    for (const evidence of label.evidence) {
      // Evidence must be a sentence of this brief's language, or the section would mix languages.
      const item = pool.sentences.find(
        (candidate) => candidate.article.id === evidence.articleId && candidate.sentence.id === evidence.sentenceId,
      );
      if (!item) continue;
      return {
        text: compressSentence(item.sentence.text, pool.language),
        citations: [{ articleId: item.article.id, sentenceIds: [item.sentence.id] }],
        audiences: audiences.map((audience) => audience.name),
      };
    }
  }
  return undefined;
}
