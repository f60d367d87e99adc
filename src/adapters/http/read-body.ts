/** Reads a response body with caps on raw and decompressed size. */
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';
import type { Readable, Transform } from 'node:stream';

export class BodyTooLargeError extends Error {}

function decoderFor(encoding: string, firstByte: number | undefined): Transform | null {
  switch (encoding.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      // Servers disagree on "deflate": zlib-wrapped (0x78 header) or raw; sniff the first byte.
      return firstByte === 0x78 ? createInflate() : createInflateRaw();
    case 'br':
      return createBrotliDecompress();
    default:
      return null;
  }
}

async function collect(stream: AsyncIterable<Buffer>, maxBytes: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > maxBytes) throw new BodyTooLargeError(`${what} exceeds ${Math.round(maxBytes / 1048576)} MiB`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Returns the decoded body, throwing BodyTooLargeError past maxBytes (before or after decompression). */
export async function readBody(body: Readable, contentEncoding: string | undefined, maxBytes: number): Promise<Buffer> {
  const raw = await collect(body, maxBytes, 'body');
  const encodings = (contentEncoding ?? '').split(',').map((e) => e.trim()).filter((e) => e && e !== 'identity');
  let data = raw;
  for (const encoding of encodings.reverse()) {
    const decoder = decoderFor(encoding, data[0]);
    if (!decoder) continue;
    decoder.end(data);
    data = await collect(decoder, maxBytes, 'decompressed body');
  }
  return data;
}
