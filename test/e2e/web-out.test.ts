/**
 * Out of the app, end to end: the built CLI serves the demo; feeds parse with Groundwire's own
 * parser, the API answers, admin logs in and adds a source over real HTTP, and `digest --send`
 * delivers the recap to a real SMTP server on loopback.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { parseFeed } from '../../src/pipeline/parse/index.js';
import { mimeParts } from '../support/mime.js';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.js';
import { CLI, ROOT, cliEnv, exited, runCli, startCli, tempDataDir } from './helpers.js';

/** Runs the CLI without blocking this process, whose event loop serves the SMTP sink meanwhile. */
function runCliAsync(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

const PASSWORD = 'e2e admin passphrase';
let server: ChildProcess;
let url = '';
let dataDir = '';
let sink: SmtpSink;

before(async () => {
  dataDir = tempDataDir();
  const started = await startCli(['demo'], cliEnv(dataDir, { GROUNDWIRE_ADMIN_PASSWORD: PASSWORD }), /ready: (http:\/\/127\.0\.0\.1:\d+)/);
  server = started.child;
  url = started.match[1] as string;
  assert.doesNotMatch(started.output(), /Admin \(\/admin\) is off/);
  sink = await startSmtpSink({ user: 'digest', password: 'smtp-pw' });
});

after(async () => {
  server?.kill('SIGTERM');
  if (server) await exited(server);
  await sink?.close();
});

describe('feeds and API over HTTP', () => {
  it('serves every feed in three formats, readable by Groundwire’s own parser', async () => {
    for (const folder of ['/', '/boards/energy-power/', '/recap/']) {
      for (const file of ['feed.xml', 'atom.xml', 'feed.json']) {
        const response = await fetch(`${url}${folder}${file}`);
        assert.equal(response.status, 200, `${folder}${file}`);
        assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/);
        const parsed = parseFeed(Buffer.from(await response.arrayBuffer()), {
          url: `${url}${folder}${file}`,
          contentType: response.headers.get('content-type'),
        });
        assert.ok(parsed.ok && parsed.value.items.length > 0, `${folder}${file} has items`);
        assert.ok(parsed.value.items.every((item) => item.id.startsWith('urn:groundwire:') && item.link?.startsWith(url)));
      }
    }
  });

  it('answers the API with stories, a story, its brief, sources and search, and JSON errors', async () => {
    const list = (await (await fetch(`${url}/api/v1/stories?limit=5`)).json()) as { items: { id: string }[]; total: number };
    assert.equal(list.items.length, 5);
    const id = list.items[0]?.id ?? '';
    const story = (await (await fetch(`${url}/api/v1/stories/${id}`)).json()) as { articles: unknown[]; labels: { evidence: unknown[] }[] };
    assert.ok(story.articles.length > 0 && story.labels.every((label) => label.evidence.length > 0));
    assert.equal((await fetch(`${url}/api/v1/stories/${id}/brief`)).status, 200);
    assert.ok(((await (await fetch(`${url}/api/v1/sources`)).json()) as { items: unknown[] }).items.length >= 16);
    const search = (await (await fetch(`${url}/api/v1/search?q=${encodeURIComponent('算力')}`)).json()) as { stories: unknown[] };
    assert.ok(search.stories.length > 0);
    const missing = await fetch(`${url}/api/v1/stories/nope`);
    assert.equal(missing.status, 404);
    assert.deepEqual(await missing.json(), { error: { status: 404, message: 'No story with id nope.' } });
    assert.equal(missing.headers.get('access-control-allow-origin'), null);
  });
});

describe('admin over HTTP', () => {
  it('logs in with the configured password and adds a source, with CSRF and a Strict session cookie', async () => {
    const form = await fetch(`${url}/admin/login`);
    const csrfCookie = (form.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
    const login = await fetch(`${url}/admin/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: csrfCookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: token, secret: PASSWORD }),
    });
    assert.equal(login.status, 303);
    const session = login.headers.get('set-cookie') ?? '';
    assert.match(session, /HttpOnly; SameSite=Strict/);
    const cookie = `${csrfCookie}; ${session.split(';')[0]}`;
    const add = await fetch(`${url}/admin/sources`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: token, feedUrl: 'https://feeds.example.org/e2e.xml', name: 'E2E Outlet' }),
    });
    assert.equal(add.status, 303);
    const sources = (await (await fetch(`${url}/api/v1/sources`)).json()) as { items: { id: string }[] };
    assert.ok(
      sources.items.some((source) => source.id === 'e2e-outlet'),
      'the API sees the new source at once (the page cache was invalidated)',
    );
    const forged = await fetch(`${url}/admin/sources/e2e-outlet/remove`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: 'forged' }),
    });
    assert.equal(forged.status, 422);
  });

  it('says on the console and on /admin how to turn admin on when it is off', async () => {
    const { child, output } = await startCli(['start'], cliEnv(tempDataDir()), /Admin \(\/admin\) is off: set adminPassword/);
    const address = /serving at (http:\/\/\S+)/.exec(output())?.[1] ?? '';
    assert.match(await (await fetch(`${address}/admin`)).text(), /GROUNDWIRE_ADMIN_PASSWORD/);
    child.kill('SIGTERM');
    await exited(child);
  });
});

describe('groundwire digest', () => {
  it('prints the recap as Markdown with numbered sources', () => {
    const { code, stdout } = runCli(['digest', '--period', 'week'], cliEnv(dataDir));
    assert.equal(code, 0);
    assert.match(stdout, /^# Weekly recap: /);
    assert.match(stdout, /## 1\. .+ \[1\]/);
    assert.match(stdout, /## Sources\n\n\[1\] /);
  });

  it('exits 2 naming the option to set when SMTP is not configured', () => {
    const { code, stderr } = runCli(['digest', '--send'], cliEnv(dataDir));
    assert.equal(code, 2);
    assert.match(stderr, /Mail is not configured: set smtpHost \(GROUNDWIRE_SMTP_HOST\)/);
  });

  it('mails the recap over SMTP: headers, a text and an HTML part, and citations in both', async () => {
    const env = cliEnv(dataDir, {
      GROUNDWIRE_SMTP_HOST: '127.0.0.1',
      GROUNDWIRE_SMTP_PORT: String(sink.port),
      GROUNDWIRE_SMTP_USER: 'digest',
      GROUNDWIRE_SMTP_PASSWORD: 'smtp-pw',
      GROUNDWIRE_SMTP_FROM: 'Groundwire <recap@groundwire.test>',
      GROUNDWIRE_DIGEST_TO: 'reader@example.org,editor@example.org',
      GROUNDWIRE_PUBLIC_URL: 'https://news.example.org',
    });
    const { code, stdout, stderr } = await runCliAsync(['digest', '--send', '--period', 'week'], env);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /Sent the weekly recap \(\d+ stories\) to reader@example\.org, editor@example\.org/);
    assert.equal(sink.messages.length, 1);
    const [mail] = sink.messages;
    assert.deepEqual(mail?.to, ['reader@example.org', 'editor@example.org']);
    const { headers, parts } = mimeParts(mail?.raw ?? '');
    assert.match(headers.get('subject') ?? '', /^Groundwire weekly recap: \d+ \w+ \d{4} – \d+ \w+ \d{4}$/);
    assert.equal(headers.get('from'), 'Groundwire <recap@groundwire.test>');
    assert.equal(headers.get('x-groundwire-digest'), 'week');
    assert.match(headers.get('content-type') ?? '', /^multipart\/alternative/);
    const [text, html] = parts;
    assert.match(text?.headers.get('content-type') ?? '', /^text\/plain/);
    assert.match(html?.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(text?.body ?? '', /## 1\. .+ \[1\]/);
    assert.match(text?.body ?? '', /https:\/\/news\.example\.org\/stories\/st-/);
    const references = [...(text?.body ?? '').matchAll(/^\[(\d+)\] (.+?): “/gm)];
    assert.ok(references.length >= 3, 'numbered sources in the text part');
    for (const [, n] of references)
      assert.ok(html?.body.includes(`>[${n}]</a></sup>`) || html?.body.includes(`>[${n}]</sup>`), `citation [${n}] in the HTML part`);
    assert.match(html?.body ?? '', /<li id="ref-1" value="1">/);
    assert.ok(!/<script/i.test(html?.body ?? ''), 'no script in the HTML part');
  });
});
