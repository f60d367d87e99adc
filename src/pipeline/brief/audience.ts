/** "Who should care": the story's audience labels, grounded in the sentence that earned the strongest one. */
import type { Label, Tldr } from '../../domain/index.js';
import { citeResolved, standsAlone } from './antecedents.js';
import type { Pool, PoolSentence } from './pool.js';
import { consequenceTier } from './consequence.js';
import { cueStrength } from './route.js';
import { restates } from './same-facts.js';
import { GENERIC_NAMES, hasDirectQuote, namesIn, numbersIn } from './text.js';

/**
 * Returns the whoShouldCare entry from audience labels with evidence in the brief's sentences, or undefined.
 * `shown` holds the sentences the top of the brief already shows: other evidence is preferred, so the row does not
 * repeat "What changed", word for word or in another outlet's telling of its figures. `exclude` holds sentences a
 * second draft must not use. `spare` holds sentences another section needs more (the only implications): other
 * fresh evidence goes before them.
 */
export function whoShouldCare(
  labels: readonly Label[] | undefined,
  pool: Pool,
  shown: readonly PoolSentence[] = [],
  exclude: ReadonlySet<string> = new Set(),
  spare: readonly PoolSentence[] = [],
): Tldr['whoShouldCare'] {
  const item = audienceEvidence(labels, pool, shown, exclude, spare);
  if (!item) return undefined;
  const { text, citations } = citeResolved(item, pool);
  return { text, citations, audiences: audiencesOf(labels).map((audience) => audience.name) };
}

function audiencesOf(labels: readonly Label[] | undefined): Label[] {
  return (labels ?? []).filter((label) => label.kind === 'audience' && label.evidence.length > 0).sort((a, b) => b.score - a.score);
}

/** The labels' evidence a reader can take in, best first, in the lists "Who should care" tries in turn. */
interface EvidenceChoice {
  /** Fresh evidence another section does not need more. */
  spared: PoolSentence[];
  /** Evidence neither shown above nor told there in other words. */
  fresh: PoolSentence[];
  /** Evidence not shown above word for word. */
  unseen: PoolSentence[];
  usable: PoolSentence[];
  /** Any evidence but a fragment, "It is one of…" included: the last resort. */
  lastResort: PoolSentence[];
}

// What the news asks of someone or does to them, in words the row's stricter cues leave to "Why it matters" and "What
// to do next": "must requalify", "will now add a second region", "face a trade-off", "makes renting look cheaper",
// "urged users to upgrade", "expect buyers to start asking".
const WEIGHS_ON =
  /\b(must|will (?:have|need) to|will now|will require|require[sd]? (?:every|all|each)|urged|face[sd]? an?|trade-off|makes? \w+ (?:look )?(?:cheaper|dearer|costlier|harder|easier)|expects? \w+(?: \w+)? to start|or (?:their|its) \w+ will be)\b/i;

function weighsOnReaders(candidate: PoolSentence): boolean {
  const text = candidate.sentence.text;
  // A question ("if the grid must be rebuilt…, how do you…?") sets a scene; it asks nothing of anyone.
  return candidate.language.startsWith('en') && !text.trimEnd().endsWith('?') && WEIGHS_ON.test(text);
}

function evidenceChoice(
  labels: readonly Label[] | undefined,
  pool: Pool,
  shown: readonly PoolSentence[],
  exclude: ReadonlySet<string>,
  spare: readonly PoolSentence[],
): EvidenceChoice {
  // Evidence must be a sentence of this brief's language, or the section would mix languages.
  const items = audiencesOf(labels)
    .flatMap((label) => label.evidence)
    .map((evidence) =>
      pool.sentences.find((candidate) => candidate.article.id === evidence.articleId && candidate.sentence.id === evidence.sentenceId),
    )
    .filter((item): item is PoolSentence => item !== undefined);
  // Evidence not shown yet (nor told in other words) comes first, a plain sentence before a quotation; "It is one of…" needs its subject, so it
  // comes only when nothing else earned the label. A quotation the verifier finds unattributed is excluded from the
  // second draft, which then falls back to evidence already shown.
  const usable = items.filter((candidate) => !exclude.has(candidate.key));
  // A fragment (an unclosed quotation, a caption) is no evidence a reader can take in.
  const alone = (candidate: PoolSentence) => candidate.selectable && standsAlone(candidate, pool);
  const plain = (candidate: PoolSentence) => alone(candidate) && !hasDirectQuote(candidate.sentence.text);
  // "Bankers say the practical effect is a higher equity cheque." earned the label but tells a reader little: a
  // sentence that names someone or gives a figure goes first.
  const specific = (candidate: PoolSentence) =>
    numbersIn(candidate.sentence.text).length > 0 || namesIn(candidate.sentence.text).some((name) => !GENERIC_NAMES.has(name));
  const readable = (list: PoolSentence[]) => [...list.filter(plain), ...list.filter((candidate) => alone(candidate) && !plain(candidate))];
  // The row says why the audience should care: a sentence with a consequence or a step for readers goes first, then one
  // that names someone or gives a figure.
  const bears = (candidate: PoolSentence) =>
    consequenceTier(candidate.sentence.text, candidate.language) > 0 ||
    cueStrength(candidate.sentence.text, candidate.language, 'action') > 0;
  const specificFirst = (list: PoolSentence[]) => {
    const ordered = [...list.filter(specific), ...list.filter((candidate) => !specific(candidate))];
    const weighed = [...ordered.filter(weighsOnReaders), ...ordered.filter((candidate) => !weighsOnReaders(candidate))];
    return [...weighed.filter(bears), ...weighed.filter((candidate) => !bears(candidate))];
  };
  const unseen = usable.filter((candidate) => !shown.some((other) => other.key === candidate.key));
  const fresh = unseen.filter((candidate) => !shown.some((other) => restates(other, candidate)));
  const spared = fresh.filter((candidate) => !spare.includes(candidate));
  // Among sentences already shown, the label's own order stands: the row points back to one of them anyway.
  return {
    spared: readable(specificFirst(spared)),
    fresh: readable(specificFirst(fresh)),
    unseen: readable(unseen),
    usable: readable(usable),
    lastResort: usable.filter((candidate) => candidate.selectable),
  };
}

/** The sentence "Who should care" cites: see whoShouldCare. */
function audienceEvidence(
  labels: readonly Label[] | undefined,
  pool: Pool,
  shown: readonly PoolSentence[] = [],
  exclude: ReadonlySet<string> = new Set(),
  spare: readonly PoolSentence[] = [],
): PoolSentence | undefined {
  const { spared, fresh, unseen, usable, lastResort } = evidenceChoice(labels, pool, shown, exclude, spare);
  return spared[0] ?? fresh[0] ?? unseen[0] ?? usable[0] ?? lastResort[0];
}

/**
 * The evidence "Who should care" could cite without repeating what `shown` holds, when there is exactly one such
 * sentence: the sections still to be chosen leave it to the row while they have others.
 */
export function onlyFreshEvidence(
  labels: readonly Label[] | undefined,
  pool: Pool,
  shown: readonly PoolSentence[],
  exclude: ReadonlySet<string> = new Set(),
): PoolSentence | undefined {
  const { fresh } = evidenceChoice(labels, pool, shown, exclude, []);
  return fresh.length === 1 ? fresh[0] : undefined;
}
