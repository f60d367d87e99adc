/**
 * The Chinese half of antecedent resolution: a sentence opening on "该公司" or "他/她" takes the one
 * company (or person) the previous sentence names, found with the entity alias table, which has the
 * field's Chinese names. Two candidates, or none, leave the sentence as it is.
 */
import { type EntityKind, findKnownEntities } from '../entities/index.js';

const ORGANISATION_OPENER = /^(这家公司|這家公司|该公司|該公司|这家企业|這家企業|该企业|該企業|该机构|該機構)/;
// "他们" is a group, not the one person of the previous sentence.
const PERSON_OPENER = /^(他|她)(?![们們])/;
const ORGANISATION_KINDS: readonly EntityKind[] = ['company', 'institution'];

function onlyNamed(previous: string, kinds: readonly EntityKind[]): string | null {
  const mentions = findKnownEntities(previous).filter((mention) => kinds.includes(mention.kind));
  const ids = new Set(mentions.map((mention) => mention.id));
  return ids.size === 1 ? (mentions[0]?.surface ?? null) : null;
}

/** Returns the Chinese sentence with its leading reference replaced by the previous sentence's one name, or null. */
export function resolveOpeningZh(text: string, previous: string): string | null {
  const organisation = ORGANISATION_OPENER.exec(text);
  if (organisation) {
    const name = onlyNamed(previous, ORGANISATION_KINDS);
    return name ? `${name}${text.slice(organisation[0].length)}` : null;
  }
  const person = PERSON_OPENER.exec(text);
  if (person) {
    const name = onlyNamed(previous, ['person']);
    return name ? `${name}${text.slice(person[0].length)}` : null;
  }
  return null;
}
