/** The built CLI against a temporary data directory: sources, OPML, parse, exit codes, help. */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cliEnv, runCli, tempDataDir } from './helpers.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test Wire</title><link>https://wire.example/</link>
<item><title>Helioscale opens Mumbai zone</title><link>https://wire.example/a?utm_source=rss</link><guid>wire-1</guid><pubDate>Tue, 21 Oct 2026 16:40:00 GMT</pubDate></item>
</channel></rss>`;

describe('groundwire CLI', () => {
  it('prints help for the program and every command, exit 0', () => {
    const env = cliEnv(tempDataDir());
    const top = runCli(['--help'], env);
    assert.equal(top.code, 0);
    for (const command of ['start', 'ingest', 'sources', 'demo', 'parse', 'relabel'])
      assert.match(top.stdout, new RegExp(`\\b${command}\\b`));
    for (const command of [
      ['sources', 'add', '--help'],
      ['ingest', '--help'],
      ['parse', '--help'],
    ])
      assert.equal(runCli(command, env).code, 0);
  });

  it('exits 2 on unknown commands and bad configuration, naming the problem', () => {
    const dataDir = tempDataDir();
    const unknown = runCli(['frobnicate'], cliEnv(dataDir));
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command/);
    const badPort = runCli(['sources', 'list'], cliEnv(dataDir, { GROUNDWIRE_PORT: 'abc' }));
    assert.equal(badPort.code, 2);
    assert.match(badPort.stderr, /port \(from GROUNDWIRE_PORT\)/);
  });

  it('adds, lists, exports, removes and imports sources', () => {
    const env = cliEnv(tempDataDir());
    const added = runCli(
      [
        'sources',
        'add',
        'https://feeds.example/cloud.xml',
        '--name',
        'Cloud Feed',
        '--boards',
        'Hyperscalers & Cloud',
        '--region',
        'europe',
        '--no-check',
        '--json',
      ],
      env,
    );
    assert.equal(added.code, 0, added.stderr);
    const source = JSON.parse(added.stdout) as { id: string; boards: string[]; region: string };
    assert.equal(source.id, 'cloud-feed');
    assert.deepEqual(source.boards, ['Hyperscalers & Cloud']);
    const again = runCli(['sources', 'add', 'https://feeds.example/cloud.xml', '--no-check'], env);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already follows/);
    const notUrl = runCli(['sources', 'add', 'ftp://x', '--no-check'], env);
    assert.equal(notUrl.code, 1);
    const listed = JSON.parse(runCli(['sources', 'list', '--json'], env).stdout) as { id: string }[];
    assert.deepEqual(
      listed.map((s) => s.id),
      ['cloud-feed'],
    );
    assert.match(runCli(['sources', 'list'], env).stdout, /cloud-feed\tCloud Feed\t.*\n\s+not checked yet/);
    const opml = runCli(['sources', 'export'], env).stdout;
    assert.match(opml, /<outline text="Hyperscalers &amp; Cloud"/);
    assert.equal(runCli(['sources', 'remove', 'cloud-feed'], env).code, 0);
    assert.equal(runCli(['sources', 'remove', 'cloud-feed'], env).code, 1);
    const file = join(mkdtempSync(join(tmpdir(), 'gw-opml-')), 'subs.opml');
    writeFileSync(file, opml);
    const imported = JSON.parse(runCli(['sources', 'import', file, '--json'], env).stdout) as { added: string[] };
    assert.deepEqual(imported.added, ['cloud-feed']);
    assert.deepEqual((JSON.parse(runCli(['sources', 'list', '--json'], env).stdout) as { boards: string[] }[])[0]?.boards, [
      'Hyperscalers & Cloud',
    ]);
  });

  it('relabels the stored stories with the taxonomy in config, and exits 2 naming a story that does not exist', () => {
    const env = cliEnv(tempDataDir());
    const all = runCli(['relabel'], env);
    assert.equal(all.code, 0, all.stderr);
    assert.match(all.stdout, /Relabelled 0 stories: 0 changed\./);
    const missing = runCli(['relabel', '--story', 'st-nope'], env);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /No such story: st-nope/);
  });

  it('parses a feed file and prints the normalised JSON', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gw-parse-')), 'feed.xml');
    writeFileSync(file, RSS);
    const result = runCli(['parse', file], cliEnv(tempDataDir()));
    assert.equal(result.code, 0, result.stderr);
    const feed = JSON.parse(result.stdout) as { format: string; title: string; items: { id: string; published: string; link: string }[] };
    assert.equal(feed.format, 'rss');
    assert.equal(feed.title, 'Test Wire');
    assert.equal(feed.items[0]?.id, 'wire-1');
    assert.equal(feed.items[0]?.published, '2026-10-21T16:40:00Z');
  });

  it('reports a file that is not a feed with exit 1 and a plain message, and a missing file with exit 2', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gw-parse-')), 'page.html');
    writeFileSync(file, '<!doctype html><html><head><title>Home</title></head><body><p>Hello</p></body></html>');
    const result = runCli(['parse', file], cliEnv(tempDataDir()));
    assert.equal(result.code, 1);
    assert.match((JSON.parse(result.stdout) as { error: string }).error, /^parse: /);
    assert.equal(runCli(['parse', '/nonexistent/feed.xml'], cliEnv(tempDataDir())).code, 2);
  });

  it('refuses to fetch an internal address from the command line', () => {
    const result = runCli(['parse', 'http://169.254.169.254/latest/meta-data/'], cliEnv(tempDataDir()));
    assert.equal(result.code, 1);
    assert.match(result.stdout, /internal addresses/);
  });
});
