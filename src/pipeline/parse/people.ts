/** Reads feed authors: RSS's "email (Name)" and "Name <email>" strings, and structured Atom/JSON people. */
import type { FeedPerson } from '../../domain/feed.js';
import { htmlToLine } from './text.js';

const EMAIL = /^(?:mailto:)?([^\s<>()@,;"]+@[^\s<>()@,;"]+\.[^\s<>()@,;"]+)$/i;

function email(text: string | null | undefined): string | null {
  const match = EMAIL.exec((text ?? '').trim());
  return match?.[1] ?? null;
}

/** Builds a person from parts, or null when every part is blank. */
export function makePerson(
  name: string | null | undefined,
  mail: string | null | undefined,
  uri: string | null | undefined,
): FeedPerson | null {
  const person: FeedPerson = {
    name: htmlToLine(name ?? null),
    email: (mail ?? '').trim() || null,
    uri: (uri ?? '').trim() || null,
  };
  return person.name || person.email || person.uri ? person : null;
}

/** Parses an RSS author string: "email (Name)", "Name (email)", "Name <email>", a bare email, or a bare name. */
export function parsePersonText(raw: string | null | undefined): FeedPerson | null {
  const text = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  const angled = /^(.*?)\s*<([^<>]+)>\s*$/.exec(text);
  if (angled && email(angled[2])) return makePerson(angled[1]?.replace(/^"|"$/g, ''), email(angled[2]), null);
  const parenthesised = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(text);
  if (parenthesised) {
    const [, outside = '', inside = ''] = parenthesised;
    if (email(outside)) return makePerson(inside, email(outside), null);
    if (email(inside)) return makePerson(outside, email(inside), null);
  }
  if (email(text)) return makePerson(null, email(text), null);
  return makePerson(text, null, null);
}

/** Parses RSS author strings, keeping the ones that name someone. */
export function parsePeople(texts: ReadonlyArray<string | null>): FeedPerson[] {
  const people: FeedPerson[] = [];
  for (let index = 0; index < texts.length; index++) {
    const person = parsePersonText(texts[index]);
    if (person) people.push(person);
  }
  return people;
}

/** Drops repeated people (same name and email), keeping the first. */
export function uniquePeople(people: Array<FeedPerson | null>): FeedPerson[] {
  const seen = new Set<string>();
  const unique: FeedPerson[] = [];
  for (let index = 0; index < people.length; index++) {
    const person = people[index];
    if (!person) continue;
    const key = `${person.name ?? ''}\u0000${person.email ?? ''}`.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(person);
  }
  return unique;
}
