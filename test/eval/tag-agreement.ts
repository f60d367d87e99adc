/**
 * `npm run eval:tag-agreement`: how far two careful annotators agree on the demo's tags, beside the classifier.
 * Annotator A wrote the demo's original tags with the demo (kept in test/eval/stories/tag-agreement/annotation-a.json);
 * annotator B tagged the same 73 stories later from their articles alone, blind to A and to the classifier
 * (annotation-b.json, one reason per tag beside it); a third reader, blind to both and to which annotator gave what,
 * decided each of their disagreements (adjudicated.json). The demo's gold tags (demo/stories/*.json `tags`) are the
 * adjudicated tags, written by apply-adjudication.mjs: both annotators' tags plus the contested tags kept. It prints
 * the precision and recall of each annotation and of the classifier against each reference, and fails when the demo
 * gold is not the adjudicated tags. It gates nothing else: it says how much of the tag targets the references' own
 * uncertainty can hold.
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
const annotationA = JSON.parse(readFileSync(join(DIR, 'annotation-a.json'), 'utf8')) as Tags;
const annotationB = JSON.parse(readFileSync(join(DIR, 'annotation-b.json'), 'utf8')) as Tags;
const decisions = JSON.parse(readFileSync(join(DIR, 'adjudicated.json'), 'utf8')) as Decision[];
const labels = runDemoLabels(corpus.stories).labels;
const demoGold: Tags = {};
const classifier: Tags = {};
const adjudicated: Tags = {};
for (const story of corpus.stories) {
  demoGold[story.id] = story.tags;
  classifier[story.id] = (labels.get(story.id) ?? []).filter((label) => label.kind === 'tag').map((label) => label.id);
  adjudicated[story.id] = (annotationA[story.id] ?? []).filter((tag) => (annotationB[story.id] ?? []).includes(tag));
}
for (const item of decisions) if (item.decision === 'keep') adjudicated[item.story]?.push(item.tag);
const sameTags = (a: string[] = [], b: string[] = []): boolean => a.length === b.length && a.every((tag) => b.includes(tag));
const stale = corpus.stories.filter((story) => !sameTags(demoGold[story.id], adjudicated[story.id])).map((story) => story.id);

const rows: [string, Tags, Tags][] = [
  ['annotator B against annotator A', annotationB, annotationA],
  ['classifier against annotator A (former gold)', classifier, annotationA],
  ['classifier against annotator B', classifier, annotationB],
  ['annotator A against the adjudicated tags', annotationA, adjudicated],
  ['annotator B against the adjudicated tags', annotationB, adjudicated],
  ['classifier against the adjudicated tags (gold)', classifier, adjudicated],
];
console.log(`Tag agreement over ${corpus.stories.length} demo stories (${decisions.length} disagreements between A and B adjudicated):`);
for (const [name, predicted, reference] of rows) console.log(`  ${name.padEnd(48)} ${agreement(predicted, reference)}`);
if (stale.length > 0) {
  console.error(
    `The demo gold tags are not the adjudicated tags in ${stale.join(', ')}: run test/eval/stories/tag-agreement/apply-adjudication.mjs`,
  );
  process.exitCode = 1;
}
