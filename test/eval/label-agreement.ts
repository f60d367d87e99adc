/**
 * `npm run eval:tag-agreement` and `npm run eval:audience-agreement`: how far two careful annotators agree on one kind
 * of the demo's labels, beside the classifier. The annotations are in test/eval/stories/<kind>-agreement/:
 * annotation-a.json and annotation-b.json, written blind to each other and to the classifier (for tags, A wrote the
 * demo's original tags with the demo; for audiences, both read every article of every story and cite the sentence
 * that earned each label), and adjudicated.json, where a third reader decided each of their disagreements. The
 * demo's gold (demo/stories/*.json `tags` or `audiences`) is the adjudicated labels, written by
 * test/eval/stories/apply-adjudication.mjs: both annotators' labels plus the contested labels kept. It prints the
 * precision and recall of each annotation and of the classifier against each reference, and fails when the demo gold
 * is not the adjudicated labels. It gates nothing else: it says how much of the label targets the references' own
 * uncertainty can hold. Usage: label-agreement.ts --kind tag|audience [--tuning|--heldout|--heldoutN]; with --heldout, the held-out
 * stories (demo/heldout/stories) and their annotations in test/eval/stories/heldout/<kind>-agreement/; likewise --tuning.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDemoCorpus, type DemoStory } from '../../src/demo/corpus.js';
import { runDemoLabels } from './stories/demo-labels.js';

type Labels = Record<string, string[]>;
type Kind = 'tag' | 'audience';
type Decision = { story: string; decision: 'keep' | 'drop' } & Partial<Record<Kind, string>>;

const ROOT = join(import.meta.dirname, '../..');
const kindArgument = process.argv[process.argv.indexOf('--kind') + 1];
if (kindArgument !== 'tag' && kindArgument !== 'audience') throw new Error('label-agreement: --kind tag|audience');
const kind: Kind = kindArgument;
const field = kind === 'tag' ? 'tags' : 'audiences';
/** A set is named by its folder under demo/: --tuning, --heldout, --heldout2, ... */
const set = process.argv.map((argument) => /^--(tuning|heldout\d*)$/.exec(argument)?.[1]).find(Boolean) ?? null;
const DIR = join(import.meta.dirname, set ? `stories/${set}` : 'stories', `${kind}-agreement`);

function agreement(predicted: Labels, reference: Labels): string {
  let p = 0;
  let g = 0;
  let c = 0;
  for (const [id, wanted] of Object.entries(reference)) {
    const given = predicted[id] ?? [];
    p += given.length;
    g += wanted.length;
    c += given.filter((label) => wanted.includes(label)).length;
  }
  return `precision ${(c / p).toFixed(3)}  recall ${(c / g).toFixed(3)}  F1 ${((2 * c) / (p + g)).toFixed(3)}  (${p} given, ${g} in the reference, ${c} shared)`;
}

/** Reads an annotation as story id → label ids: it lists ids, or labels with their evidence. */
function readAnnotation(file: string): Labels {
  const raw = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, (string | Record<Kind, string>)[]>;
  return Object.fromEntries(
    Object.entries(raw).map(([story, labels]) => [story, labels.map((label) => (typeof label === 'string' ? label : label[kind]))]),
  );
}

const corpus = loadDemoCorpus(join(ROOT, 'demo'), set ? `${set}/stories` : 'stories');
const annotationA = readAnnotation('annotation-a.json');
const annotationB = readAnnotation('annotation-b.json');
const decisions = JSON.parse(readFileSync(join(DIR, 'adjudicated.json'), 'utf8')) as Decision[];
const labels = runDemoLabels(corpus.stories).labels;
const demoGold: Labels = {};
const classifier: Labels = {};
const adjudicated: Labels = {};
for (const story of corpus.stories) {
  demoGold[story.id] = (story as DemoStory)[field];
  classifier[story.id] = (labels.get(story.id) ?? []).filter((label) => label.kind === kind).map((label) => label.id);
  adjudicated[story.id] = (annotationA[story.id] ?? []).filter((label) => (annotationB[story.id] ?? []).includes(label));
}
for (const item of decisions) if (item.decision === 'keep' && item[kind]) adjudicated[item.story]?.push(item[kind]);
const same = (a: string[] = [], b: string[] = []): boolean => a.length === b.length && a.every((label) => b.includes(label));
const stale = corpus.stories.filter((story) => !same(demoGold[story.id], adjudicated[story.id])).map((story) => story.id);

const rows: [string, Labels, Labels][] = [
  ['annotator B against annotator A', annotationB, annotationA],
  ['classifier against annotator A', classifier, annotationA],
  ['classifier against annotator B', classifier, annotationB],
  [`annotator A against the adjudicated ${field}`, annotationA, adjudicated],
  [`annotator B against the adjudicated ${field}`, annotationB, adjudicated],
  [`classifier against the adjudicated ${field} (gold)`, classifier, adjudicated],
];
console.log(
  `${kind === 'tag' ? 'Tag' : 'Audience'} agreement over ${corpus.stories.length} ${set ?? 'demo'} stories (${decisions.length} disagreements between A and B adjudicated):`,
);
for (const [name, predicted, reference] of rows) console.log(`  ${name.padEnd(52)} ${agreement(predicted, reference)}`);
if (stale.length > 0) {
  console.error(
    `The ${set ?? 'demo'} gold ${field} are not the adjudicated ${field} in ${stale.join(', ')}: ` +
      `run test/eval/stories/apply-adjudication.mjs ${field}${set ? ` --${set}` : ''}`,
  );
  process.exitCode = 1;
}
