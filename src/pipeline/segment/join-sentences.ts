/** Running text from sentences, spaced as each language writes it. */

// Chinese and Japanese sentences follow each other with no space: a space after 。 shows as a gap.
const ENDS_WITHOUT_SPACE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}。！？；：，、”’」』）】]\s*$/u;

/** Joins sentences into running text: with a space, or none after a sentence that ends in Chinese. */
export function joinSentences(sentences: readonly string[]): string {
  return sentences.reduce((text, sentence, i) => (i === 0 ? sentence : `${text}${joinsWithoutSpace(text) ? '' : ' '}${sentence}`), '');
}

/** Tells whether running text continues after `previous` with no space (it ends in Chinese). */
export function joinsWithoutSpace(previous: string): boolean {
  return ENDS_WITHOUT_SPACE.test(previous);
}
