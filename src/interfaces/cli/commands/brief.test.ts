import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import type { Brief } from '../../../domain/index.js';
import { createFakeLanguageModel } from '../../../testing/fake-language-model.js';
import { goodAnswer, outageStory } from '../../../../test/support/llm-story.js';
import type { CliContext } from '../context.js';
import { runProgram } from '../program.js';
import type { CliContext as BriefCliContext } from '../context.js';

function context(output: string[], extra: Partial<BriefCliContext> = {}): BriefCliContext {
  const unused = async () => {
    throw new Error('not used by the brief command');
  };
  const base: CliContext = {
    services: unused,
    startDemoPublisher: unused,
    startWeb: unused,
    stdout: (text) => output.push(text),
    stderr: (text) => output.push(text),
  };
  return { ...base, ...extra };
}

function storyFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'gw-brief-')), 'story.json');
  writeFileSync(file, JSON.stringify({ id: outageStory.storyId, articles: outageStory.articles }));
  return file;
}

describe('groundwire brief', () => {
  afterEach(() => (process.exitCode = 0));

  it('prints the verified extractive brief of a story file', async () => {
    const output: string[] = [];
    const code = await runProgram(context(output), ['node', 'groundwire', 'brief', storyFile()]);
    assert.equal(code, 0);
    const brief = JSON.parse(output.join('')) as Brief;
    assert.equal(brief.storyId, 'helioscale-outage');
    assert.equal(brief.engine, 'extractive');
    assert.ok(brief.references.length > 0);
  });

  it('takes earlier related stories from the story file and dates the timeline with them', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gw-brief-')), 'story.json');
    const earlier = {
      id: 'helioscale-expansion',
      firstSeen: '2026-09-03T10:00:00Z',
      articles: [
        {
          id: 'expansion-1',
          outlet: 'Gridline',
          title: 'Helioscale adds a building to its us-east-3 cloud region',
          published: '2026-09-03T10:00:00Z',
          text: 'Helioscale said on Thursday it had opened a fourth building in its us-east-3 cloud region in northern Virginia.',
        },
      ],
    };
    writeFileSync(
      file,
      JSON.stringify({ id: outageStory.storyId, articles: outageStory.articles, relatedStories: [earlier, { id: 'undated' }] }),
    );
    const output: string[] = [];
    assert.equal(await runProgram(context(output), ['node', 'groundwire', 'brief', file]), 0);
    const brief = JSON.parse(output.join('')) as Brief;
    const related = brief.timeline.filter((event) => event.citations.some((citation) => citation.articleId === 'expansion-1'));
    assert.deepEqual(
      related.map((event) => event.date),
      ['2026-09-03'],
    );
    assert.ok(brief.references.some((reference) => reference.articleId === 'expansion-1' && reference.url === null));
  });

  it('uses the wired language model with --llm and explains when none is configured', async () => {
    const model = createFakeLanguageModel('gpt-test');
    model.script({ kind: 'answer', content: goodAnswer() });
    const output: string[] = [];
    const wired = context(output, {
      languageModel: async () => ({ ok: true, value: { model, judge: false, close: async () => undefined } }),
    });
    const args = [
      'node',
      'groundwire',
      'brief',
      storyFile(),
      '--llm',
      '--llm-base-url',
      'http://127.0.0.1:9/v1',
      '--llm-model',
      'gpt-test',
    ];
    assert.equal(await runProgram(wired, args), 0);
    assert.equal((JSON.parse(output.join('')) as Brief).engine, 'llm');
    const missing: string[] = [];
    const unconfigured = context(missing, {
      languageModel: async () => ({
        ok: false,
        error: {
          stage: 'brief',
          code: 'no-model',
          message: 'brief: no LLM endpoint configured',
          userMessage: 'Set llmBaseUrl and llmModel.',
        },
      }),
    });
    assert.equal(await runProgram(unconfigured, ['node', 'groundwire', 'brief', storyFile(), '--llm']), 1);
    assert.match(missing.join(''), /Set llmBaseUrl and llmModel/);
    const unwired: string[] = [];
    assert.equal(await runProgram(context(unwired), ['node', 'groundwire', 'brief', storyFile(), '--llm']), 1);
    assert.match(unwired.join(''), /no LLM engine wired in/);
  });

  it('has the model judge what the verifier passed with --judge, or when config turns the judge on', async () => {
    const run = async (args: string[], judgeInConfig: boolean) => {
      const model = createFakeLanguageModel('gpt-test');
      model.script({ kind: 'answer', content: goodAnswer() }, { kind: 'answer', content: '{"verdicts": []}' });
      const output: string[] = [];
      const wired = context(output, {
        languageModel: async () => ({ ok: true, value: { model, judge: judgeInConfig, close: async () => undefined } }),
      });
      assert.equal(await runProgram(wired, ['node', 'groundwire', 'brief', storyFile(), '--llm', ...args]), 0);
      return { brief: JSON.parse(output.join('')) as Brief, requests: model.requests.length };
    };
    const flagged = await run(['--judge'], false);
    assert.equal(flagged.requests, 2, 'the answer and one judge call');
    // The scripted judge answered with no verdicts: the verifier's verdicts stand, and the audit says why.
    assert.equal(flagged.brief.audit?.judge?.judged, 0);
    assert.match(flagged.brief.audit?.judge?.errors[0] ?? '', /gave no verdict on \d+ sentence/);
    assert.equal((await run([], true)).requests, 2);
    assert.equal((await run([], false)).requests, 1);
  });

  it('refuses a file without articles with a usage error', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gw-brief-')), 'empty.json');
    writeFileSync(file, '{"articles": []}');
    const output: string[] = [];
    assert.equal(await runProgram(context(output), ['node', 'groundwire', 'brief', file]), 2);
    assert.equal((JSON.parse(output.join('')) as { code: string }).code, 'no-articles');
  });
});
