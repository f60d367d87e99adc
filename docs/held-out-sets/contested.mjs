#!/usr/bin/env node
// Lists, per story, the labels two annotations agree on and the contested ones, without saying who gave which:
// the adjudicator's input. Tags: annotation A is the stories' own tags (the writers'), B a blind annotator's list.
// Audiences: two annotators' {audience, article, evidence, reason} lists; the contested one's evidence is shown.
// Usage: node docs/held-out-sets/contested.mjs <stories-dir> <tags-b.json> <audiences-a.json> <audiences-b.json> <text-dir>
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [storiesDir, tagsB, audiencesA, audiencesB, textDir] = process.argv.slice(2);
const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const [tagB, audA, audB] = [read(tagsB), read(audiencesA), read(audiencesB)];
const out = ['# Contested labels', ''];
for (const file of readdirSync(storiesDir)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const story = read(join(storiesDir, file));
  const a = story.tags;
  const b = tagB[story.id] ?? [];
  const contested = [...a.filter((tag) => !b.includes(tag)), ...b.filter((tag) => !a.includes(tag))].sort();
  out.push(`## ${story.id}`, `Story text: ${join(textDir, `${story.id}.md`)}`, '');
  out.push(`Tags both annotators gave (final, not to decide): ${a.filter((tag) => b.includes(tag)).join(', ') || 'none'}`);
  out.push(`Contested tags (one annotator gave each): ${contested.join(', ') || 'none'}`, '');
  const byA = new Map((audA[story.id] ?? []).map((label) => [label.audience, label]));
  const byB = new Map((audB[story.id] ?? []).map((label) => [label.audience, label]));
  out.push(`Audiences both annotators gave (final): ${[...byA.keys()].filter((id) => byB.has(id)).join(', ') || 'none'}`);
  for (const id of [...byA.keys(), ...byB.keys()].filter((key) => !(byA.has(key) && byB.has(key))).sort()) {
    const label = byA.get(id) ?? byB.get(id);
    out.push(`- Contested audience **${id}** — evidence cited (${label.article}): "${label.evidence}" — reason given: ${label.reason}`);
  }
  out.push('');
}
process.stdout.write(out.join('\n'));
