/** The pieces of a delimited data block: a boundary an article cannot predict, and text that cannot break out of it. */
import { createHash } from 'node:crypto';
import type { Sentence } from '../../domain/index.js';

// Source text must not be able to close the block early or fake a boundary line.
export function neutralise(text: string): string {
  return text
    .replace(/<{2,}|>{2,}/g, (run) => run.replace(/</g, '‹').replace(/>/g, '›'))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Derives the block's boundary token from the content, so a single article cannot predict it. */
export function boundaryFor(articles: readonly { id: string; sentences: readonly Sentence[] }[], salt = ''): string {
  const hash = createHash('sha256').update(salt);
  for (const article of articles) hash.update(article.id).update(article.sentences.map((sentence) => sentence.text).join('\n'));
  return hash.digest('hex').slice(0, 12);
}
