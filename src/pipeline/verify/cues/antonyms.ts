/** Word pairs that contradict each other: a claim using one where its source uses the other reverses it. */

/**
 * Each entry: a word, then the words that contradict it (lower case; the checker stems them). Pairs are
 * read both ways. Only direct opposites belong here, the kind an LLM swaps by mistake.
 */
export const ANTONYMS: readonly (readonly [string, readonly string[]])[] = [
  ['ahead', ['below']],
  ['highest', ['lowest']],
  ['best', ['worst']],
  ['most', ['least', 'fewest']],
  ['above', ['below', 'under']],
  ['more', ['less', 'fewer']],
  ['higher', ['lower']],
  ['rise', ['fall', 'decline', 'drop', 'decrease', 'shrink', 'slip']],
  ['increase', ['decrease', 'cut', 'reduce', 'decline']],
  ['gain', ['loss', 'lose']],
  ['beat', ['miss', 'trail']],
  ['exceed', ['trail', 'miss']],
  ['open', ['taken', 'closed', 'full', 'booked']],
  ['all', ['part', 'portion', 'share']],
  ['private', ['public', 'publicly', 'openly', 'published']],
  ['both', ['only']],
  ['affected', ['unaffected', 'exempt']],
  ['early', ['late']],
  ['largest', ['smallest']],
  ['biggest', ['smallest']],
  ['cheaper', ['pricier', 'costlier']],
  ['allow', ['ban', 'bar', 'prohibit', 'forbid']],
  ['include', ['exclude']],
  ['approve', ['reject', 'block']],
  ['confirm', ['deny']],
  ['win', ['lose']],
  ['profit', ['loss']],
  ['surplus', ['deficit', 'shortage']],
  ['honour', ['renegotiate', 'cancel', 'break']],
  ['widen', ['narrow']],
  ['expand', ['shrink', 'contract']],
  ['voluntary', ['mandatory', 'compulsory']],
  ['optional', ['mandatory', 'compulsory', 'required']],
  ['running', ['unreachable', 'offline', 'unavailable', 'down']],
  ['available', ['unavailable', 'unreachable']],
  ['online', ['offline']],
];
