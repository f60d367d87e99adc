/**
 * The model-label measurement scores the rules, the kept proposals and the contested audiences on the demo gold, over a
 * real local server.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadDemoCorpus } from '../../../src/demo/corpus.js';
import {
  completion,
  type FakeOpenAiServer,
  type RecordedRequest,
  type ScriptStep,
  startFakeOpenAiServer,
} from '../../support/fake-openai-server.js';
import { modelOn } from '../../support/model-on.js';
import { PROJECT_ROOT } from '../trafilatura-pages.js';
import { runDemoLabels } from './demo-labels.js';
import { measureModelLabels } from './model-labels-measure.js';

let server: FakeOpenAiServer;
before(async () => (server = await startFakeOpenAiServer()));
after(async () => server.close());

const corpus = loadDemoCorpus(join(PROJECT_ROOT, 'demo'));
// A story the rules leave without two of its gold audiences (developers, infrastructure engineers).
const story = corpus.stories.find((candidate) => candidate.id === 'ch-yaoxin-y3-mass-production');

/** A model that proposes `id` as an audience, citing every citable sentence of the story. */
function proposing(id: string): (request: RecordedRequest) => ScriptStep {
  return (request) => {
    const user = request.body?.messages?.find((message) => message.role === 'user')?.content ?? '';
    const cites = [...user.matchAll(/^(a\d+:p\d+s\d+) (?!\[withheld)/gm)].map((match) => match[1]);
    return completion(JSON.stringify({ labels: [{ kind: 'audience', id, cites }] }), { prompt_tokens: 3000, completion_tokens: 50 });
  };
}

describe('measureModelLabels', () => {
  it('scores the rules as eval:stories does, and adds what a kept proposal changes', async () => {
    assert.ok(story, 'the demo story is missing');
    assert.ok(story.audiences.includes('developers'));
    server.script(proposing('developers'));
    const measure = await measureModelLabels([story], modelOn(server, 'labels'));
    assert.deepEqual(measure.rules, runDemoLabels([story]).kinds);
    assert.equal(measure.added, 1);
    assert.equal(measure.withModel.audience.correct, measure.rules.audience.correct + 1);
    assert.equal(measure.withModel.audience.predicted, measure.rules.audience.predicted + 1);
    assert.deepEqual(measure.withModel.board, measure.rules.board);
    assert.deepEqual([measure.calls, measure.promptTokens, measure.failures.length], [1, 3000, 0]);
  });

  it('takes away an audience the model contests: fewer given, as many correct when it was not in the gold', async () => {
    // The rules give this story Developers, which the gold does not hold ("coding-agent developer" names the company).
    const funding = corpus.stories.find((candidate) => candidate.id === 'fd-parallax-series-c');
    assert.ok(funding, 'the demo story is missing');
    assert.ok(!funding.audiences.includes('developers'));
    const contest = [{ id: 'developers', reason: 'the story is about the round; no developer work changes' }];
    server.script(completion(JSON.stringify({ labels: [], contest })));
    const measure = await measureModelLabels([funding], modelOn(server, 'labels'));
    assert.ok(
      runDemoLabels([funding])
        .labels.get(funding.id)
        ?.some((label) => label.id === 'developers'),
    );
    assert.equal(measure.contested, 1);
    assert.equal(measure.withModel.audience.predicted, measure.rules.audience.predicted - 1);
    assert.equal(measure.withModel.audience.correct, measure.rules.audience.correct);
    assert.ok(measure.withModel.audience.precision > measure.rules.audience.precision);
  });

  it('keeps the rules’ labels for a story whose proposals fail, and names it', async () => {
    assert.ok(story);
    server.script(completion('no'), completion('still no'));
    const measure = await measureModelLabels([story], modelOn(server, 'labels'));
    assert.deepEqual(measure.withModel, measure.rules);
    assert.match(measure.failures[0] ?? '', /^ch-yaoxin-y3-mass-production: classify: label proposals still invalid/);
  });
});
