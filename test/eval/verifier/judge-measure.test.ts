/** The judge measurement counts what the verifier and the judge decide, over a real OpenAI-compatible server on loopback. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  completion,
  type FakeOpenAiServer,
  type RecordedRequest,
  type ScriptStep,
  startFakeOpenAiServer,
} from '../../support/fake-openai-server.js';
import { modelOn } from '../../support/model-on.js';
import type { AdversarialCase } from './cases.js';
import { measureJudge } from './judge-measure.js';

let server: FakeOpenAiServer;
before(async () => (server = await startFakeOpenAiServer()));
after(async () => server.close());

const STORY = 'ch-corvane-quarterly-results';
const SOURCE = { article: 'ch-corvane-quarterly-results-1', quote: 'Corvane shares rose 4.6% in extended trading.' };

function claim(id: string, kind: AdversarialCase['kind'], text: string): AdversarialCase {
  return {
    id: `${STORY}/${id}`,
    story: STORY,
    kind,
    claim: text,
    cites: [SOURCE],
    expected: kind === 'faithful' ? 'supported' : 'unsupported',
  };
}

const CASES = [
  claim('f1', 'faithful', 'Corvane shares rose 4.6% in extended trading.'),
  claim('f2', 'faithful', 'In extended trading, Corvane shares rose 4.6%.'),
  claim('b1', 'fabricated-number', 'Corvane shares rose 9.6% in extended trading.'),
  claim('b2', 'flipped-negation', 'Corvane shares slid 4.6% in extended trading.'),
];

const model = () => modelOn(server, 'judge-test');

/** A judge that rejects the claims whose text matches `reject`. */
function judge(reject: RegExp): (request: RecordedRequest) => ScriptStep {
  return (request) => {
    const user = request.body?.messages?.find((message) => message.role === 'user')?.content ?? '';
    const verdicts = [...user.matchAll(/^(c\d+): (.*)$/gm)].map((match) => ({ claim: match[1], supported: !reject.test(match[2] ?? '') }));
    return completion(JSON.stringify({ verdicts }), { prompt_tokens: 500, completion_tokens: 40 });
  };
}

describe('measureJudge', () => {
  it('sends the judge only what the verifier passed and counts both verdicts', async () => {
    server.script(judge(/slid|^In extended/));
    const started = server.requests.length;
    const measure = await measureJudge(CASES, model());
    const requests = server.requests.slice(started);
    assert.equal(requests.length, 1, 'one story, one call');
    assert.doesNotMatch(requests[0]?.body?.messages?.at(-1)?.content ?? '', /9\.6%/, 'the verifier caught the fabricated number');
    assert.deepEqual(measure.verifier, { bad: { cases: 2, hits: 1 }, faithful: { cases: 2, hits: 0 } });
    assert.deepEqual(measure.withJudge, { bad: { cases: 2, hits: 2 }, faithful: { cases: 2, hits: 1 } });
    assert.deepEqual([measure.calls, measure.promptTokens, measure.completionTokens, measure.unjudged], [1, 500, 40, 0]);
    assert.deepEqual(measure.caseErrors, []);
  });

  it('counts the claims the judge could not judge and leaves them to the verifier', async () => {
    server.script(completion('I agree with all of them.'), completion('{"verdicts": null}'));
    const measure = await measureJudge(CASES, model(), { show: true });
    assert.equal(measure.unjudged, 3);
    assert.deepEqual(measure.withJudge, measure.verifier);
    assert.deepEqual(measure.wrong, [`missed ${STORY}/b2 [flipped-negation]: Corvane shares slid 4.6% in extended trading.`]);
  });

  it('names a case whose quote is in no sentence of its article', async () => {
    const broken = { ...claim('x1', 'faithful', 'Corvane shares rose.'), cites: [{ ...SOURCE, quote: 'Corvane shares fell 40%.' }] };
    const measure = await measureJudge([broken], model());
    assert.match(measure.caseErrors[0] ?? '', /x1: quote not found/);
    assert.equal(measure.calls, 0, 'a claim citing nothing is the verifier’s to reject');
  });
});
