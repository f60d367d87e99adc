import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { extractJsonLines, registerExtract } from './extract.js';

const FIXTURE = join(import.meta.dirname, '../../../pipeline/extract/__fixtures__/harbour-news.html');
const ARTICLE =
  '<html><body><article><p>The council approved the new library on Tuesday after a long debate about its cost, its size and its location near the station.</p></article></body></html>';

function fakeContext(out: string[]): CliContext {
  return {
    services: () => Promise.reject(new Error('no network in this test')),
    startDemoPublisher: () => Promise.reject(new Error('unused')),
    startWeb: () => Promise.reject(new Error('unused')),
    stdout: (text: string) => out.push(text),
    stderr: (text: string) => out.push(text),
  } as unknown as CliContext;
}

describe('groundwire extract', () => {
  it('prints the issue fields for a file, in order', async () => {
    const out: string[] = [];
    const program = new Command().exitOverride();
    registerExtract(program, fakeContext(out));
    await program.parseAsync(['node', 'groundwire', 'extract', FIXTURE, '--url', 'https://courier.example/x']);
    const printed = JSON.parse(out.join('')) as Record<string, unknown>;
    assert.deepEqual(Object.keys(printed).slice(0, 12), [
      'url',
      'canonicalUrl',
      'title',
      'byline',
      'siteName',
      'published',
      'updated',
      'language',
      'text',
      'html',
      'wordCount',
      'partial',
    ]);
    assert.equal(printed.url, 'https://courier.example/x');
    assert.equal(printed.title, 'Port of Ardmore to double container capacity by 2028');
  });

  it('--jsonl answers every line with its id, and a bad line with an error', async () => {
    const lines = [
      JSON.stringify({ id: 'a1', html: ARTICLE, url: 'https://city.example/library' }),
      'this is not json',
      JSON.stringify({ id: 7, url: 'https://city.example/none' }),
      '',
      JSON.stringify({ id: 'empty', html: '<html><body></body></html>' }),
      JSON.stringify({ id: 'a2', html: ARTICLE }),
    ];
    const out: string[] = [];
    await extractJsonLines(Readable.from(lines.join('\n')), (text) => out.push(text));
    const results = out.map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.deepEqual(
      results.map((result) => result.id),
      ['a1', null, 7, 'empty', 'a2'],
    );
    assert.match(String(results[0]!.text), /^The council approved/);
    assert.equal(results[0]!.url, 'https://city.example/library');
    assert.match(String(results[1]!.error), /line 2 is not valid JSON/);
    assert.match(String(results[2]!.error), /no "html"/);
    assert.equal(results[3]!.code, 'no-text');
    assert.ok(results[4]!.text);
  });
});
