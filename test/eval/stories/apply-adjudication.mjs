#!/usr/bin/env node
// Makes two annotators' adjudicated labels of one kind the demo's gold: for each story, the labels both annotators
// gave plus the contested labels the adjudicator kept. Usage: apply-adjudication.mjs tags|audiences [--tuning|--heldout|--heldoutN].
// The annotations live in test/eval/stories/<tag|audience>-agreement/ (with --heldout, for the held-out stories in
// demo/heldout/stories: test/eval/stories/heldout/<tag|audience>-agreement/, and likewise with --tuning): annotation-a.json and annotation-b.json (per
// story a list of ids, or of {<kind>, article, evidence, reason}) and adjudicated.json (one decision per contested
// label). For tags, annotation A was the stories' original gold (their writers' tags): the first run saved it to annotation-a.json before it
// changed anything, so running it again changes nothing. Only the story's own field is rewritten (or, when missing,
// added after "region"), in the layout the file already uses. Run `npm run demo:gold` afterwards.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIELDS = { tags: 'tag', audiences: 'audience' };
const field = process.argv[2];
const kind = FIELDS[field];
if (!kind) throw new Error('apply-adjudication: say which labels, tags or audiences');

// A set is named by its folder under demo/: --tuning, --heldout, --heldout2, ...
const set = process.argv.map((argument) => /^--(tuning|heldout\d*)$/.exec(argument)?.[1]).find(Boolean) ?? null;
const here = dirname(fileURLToPath(import.meta.url));
const storiesDir = join(here, set ? `../../../demo/${set}/stories` : '../../../demo/stories');
const dir = join(here, set ?? '', `${kind}-agreement`);
const annotationAPath = join(dir, 'annotation-a.json');
const files = readdirSync(storiesDir)
  .filter((file) => file.endsWith('.json'))
  .sort();
const texts = new Map(files.map((file) => [file, readFileSync(join(storiesDir, file), 'utf8')]));
const idOf = (file) => JSON.parse(texts.get(file)).id;

if (!existsSync(annotationAPath)) {
  if (field !== 'tags') throw new Error(`apply-adjudication: ${annotationAPath} is missing`);
  const annotationA = Object.fromEntries(files.map((file) => [idOf(file), JSON.parse(texts.get(file)).tags]));
  writeFileSync(annotationAPath, `${JSON.stringify(annotationA, null, 1)}\n`);
}
/** Reads an annotation as story id → label ids, whether it lists ids or labels with their evidence. */
const readIds = (path) =>
  Object.fromEntries(
    Object.entries(JSON.parse(readFileSync(path, 'utf8'))).map(([story, labels]) => [
      story,
      labels.map((label) => (typeof label === 'string' ? label : label[kind])),
    ]),
  );
const annotationA = readIds(annotationAPath);
const annotationB = readIds(join(dir, 'annotation-b.json'));
const decisions = JSON.parse(readFileSync(join(dir, 'adjudicated.json'), 'utf8'));

/** Returns the adjudicated labels of one story: A's order for the agreed labels, then kept contested ones in decision order. */
function adjudicated(storyId) {
  const a = annotationA[storyId] ?? [];
  const b = annotationB[storyId] ?? [];
  const contested = [...a.filter((id) => !b.includes(id)), ...b.filter((id) => !a.includes(id))];
  const decided = decisions.filter((item) => item.story === storyId);
  for (const id of contested) {
    if (!decided.some((item) => item[kind] === id)) throw new Error(`${storyId}: contested ${kind} ${id} has no decision`);
  }
  const kept = decided.filter((item) => item.decision === 'keep' && contested.includes(item[kind])).map((item) => item[kind]);
  const agreed = a.filter((id) => b.includes(id));
  return [...agreed, ...kept.filter((id) => !agreed.includes(id))];
}

// The story's own field (the first key so named: articles carry no such field), inline or one item per line.
const FIELD = new RegExp(`^( *)"${field}": \\[([^\\]]*)\\]`, 'm');
const REGION = /^( *)"region": "[^"]*",\n/m;
let changed = 0;
for (const file of files) {
  const text = texts.get(file);
  const labels = adjudicated(idOf(file));
  const items = labels.map((id) => JSON.stringify(id));
  const match = FIELD.exec(text);
  let next;
  if (match) {
    const indent = match[1];
    const body =
      labels.length === 0
        ? '[]'
        : match[2].includes('\n')
          ? `[\n${items.map((item) => `${indent}  ${item}`).join(',\n')}\n${indent}]`
          : `[${items.join(', ')}]`;
    next = `${text.slice(0, match.index)}${indent}"${field}": ${body}${text.slice(match.index + match[0].length)}`;
  } else {
    const region = REGION.exec(text);
    if (!region) throw new Error(`${file}: no "${field}" field and no "region" line to add it after`);
    const at = region.index + region[0].length;
    next = `${text.slice(0, at)}${region[1]}"${field}": [${items.join(', ')}],\n${text.slice(at)}`;
  }
  if (JSON.stringify(JSON.parse(next)[field]) !== JSON.stringify(labels)) throw new Error(`${file}: ${field} not written as intended`);
  if (next !== text) {
    writeFileSync(join(storiesDir, file), next);
    changed++;
  }
}
console.log(`apply-adjudication: ${changed} of ${files.length} ${set ?? 'demo'} stories' ${field} rewritten`);
