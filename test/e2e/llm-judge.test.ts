/**
 * The model judge against a real OpenAI-compatible server on 127.0.0.1: the judge sees only what the verifier passed,
 * with the cited sentences inside a data boundary; what it rejects is rewritten once, then dropped; a rewrite is judged
 * again; it can never bring back what the verifier rejected; and an unusable judge answer changes nothing but the audit.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { composeBriefWithModel, groundBrief, listSentences } from '../../src/pipeline/brief/index.js';
import {
  completion,
  type FakeOpenAiServer,
  type RecordedRequest,
  type ScriptStep,
  startFakeOpenAiServer,
} from '../support/fake-openai-server.js';
import { modelOn } from '../support/model-on.js';
import { goodAnswer, outageStory } from '../support/llm-story.js';

let server: FakeOpenAiServer;
before(async () => (server = await startFakeOpenAiServer()));
after(async () => server.close());

/** A cause no source gives: every word is in the cited sentences, the link between them is not. */
const CAUSE = 'Kestrel Models said its Kestrel API returned elevated error rates for most of the day after the power-distribution fault.';
const withCause = goodAnswer((answer) => (answer.keyTakeaways[0] = { text: CAUSE, cites: ['a2:p1s1', 'a1:p2s1'] }));

async function compose(judge = true) {
  const model = modelOn(server, 'gpt-test');
  const dropped: { text: string; reasons: string[] }[] = [];
  const started = server.requests.length;
  const result = await composeBriefWithModel(outageStory, model, {
    createdAt: '2026-11-21T00:00:00Z',
    retry: { baseDelayMs: 20, maxDelayMs: 100 },
    judge,
    onDropped: (list) => dropped.push(...list),
  });
  return { result, dropped, requests: server.requests.slice(started) };
}

function messages(request: RecordedRequest | undefined): { role: string; content: string }[] {
  return request?.body?.messages ?? [];
}

/** The claims a judge request lists ("c3: <text>"), by id. */
function claimsIn(request: RecordedRequest): Map<string, string> {
  const user = messages(request).find((message) => message.role === 'user')?.content ?? '';
  return new Map([...user.matchAll(/^(c\d+): (.*)$/gm)].map((match) => [match[1] ?? '', match[2] ?? '']));
}

/** A judge that rejects the claims `reject` picks and supports the rest. */
function judging(reject: (text: string) => boolean): (request: RecordedRequest) => ScriptStep {
  return (request) => {
    const verdicts = [...claimsIn(request)].map(([claim, text]) =>
      reject(text)
        ? { claim, supported: false, reason: 'the sources do not say the API errors followed the fault' }
        : { claim, supported: true },
    );
    return completion(JSON.stringify({ verdicts }));
  };
}

/** A rewrite answer that gives every listed sentence `text` (or, without it, repeats the sentence as it was). */
function rewriting(text?: string): (request: RecordedRequest) => ScriptStep {
  return (request) => {
    const user = messages(request).at(-1)?.content ?? '';
    const rewrites = [...user.matchAll(/^- ([\w.]+)\[(\d+)\]: "(.*)" \(cites ([^)]*)\) — /gm)].map((match) => ({
      section: match[1],
      index: Number(match[2]),
      text: text ?? match[3],
      cites: (match[4] ?? '').split(', '),
    }));
    return completion(JSON.stringify({ rewrites }));
  };
}

function texts(result: Awaited<ReturnType<typeof compose>>['result']): string[] {
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  return listSentences(result.value).map((entry) => entry.sentence.text);
}

describe('the model judge against a real OpenAI-compatible server', () => {
  it('puts only sentences the verifier passed to the judge, beside their cited sentences inside a data boundary', async () => {
    server.script(
      completion(withCause),
      judging(() => false),
    );
    const { result, requests } = await compose();
    assert.equal(requests.length, 2, 'the answer and one judge call');
    const [system, user] = messages(requests[1]);
    assert.match(system?.content ?? '', /<<<CHECK (\w+)>>>[\s\S]*DATA/);
    const boundary = /<<<CHECK (\w+)>>>/.exec(system?.content ?? '')?.[1] ?? 'missing';
    assert.match(user?.content ?? '', new RegExp(`<<<CHECK ${boundary}>>>[\\s\\S]*<<<END CHECK ${boundary}>>>`));
    const claims = [...claimsIn(requests[1] as RecordedRequest).values()];
    assert.ok(claims.includes(CAUSE), 'the verifier passed the cause, so the judge sees it');
    assert.ok(!claims.some((claim) => claim.startsWith('Meridian Wire reported')), 'the verbatim quote is not judged');
    // Each claim is followed by the text of the sentences it cites.
    assert.match(
      user?.content ?? '',
      /power-distribution fault\.\n {2}\[a1:p2s1\] \(Meridian Wire, [^)]+\) The disruption began[^\n]*\n {2}\[a2:p1s1\] \(The Compute Ledger, [^)]+\) Kestrel Models said/,
    );
    assert.ok(texts(result).includes(CAUSE), 'a sentence the judge supports is published');
    assert.ok(result.ok);
    assert.deepEqual(result.value.audit?.judge, { judged: claims.length, rejected: 0, errors: [] });
  });

  it('asks once for a rewrite of a sentence the judge rejects and drops it when the model insists', async () => {
    server.script(
      completion(withCause),
      judging((text) => text === CAUSE),
      rewriting(),
    );
    const { result, requests, dropped } = await compose();
    assert.equal(requests.length, 3, 'answer, judge, rewrite; the unchanged sentence is not judged twice');
    assert.match(messages(requests[2]).at(-1)?.content ?? '', /do not say the API errors followed the fault/);
    assert.ok(!texts(result).includes(CAUSE));
    const entry = dropped.find((item) => item.text === CAUSE);
    assert.ok(entry, 'the rejected sentence is logged as dropped');
    assert.ok(entry.reasons.some((reason) => reason.startsWith('model judge:')));
    assert.ok(result.ok);
    assert.equal(result.value.audit?.judge?.rejected, 1);
    assert.deepEqual(groundBrief(result.value, outageStory).dropped, []);
  });

  it('judges a rewritten sentence again and publishes it when the judge supports it', async () => {
    const fixed = 'Kestrel Models said its Kestrel API returned elevated error rates for most of the day.';
    server.script(
      completion(withCause),
      judging((text) => text === CAUSE),
      rewriting(fixed),
      judging(() => false),
    );
    const { result, requests } = await compose();
    assert.equal(requests.length, 4, 'answer, judge, rewrite, judge of the rewrite');
    assert.deepEqual([...claimsIn(requests[3] as RecordedRequest).values()], [fixed]);
    assert.ok(texts(result).includes(fixed));
    assert.ok(!texts(result).includes(CAUSE));
  });

  it('cannot bring back a sentence the verifier rejected', async () => {
    const invented =
      'Helioscale restored its us-east-3 cloud region in northern Virginia on Wednesday after an outage of roughly 14 hours.';
    const answer = goodAnswer((a) => (a.editorsBrief[0] = { text: invented, cites: ['a1:p1s1'] }));
    server.script(
      completion(answer),
      judging(() => false),
      rewriting(),
    );
    const { result, requests } = await compose();
    assert.equal(requests.length, 3);
    assert.ok(![...claimsIn(requests[1] as RecordedRequest).values()].includes(invented), 'the judge was shown a rejected sentence');
    assert.ok(!texts(result).includes(invented));
  });

  it('leaves the verifier’s verdicts when the judge answer stays unusable after one repair, and says so in the audit', async () => {
    server.script(completion(withCause), completion('the claims look fine to me'), completion('{"verdicts": "all good"}'));
    const { result, requests, dropped } = await compose();
    assert.equal(requests.length, 3, 'answer, judge, one repair; the judge is not asked again for this brief');
    assert.match(messages(requests[2]).at(-1)?.content ?? '', /not a JSON object/);
    assert.ok(texts(result).includes(CAUSE), 'the verifier passed it, and no judge verdict stands against it');
    assert.deepEqual(dropped, []);
    assert.ok(result.ok);
    assert.equal(result.value.audit?.judge?.judged, 0);
    assert.equal(result.value.audit?.judge?.errors.length, 1);
  });

  it('makes no judge call when the judge is off', async () => {
    server.script(completion(withCause));
    const { result, requests } = await compose(false);
    assert.equal(requests.length, 1);
    assert.ok(result.ok);
    assert.equal(result.value.audit?.judge, undefined);
  });
});
