/**
 * `npm run eval:tag-agreement`: how far two careful annotators agree on the demo's tags, beside the classifier.
 * The demo gold (annotator A, demo/stories/*.json `tags`) was written with the demo; annotator B tagged the same
 * 73 stories later from their articles alone, blind to the gold and to the classifier
 * (test/eval/stories/tag-agreement/annotation-b.json, one reason per tag beside it); a third reader, blind to both
 * and to which annotator gave what, decided each of their disagreements (adjudicated.json). It prints the
 * precision and recall of each annotation and of the classifier against each reference. It gates nothing:
 * it says how much of the tag targets the gold's own uncertainty can hold.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDemoCorpus } from '../../src/demo/corpus.js';
import { runDemoLabels } from './stories/demo-labels.js';

type Tags = Record<string, string[]>;
interface Decision {
  story: string;
  tag: string;
  decision: 'keep' | 'drop';
}

const ROOT = join(import.meta.dirname, '../..');
const DIR = join(import.meta.dirname, 'stories/tag-agreement');

function agreement(predicted: Tags, reference: Tags): string {
  let p = 0;
  let g = 0;
  let c = 0;
  for (const [id, wanted] of Object.entries(reference)) {
    const given = predicted[id] ?? [];
    p += given.length;
    g += wanted.length;
    c += given.filter((tag) => wanted.includes(tag)).length;
  }
  return `precision ${(c / p).toFixed(3)}  recall ${(c / g).toFixed(3)}  F1 ${((2 * c) / (p + g)).toFixed(3)}  (${p} given, ${g} in the reference, ${c} shared)`;
}

const corpus = loadDemoCorpus(join(ROOT, 'demo'));
const annotationB = JSON.parse(readFileSync(join(DIR, 'annotation-b.json'), 'utf8')) as Tags;
const decisions = JSON.parse(readFileSync(join(DIR, 'adjudicated.json'), 'utf8')) as Decision[];
const labels = runDemoLabels(corpus.stories).labels;
const gold: Tags = {};
const classifier: Tags = {};
const adjudicated: Tags = {};
for (const story of corpus.stories) {
  gold[story.id] = story.tags;
  classifier[story.id] = (labels.get(story.id) ?? []).filter((label) => label.kind === 'tag').map((label) => label.id);
  adjudicated[story.id] = story.tags.filter((tag) => (annotationB[story.id] ?? []).includes(tag));
}
for (const item of decisions) if (item.decision === 'keep') adjudicated[item.story]?.push(item.tag);

const rows: [string, Tags, Tags][] = [
  ['annotator B against the gold (A)', annotationB, gold],
  ['classifier against the gold (A)', classifier, gold],
  ['classifier against annotator B', classifier, annotationB],
  ['gold (A) against the adjudicated tags', gold, adjudicated],
  ['annotator B against the adjudicated tags', annotationB, adjudicated],
  ['classifier against the adjudicated tags', classifier, adjudicated],
];
console.log(`Tag agreement over ${corpus.stories.length} demo stories (${decisions.length} disagreements between A and B adjudicated):`);
for (const [name, predicted, reference] of rows) console.log(`  ${name.padEnd(42)} ${agreement(predicted, reference)}`);
