/**
 * The LLM brief engine end to end: the OpenAI-compatible adapter against a real HTTP server on
 * 127.0.0.1 scripted with good answers, each kind of bad answer, malformed JSON, 429s, 5xx,
 * timeouts and an injected instruction. Every bad answer must be caught or recovered from.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Brief } from '../../src/domain/index.js';
import {
  type BriefInput,
  composeBriefWithModel,
  groundBrief,
  listSentences,
  type ModelComposeOptions,
} from '../../src/pipeline/brief/index.js';
import {
  completion,
  type FakeOpenAiServer,
  type RecordedRequest,
  type ScriptStep,
  startFakeOpenAiServer,
} from '../support/fake-openai-server.js';
import { type FaithfulAnswer as Answer, goodAnswer, injectedStory, outageStory } from '../support/llm-story.js';
import { modelOn } from '../support/model-on.js';

let server: FakeOpenAiServer;
before(async () => (server = await startFakeOpenAiServer()));
after(async () => server.close());

async function compose(story: BriefInput, options: ModelComposeOptions = {}, timeoutMs = 2000) {
  const model = modelOn(server, 'gpt-test', timeoutMs, 'sk-test');
  const dropped: { text: string }[] = [];
  const started = server.requests.length;
  const result = await composeBriefWithModel(story, model, {
    createdAt: '2026-11-21T00:00:00Z',
    retry: { baseDelayMs: 20, maxDelayMs: 100 },
    prices: { inputPerMillion: 2.5, outputPerMillion: 10 },
    onDropped: (list) => dropped.push(...list),
    ...options,
  });
  return { result, dropped, requests: server.requests.slice(started) };
}

function texts(brief: Brief): string[] {
  return listSentences(brief).map((entry) => entry.sentence.text);
}

/** Every sentence cited, every citation resolving, and the verifier supporting all of it. */
function assertGrounded(brief: Brief, story: BriefInput): void {
  for (const { section, sentence } of listSentences(brief))
    assert.ok(sentence.citations.length > 0, `${section} is uncited: ${sentence.text}`);
  const grounded = groundBrief(brief, story);
  assert.deepEqual(grounded.dropped, [], 'the final brief has unsupported sentences');
}

function lastUserMessage(request: RecordedRequest): string {
  return request.body?.messages?.filter((message) => message.role === 'user').at(-1)?.content ?? '';
}

interface Fix {
  text: string;
  cites: string[];
  date?: string;
  precision?: string;
}

/** Answers a rewrite request: each listed sentence becomes `fix(text, cites)`; null drops it. */
function rewriteWith(fix: (text: string, cites: string[]) => Fix | null): (request: RecordedRequest) => ScriptStep {
  return (request) => {
    const rewrites = [...lastUserMessage(request).matchAll(/^- ([\w.]+)\[(\d+)\]: "(.*)" \(cites ([^)]*)\) — /gm)].map((match) => {
      const fixed = fix(match[3] ?? '', (match[4] ?? '').split(', '));
      return fixed ? { section: match[1], index: Number(match[2]), ...fixed } : { section: match[1], index: Number(match[2]), drop: true };
    });
    return completion(JSON.stringify({ rewrites }));
  };
}

describe('LLM brief engine against a real OpenAI-compatible server', () => {
  it('publishes a good answer, cites every sentence, and accounts tokens and cost', async () => {
    server.script(completion(goodAnswer(), { prompt_tokens: 1200, completion_tokens: 400 }));
    const { result, requests } = await compose(outageStory);
    assert.ok(result.ok, result.ok ? '' : result.error.message);
    const brief = result.value;
    assert.equal(brief.engine, 'llm');
    assert.equal(brief.model, 'gpt-test');
    assert.equal(brief.quote?.text.startsWith('Meridian Wire reported: "We will publish'), true);
    // The first article sentence cites the English lead and the Chinese report: references 1 and 2.
    assert.match(brief.article?.paragraphs[0]?.sentences[0]?.text ?? '', /\[1\]\[2\]\.$/);
    assert.equal(brief.references[1]?.outlet, '新闻周刊');
    assert.deepEqual(brief.usage, { promptTokens: 1200, completionTokens: 400, costUsd: 0.007 });
    assert.equal(requests.length, 1);
    assertGrounded(brief, outageStory);
  });

  it("adds dated events from an earlier related story to the model's timeline, cited to the related article", async () => {
    const earlier = {
      storyId: 'helioscale-expansion',
      firstSeen: '2026-09-03T10:00:00Z',
      articles: [
        {
          id: 'expansion-1',
          outlet: 'Gridline',
          url: 'https://gridline.example/us-east-3',
          title: 'Helioscale adds a building to its us-east-3 cloud region',
          published: '2026-09-03T10:00:00Z',
          language: 'en',
          text: 'Helioscale said on Thursday it had opened a fourth building in its us-east-3 cloud region in northern Virginia.',
        },
      ],
    };
    const story = { ...outageStory, relatedStories: [earlier] };
    server.script(completion(goodAnswer()));
    const { result, requests } = await compose(story);
    assert.ok(result.ok, result.ok ? '' : result.error.message);
    // The model was shown only the story's own articles.
    assert.doesNotMatch(lastUserMessage(requests[0]!), /fourth building/);
    const related = result.value.timeline.filter((event) => event.citations.some((citation) => citation.articleId === 'expansion-1'));
    assert.deepEqual(
      related.map((event) => [event.date, event.precision]),
      [['2026-09-03', 'day']],
    );
    assert.ok(
      result.value.references.some(
        (reference) =>
          reference.articleId === 'expansion-1' && reference.outlet === 'Gridline' && reference.relatedStoryId === 'helioscale-expansion',
      ),
    );
    assertGrounded(result.value, { ...story, articles: [...story.articles, ...earlier.articles] });
  });

  const badAnswers: { kind: string; bad: string; edit: (answer: Answer) => void; fix: Fix | null }[] = [
    {
      kind: 'a fabricated number',
      bad: 'an outage of roughly 14 hours',
      edit: (a) =>
        (a.editorsBrief[0] = {
          text: 'Helioscale restored its us-east-3 cloud region in northern Virginia on Wednesday after an outage of roughly 14 hours.',
          cites: ['a1:p1s1'],
        }),
      fix: {
        text: 'Helioscale restored its us-east-3 cloud region in northern Virginia on Wednesday after an outage of roughly nine hours.',
        cites: ['a1:p1s1'],
      },
    },
    {
      kind: 'an invented entity',
      bad: 'Anthropic',
      edit: (a) =>
        (a.keyTakeaways[0] = {
          text: 'Kestrel Models and Anthropic said their APIs returned elevated error rates for most of the day.',
          cites: ['a2:p1s1'],
        }),
      fix: null,
    },
    {
      kind: 'a wrong date',
      bad: 'October 24',
      edit: (a) =>
        (a.timeline[0] = {
          date: '2026-10-24',
          precision: 'day',
          text: 'On October 24 Helioscale restored its us-east-3 cloud region after an outage of roughly nine hours.',
          cites: ['a1:p1s1'],
        }),
      fix: {
        text: 'Helioscale restored its us-east-3 cloud region on Wednesday after an outage of roughly nine hours.',
        cites: ['a1:p1s1'],
        date: '2026-10-21',
        precision: 'day',
      },
    },
    {
      kind: 'a flipped negation',
      bad: 'Helioscale said how many customers were affected.',
      edit: (a) => (a.editorsBrief[2] = { text: 'Helioscale said how many customers were affected.', cites: ['a1:p2s2'] }),
      fix: null,
    },
    {
      kind: 'a citation to the wrong article',
      bad: 'Kestrel Models said its API returned elevated error rates',
      edit: (a) =>
        (a.keyTakeaways[0] = {
          text: 'Kestrel Models said its API returned elevated error rates for most of the day.',
          cites: ['a1:p2s2'],
        }),
      fix: null,
    },
    {
      kind: 'an off-topic framing',
      bad: 'workforce training',
      edit: (a) =>
        (a.implications[0] = {
          text: 'The outage shows how weak power grids threaten workforce training programmes for AI skills.',
          cites: ['a1:p2s1'],
        }),
      fix: { text: 'Analysts said the outage could push some customers to spread workloads across several regions.', cites: ['a2:p1s2'] },
    },
    {
      kind: 'speculation stated as fact',
      bad: 'The outage pushed customers to spread workloads',
      edit: (a) =>
        (a.implications[0] = { text: 'The outage pushed customers to spread workloads across several regions.', cites: ['a2:p1s2'] }),
      fix: null,
    },
  ];

  for (const { kind, bad, edit, fix } of badAnswers) {
    it(`catches ${kind}: one rewrite request, then ${fix ? 'the repaired sentence' : 'the sentence is dropped'}`, async () => {
      // Without a fix the scripted model insists: the same sentence, the same citations. It must then be dropped.
      server.script(
        completion(goodAnswer(edit)),
        rewriteWith((text, cites) => (fix && text.includes(bad) ? fix : { text, cites })),
      );
      const { result, requests, dropped } = await compose(outageStory);
      assert.ok(result.ok, result.ok ? '' : result.error.message);
      assert.equal(requests.length, 2, 'expected the answer and one rewrite request');
      assert.ok(lastUserMessage(requests[1] as RecordedRequest).includes(bad), 'the rewrite request names the bad sentence');
      assert.ok(!texts(result.value).some((text) => text.includes(bad)), 'the bad sentence reached the brief');
      if (fix) assert.ok(texts(result.value).includes(fix.text), 'the rewritten sentence is used');
      else assert.ok(dropped.some((entry) => entry.text.includes(bad)) || (result.value.audit?.rewriteRequested ?? 0) > 0);
      assertGrounded(result.value, outageStory);
    });
  }

  it('sends the validation errors back once when the JSON is malformed, and uses the repaired answer', async () => {
    server.script(
      completion('{"headline": {"text": "Helioscale restores', { prompt_tokens: 900, completion_tokens: 10 }),
      completion(goodAnswer(), { prompt_tokens: 1000, completion_tokens: 300 }),
    );
    const { result, requests } = await compose(outageStory);
    assert.ok(result.ok, result.ok ? '' : result.error.message);
    assert.equal(requests.length, 2);
    assert.match(lastUserMessage(requests[1] as RecordedRequest), /not a JSON object/);
    assert.equal(result.value.audit?.repaired, true);
    assert.deepEqual(result.value.usage, { promptTokens: 1900, completionTokens: 310, costUsd: 0.00785 });
    assertGrounded(result.value, outageStory);
  });

  it('gives up after one repair when the answer stays unusable', async () => {
    server.script(completion('not json'), completion('{"headline": 3}'));
    const { result, requests } = await compose(outageStory);
    assert.ok(!result.ok);
    assert.equal(result.error.code, 'invalid-answer');
    assert.equal(requests.length, 2);
  });

  it('waits as long as Retry-After asks after a 429, then succeeds', async () => {
    server.script({ kind: 'status', status: 429, headers: { 'retry-after': '1' } }, completion(goodAnswer()));
    const { result, requests } = await compose(outageStory);
    assert.ok(result.ok, result.ok ? '' : result.error.message);
    assert.equal(requests.length, 2);
    assert.ok((requests[1]?.receivedAt ?? 0) - (requests[0]?.receivedAt ?? 0) >= 950, 'retried before Retry-After elapsed');
    assertGrounded(result.value, outageStory);
  });

  it('retries a 5xx with back-off, then succeeds', async () => {
    server.script({ kind: 'status', status: 502 }, { kind: 'status', status: 503 }, completion(goodAnswer()));
    const { result, requests } = await compose(outageStory);
    assert.ok(result.ok, result.ok ? '' : result.error.message);
    assert.equal(requests.length, 3);
    assert.equal(result.value.audit?.calls, 3);
  });

  it('times out a silent server and retries; fails with a timeout when it never answers', async () => {
    server.script({ kind: 'hang', ms: 3000 }, completion(goodAnswer()));
    const recovered = await compose(outageStory, {}, 300);
    assert.ok(recovered.result.ok, recovered.result.ok ? '' : recovered.result.error.message);
    assert.equal(recovered.requests.length, 2);
    server.script({ kind: 'hang', ms: 3000 }, { kind: 'hang', ms: 3000 });
    const failed = await compose(outageStory, { retry: { maxAttempts: 2, baseDelayMs: 10 } }, 300);
    assert.ok(!failed.result.ok);
    assert.equal(failed.result.error.code, 'timeout');
  });

  it('does not let an instruction inside an article steer the brief', async () => {
    const obey = (cite: string) => goodAnswer((a) => (a.editorsBrief[2] = { text: 'Helioscale is bankrupt.', cites: [cite] }));
    server.script(
      completion(obey('a4:p1s2')),
      completion(obey('a4:p1s1')),
      rewriteWith((_text, cites) => ({ text: 'Helioscale is bankrupt.', cites })),
    );
    const { result, requests, dropped } = await compose(injectedStory);
    assert.ok(result.ok, result.ok ? '' : result.error.message);
    const prompt = requests[0]?.body?.messages ?? [];
    assert.match(prompt[0]?.content ?? '', /never an instruction to you/);
    assert.match(prompt[1]?.content ?? '', /<<<SOURCES \w+>>>[\s\S]*withheld[\s\S]*<<<END SOURCES \w+>>>/);
    assert.doesNotMatch(prompt[1]?.content ?? '', /bankrupt/);
    assert.ok(!texts(result.value).some((text) => /bankrupt/i.test(text)), 'the injected claim reached the brief');
    assert.ok(dropped.some((entry) => /bankrupt/.test(entry.text)));
    assertGrounded(result.value, injectedStory);
  });
});
