import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errors } from 'undici';
import { describeNetworkError } from './describe-error.js';
import { RefusedAddressError } from './guarded-lookup.js';
import { BodyTooLargeError } from './read-body.js';

const context = { totalTimedOut: false, cancelled: false, connectTimeoutMs: 10_000, firstByteTimeoutMs: 20_000, totalTimeoutMs: 30_000 };
const describeError = (error: unknown, extra = {}) => {
  const result = describeNetworkError('https://news.example/feed', error, { ...context, ...extra });
  assert.equal(result.ok, false);
  return (result as { ok: false; error: { code: string; message: string; userMessage?: string } }).error;
};
const errno = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('describeNetworkError', () => {
  it('names each timeout apart, with its limit in the sentence', () => {
    const connect = describeError(new errors.ConnectTimeoutError());
    assert.equal(connect.code, 'connect-timeout');
    assert.match(connect.userMessage ?? '', /did not accept a connection within 10 s/);
    assert.equal(describeError(new errors.HeadersTimeoutError()).code, 'first-byte-timeout');
    assert.equal(describeError(new errors.BodyTimeoutError()).code, 'stalled');
    const total = describeError(new errors.BodyTimeoutError(), { totalTimedOut: true });
    assert.equal(total.code, 'timeout');
    assert.match(total.userMessage ?? '', /did not finish within 30 s/);
  });

  it('tells a cancellation from a timeout', () => {
    assert.equal(describeError(new DOMException('aborted', 'AbortError'), { cancelled: true }).code, 'aborted');
  });

  it('maps DNS, connection, TLS and protocol errors to plain sentences', () => {
    const cases: [Error, string, RegExp][] = [
      [errno('ENOTFOUND', 'getaddrinfo ENOTFOUND news.example'), 'dns', /could not be found/],
      [errno('ECONNREFUSED'), 'connection', /refused the connection/],
      [new errors.SocketError('other side closed'), 'connection', /dropped the connection/],
      [errno('CERT_HAS_EXPIRED', 'certificate has expired'), 'tls', /HTTPS certificate .* \(CERT_HAS_EXPIRED\)/],
      [errno('ERR_TLS_CERT_ALTNAME_INVALID'), 'tls', /TLS/],
      [new errors.HeadersOverflowError(), 'headers-too-large', /oversized HTTP headers/],
      [errno('HPE_INVALID_CONSTANT', 'Expected HTTP/'), 'protocol', /malformed HTTP response/],
      [errno('Z_DATA_ERROR', 'incorrect header check'), 'bad-encoding', /corrupt compressed/],
    ];
    for (const [error, code, sentence] of cases) {
      const described = describeError(error);
      assert.equal(described.code, code, error.message);
      assert.match(described.userMessage ?? '', sentence);
      assert.match(described.message, /^fetch: /);
    }
  });

  it('keeps caps and refusals precise, even when wrapped', () => {
    assert.equal(describeError(new BodyTooLargeError('body exceeds 10 MiB')).code, 'too-large');
    const wrapped = Object.assign(new Error('connect failed'), {
      cause: new RefusedAddressError('feeds.example resolves to 10.0.0.1 is a private address'),
    });
    const refused = describeError(wrapped);
    assert.equal(refused.code, 'refused-address');
    assert.match(refused.userMessage ?? '', /10\.0\.0\.1 is a private address.*fetchAllow/);
    assert.equal(describeError(new Error('mystery')).code, 'network');
  });
});
