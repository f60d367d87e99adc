import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { BodyTooLargeError, readBody } from './read-body.js';

const limits = { maxRawBytes: 64 * 1024, maxDecodedBytes: 1024 * 1024 };
const text = Buffer.from('<rss><channel><title>Compressed</title></channel></rss>'.repeat(20));
const stream = (data: Buffer, chunk = 1024) =>
  Readable.from(Array.from({ length: Math.ceil(data.length / chunk) }, (_, i) => data.subarray(i * chunk, (i + 1) * chunk)));
const read = (data: Buffer, headers: Record<string, string>) => readBody(stream(data), headers, limits);
// 16 MiB of zeros squeezes into a few KiB: a small download that would fill memory if decoded blindly.
const zeros = Buffer.alloc(16 * 1024 * 1024);

describe('readBody', () => {
  const codings: [string, (data: Buffer) => Buffer][] = [
    ['gzip', gzipSync],
    ['x-gzip', gzipSync],
    ['deflate', deflateSync],
    ['deflate', deflateRawSync],
    ['br', brotliCompressSync],
  ];
  for (const [coding, compress] of codings) {
    it(`decodes ${coding} (${compress.name})`, async () => {
      assert.deepEqual(await read(compress(text), { 'content-encoding': coding }), text);
    });
  }

  for (const [coding, compress] of codings) {
    it(`stops a ${coding} bomb (${compress.name}) at the decoded cap`, async () => {
      const bomb = compress(zeros);
      assert.ok(bomb.length < limits.maxRawBytes, `${bomb.length} bytes on the wire`);
      await assert.rejects(
        read(bomb, { 'content-encoding': coding }),
        (error: Error) => error instanceof BodyTooLargeError && /decompressed body exceeds 1 MiB/.test(error.message),
      );
    });
  }

  it('undoes stacked codings in reverse order', async () => {
    assert.deepEqual(await read(brotliCompressSync(gzipSync(text)), { 'content-encoding': 'gzip, br' }), text);
  });

  it('caps the raw body, and refuses a declared Content-Length over the cap before reading', async () => {
    await assert.rejects(read(Buffer.alloc(100 * 1024), {}), /body exceeds 0.1 MiB/);
    let pulled = 0;
    const body = new Readable({
      read() {
        pulled += 1;
        this.push(Buffer.alloc(10));
      },
    });
    await assert.rejects(readBody(body, { 'content-length': '999999999' }, limits), /Content-Length/);
    assert.equal(pulled, 0);
    assert.ok(body.destroyed);
  });

  it('reports corrupt and truncated compressed data', async () => {
    await assert.rejects(read(Buffer.from('not gzip at all'), { 'content-encoding': 'gzip' }), /incorrect header check/);
    await assert.rejects(read(gzipSync(text).subarray(0, 40), { 'content-encoding': 'gzip' }), /unexpected end of file/);
  });

  it('leaves unknown codings and empty bodies as they are', async () => {
    assert.deepEqual(await read(text, { 'content-encoding': 'compress' }), text);
    assert.deepEqual(await read(Buffer.alloc(0), { 'content-encoding': 'gzip' }), Buffer.alloc(0));
  });
});
