import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { describe, it } from 'node:test';
import { mimeParts } from '../../../test/support/mime.js';
import { startSmtpSink } from '../../../test/support/smtp-sink.js';
import { createSmtpMailer } from './smtp-mailer.js';

const MESSAGE = {
  from: 'Groundwire <gw@localhost>',
  to: ['reader@example.org'],
  subject: 'Weekly recap: 16 Nov – 22 Nov',
  text: 'Plain [1] 算力',
  html: '<p>Rich <sup>[1]</sup> 算力</p>',
  headers: { 'X-Groundwire-Digest': 'week' },
};

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('SMTP mailer', () => {
  it('delivers both parts with authentication to a real SMTP server', async () => {
    const sink = await startSmtpSink({ user: 'gw', password: 'pw' });
    const mailer = createSmtpMailer({ host: '127.0.0.1', port: sink.port, user: 'gw', password: 'pw' });
    const result = await mailer.send(MESSAGE);
    await mailer.close();
    await sink.close();
    assert.ok(result.ok, result.ok ? '' : result.error.message);
    assert.deepEqual(result.value.accepted, ['reader@example.org']);
    const [mail] = sink.messages;
    assert.deepEqual([mail?.from, mail?.to], ['gw@localhost', ['reader@example.org']]);
    const { headers, parts } = mimeParts(mail?.raw ?? '');
    assert.equal(headers.get('subject'), MESSAGE.subject);
    assert.equal(headers.get('x-groundwire-digest'), 'week');
    assert.match(headers.get('content-type') ?? '', /^multipart\/alternative/);
    assert.deepEqual(
      parts.map((p) => [p.headers.get('content-type'), p.body.trim()]),
      [
        ['text/plain; charset=utf-8', MESSAGE.text],
        ['text/html; charset=utf-8', MESSAGE.html],
      ],
    );
  });

  it('says which option to check when the login is refused or nothing listens', async () => {
    const sink = await startSmtpSink({ user: 'gw', password: 'pw' });
    const wrong = await createSmtpMailer({ host: '127.0.0.1', port: sink.port, user: 'gw', password: 'nope' }).send(MESSAGE);
    await sink.close();
    assert.equal(wrong.ok, false);
    assert.match(wrong.ok ? '' : (wrong.error.userMessage ?? ''), /refused the login: check smtpUser and smtpPassword/);
    const port = await freePort();
    const refused = await createSmtpMailer({ host: '127.0.0.1', port, user: null, password: null, timeoutSeconds: 5 }).send(MESSAGE);
    assert.match(
      refused.ok ? '' : (refused.error.userMessage ?? ''),
      new RegExp(`Nothing answered at 127\\.0\\.0\\.1:${port}: check smtpHost and smtpPort`),
    );
  });
});
