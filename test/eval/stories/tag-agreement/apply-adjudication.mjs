#!/usr/bin/env node
// Makes the adjudicated two-annotator tags the demo's gold tags: for each story, the tags both annotators gave plus
// the contested tags the adjudicator kept. The first run saves the original single-annotator tags (annotator A) to
// annotation-a.json before it changes anything; later runs read A from that file, so running it again changes nothing.
// Only the `tags` field of each demo/stories/*.json is rewritten, in the layout the file already uses.
// Run `npm run demo:gold` afterwards.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const storiesDir = join(here, '../../../../demo/stories');
const annotationAPath = join(here, 'annotation-a.json');
const files = readdirSync(storiesDir)
  .filter((file) => file.endsWith('.json'))
  .sort();
const texts = new Map(files.map((file) => [file, readFileSync(join(storiesDir, file), 'utf8')]));
const idOf = (file) => JSON.parse(texts.get(file)).id;

if (!existsSync(annotationAPath)) {
  const annotationA = Object.fromEntries(files.map((file) => [idOf(file), JSON.parse(texts.get(file)).tags]));
  writeFileSync(annotationAPath, `${JSON.stringify(annotationA, null, 1)}\n`);
}
const annotationA = JSON.parse(readFileSync(annotationAPath, 'utf8'));
const annotationB = JSON.parse(readFileSync(join(here, 'annotation-b.json'), 'utf8'));
const decisions = JSON.parse(readFileSync(join(here, 'adjudicated.json'), 'utf8'));

/** Returns the adjudicated tags of one story: A's order for the agreed tags, then kept contested tags in decision order. */
function adjudicatedTags(storyId) {
  const a = annotationA[storyId] ?? [];
  const b = annotationB[storyId] ?? [];
  const contested = [...a.filter((tag) => !b.includes(tag)), ...b.filter((tag) => !a.includes(tag))];
  const decided = decisions.filter((item) => item.story === storyId);
  for (const tag of contested) {
    if (!decided.some((item) => item.tag === tag)) throw new Error(`${storyId}: contested tag ${tag} has no decision`);
  }
  const kept = decided.filter((item) => item.decision === 'keep' && contested.includes(item.tag)).map((item) => item.tag);
  const agreed = a.filter((tag) => b.includes(tag));
  return [...agreed, ...kept.filter((tag) => !agreed.includes(tag))];
}

// The story's own `"tags": [...]` (the first key so named: articles carry no tags), inline or one item per line.
const TAGS = /^( *)"tags": \[([^\]]*)\]/m;
let changed = 0;
for (const file of files) {
  const text = texts.get(file);
  const match = TAGS.exec(text);
  if (!match) throw new Error(`${file}: no "tags" field`);
  const tags = adjudicatedTags(idOf(file));
  const indent = match[1];
  const multiline = match[2].includes('\n');
  const items = tags.map((tag) => JSON.stringify(tag));
  const body =
    tags.length === 0
      ? '[]'
      : multiline
        ? `[\n${items.map((item) => `${indent}  ${item}`).join(',\n')}\n${indent}]`
        : `[${items.join(', ')}]`;
  const next = `${text.slice(0, match.index)}${indent}"tags": ${body}${text.slice(match.index + match[0].length)}`;
  if (JSON.stringify(JSON.parse(next).tags) !== JSON.stringify(tags)) throw new Error(`${file}: tags not written as intended`);
  if (next !== text) {
    writeFileSync(join(storiesDir, file), next);
    changed++;
  }
}
console.log(`apply-adjudication: ${changed} of ${files.length} demo stories' tags rewritten`);
