/**
 * A model's label proposals on the demo gold (`npm run eval:model-labels -- --llm-base-url URL --llm-model NAME`, or
 * the GROUNDWIRE_LLM_* variables): precision and recall per kind of label for the rules alone and for the rules with
 * the proposals the taxonomy's cues confirm and without the audiences the model contests, as the story pass runs with
 * llmLabels on. It needs a model: with no endpoint configured it says so and stops. Not part of `npm run eval`.
 */
import { join } from 'node:path';
import { loadDemoCorpus } from '../../src/demo/corpus.js';
import { modelFromArguments } from './model-endpoint.js';
import { GOLD_KINDS, type GoldKind, type KindScores } from './stories/demo-labels.js';
import { measureModelLabels } from './stories/model-labels-measure.js';
import { PROJECT_ROOT } from './trafilatura-pages.js';

const fixed = (value: number) => value.toFixed(3);
const line = (scores: KindScores) =>
  `P ${fixed(scores.precision)} R ${fixed(scores.recall)} (${scores.correct} of ${scores.gold} gold, ${scores.predicted} given)`;

async function main(): Promise<number> {
  const endpoint = modelFromArguments('model labels');
  if (!endpoint.model) {
    console.log(endpoint.message);
    return 0;
  }
  try {
    const corpus = loadDemoCorpus(join(PROJECT_ROOT, 'demo'));
    const measure = await measureModelLabels(corpus.stories, endpoint.model, { timeoutMs: endpoint.timeoutMs });
    for (const kind of GOLD_KINDS as readonly GoldKind[]) {
      console.log(`${kind.padEnd(9)} rules          ${line(measure.rules[kind])}`);
      console.log(`${''.padEnd(9)} rules + model  ${line(measure.withModel[kind])}`);
    }
    console.log(
      `proposals kept ${measure.added}, audiences contested ${measure.contested}, refused ${measure.refused}; calls ${measure.calls}, tokens ${measure.promptTokens} in / ${measure.completionTokens} out`,
    );
    for (const failure of measure.failures) console.log(`  failed: ${failure}`);
    return 0;
  } finally {
    await endpoint.close();
  }
}

process.exitCode = await main();
