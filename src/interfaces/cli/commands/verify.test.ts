import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { createFakeLanguageModel, type FakeLanguageModel } from '../../../testing/fake-language-model.js';
import type { CliContext } from '../context.js';
import { runProgram } from '../program.js';

const story = {
  articles: [
    {
      id: 'a1',
      outlet: 'Meridian Wire',
      url: 'https://meridianwire.example/helioscale',
      title: 'Helioscale cuts 1,200 support jobs',
      published: '2026-11-04T15:45:00Z',
      language: 'en',
      text: 'Helioscale said on Wednesday it will cut 1,200 customer-support jobs. The company will offer 800 of them retraining.',
    },
  ],
};

const headline = (text: string) => ({ headline: { text, citations: [{ articleId: 'a1', sentenceIds: ['p1s1'] }] } });

function context(output: string[], model?: FakeLanguageModel): CliContext {
  const unused = async () => {
    throw new Error('not used by the verify command');
  };
  return {
    services: unused,
    startDemoPublisher: unused,
    startWeb: unused,
    stdout: (t) => output.push(t),
    stderr: (t) => output.push(t),
    ...(model ? { languageModel: async () => ({ ok: true as const, value: { model, judge: false, close: async () => undefined } }) } : {}),
  };
}

function files(brief: unknown): { brief: string; story: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gw-verify-'));
  writeFileSync(join(dir, 'brief.json'), typeof brief === 'string' ? brief : JSON.stringify(brief));
  writeFileSync(join(dir, 'story.json'), JSON.stringify(story));
  return { brief: join(dir, 'brief.json'), story: join(dir, 'story.json') };
}

async function verify(brief: unknown, model?: FakeLanguageModel): Promise<{ code: number; output: string }> {
  const output: string[] = [];
  const paths = files(brief);
  const args = ['node', 'groundwire', 'verify', paths.brief, '--sources', paths.story, ...(model ? ['--judge'] : [])];
  const code = await runProgram(context(output, model), args);
  return { code, output: output.join('') };
}

describe('groundwire verify', () => {
  afterEach(() => (process.exitCode = 0));

  it('prints the grounded share and exits 0 when every sentence is supported', async () => {
    const { code, output } = await verify(headline('Helioscale is cutting 1,200 customer-support jobs.'));
    assert.equal(code, 0);
    const report = JSON.parse(output) as { groundedShare: number; sentences: { verdict: string }[] };
    assert.equal(report.groundedShare, 1);
    assert.equal(report.sentences[0]?.verdict, 'supported');
  });

  it('exits 3 and gives reasons when a sentence is unsupported', async () => {
    const { code, output } = await verify(headline('Helioscale is cutting 2,100 customer-support jobs.'));
    assert.equal(code, 3);
    assert.match(output, /number 2,100 not in cited sentences/);
  });

  it('names the file and the problem on bad input', async () => {
    const broken = await verify('{"headline": ');
    assert.equal(broken.code, 1);
    assert.match(broken.output, /brief\.json is not valid JSON/);
    const shapeless = await verify({ editorsBrief: [] });
    assert.equal(shapeless.code, 1);
    assert.match(shapeless.output, /brief\.json: the brief has no headline/);
    const output: string[] = [];
    const missing = await runProgram(context(output), [
      'node',
      'groundwire',
      'verify',
      '/nonexistent/brief.json',
      '--sources',
      '/nonexistent/story.json',
    ]);
    assert.equal(missing, 2);
    assert.match(output.join(''), /Cannot read \/nonexistent\/brief\.json/);
  });

  it('with --judge, adds the model judge’s rejection of a sentence the verifier supports, with its reason', async () => {
    const model = createFakeLanguageModel('judge');
    const verdicts = { verdicts: [{ claim: 'c1', supported: false, reason: 'the source says jobs, not contractors' }] };
    model.script({ kind: 'answer', content: JSON.stringify(verdicts) });
    const { code, output } = await verify(headline('Helioscale is cutting 1,200 customer-support jobs.'), model);
    assert.equal(code, 3);
    const report = JSON.parse(output) as {
      groundedShare: number;
      sentences: { verdict: string; reasons: string[] }[];
      judge: { rejected: number };
    };
    assert.equal(report.groundedShare, 0);
    assert.deepEqual(report.sentences[0]?.reasons, ['model judge: the source says jobs, not contractors']);
    assert.equal(report.judge.rejected, 1);
    assert.match(
      model.requests[0]?.messages.at(-1)?.content ?? '',
      /c1: Helioscale is cutting 1,200 customer-support jobs\.\n {2}\[a1:p1s1\]/,
    );
  });

  it('with --judge, asks the model nothing when the verifier supports no sentence', async () => {
    const model = createFakeLanguageModel('judge');
    const { code, output } = await verify(headline('Helioscale is cutting 2,100 customer-support jobs.'), model);
    assert.equal(code, 3);
    assert.equal(model.requests.length, 0);
    assert.match(output, /number 2,100 not in cited sentences/);
  });
});
