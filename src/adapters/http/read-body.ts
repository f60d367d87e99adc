/** Reads a response body with caps on raw and decompressed size (gzip, deflate in both framings, br). */
import type { Readable, Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';

/** Thrown when a body passes a size cap. */
export class BodyTooLargeError extends Error {}

/** Size caps for one body. */
export interface BodyLimits {
  /** Largest body accepted as sent on the wire. */
  maxRawBytes: number;
  /** Largest body accepted after decompression (the gzip-bomb cap). */
  maxDecodedBytes: number;
}

const mebibytes = (bytes: number) => `${Math.round((bytes / 1048576) * 10) / 10} MiB`;

function decoderFor(encoding: string, firstByte: number | undefined): Transform | null {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      // RFC 9110 "deflate" is zlib-wrapped, but many servers send raw deflate; a zlib stream starts
      // with a CMF byte whose low nibble is 8 (0x78 in practice), so sniff it.
      return firstByte !== undefined && (firstByte & 0x0f) === 8 ? createInflate() : createInflateRaw();
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
    // Leaving the loop early destroys the stream (and with it the socket or the decoder).
    if (size > maxBytes) throw new BodyTooLargeError(`${what} exceeds ${mebibytes(maxBytes)}`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Lists the codings to undo, outermost first ("gzip, br" was applied gzip first, so br comes off first). */
function codings(contentEncoding: string | undefined): string[] {
  return (contentEncoding ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding && coding !== 'identity')
    .reverse();
}

/** Returns the decoded body, throwing BodyTooLargeError past a cap (declared length, raw bytes or decoded bytes). */
export async function readBody(body: Readable, headers: Record<string, string>, limits: BodyLimits): Promise<Buffer> {
  try {
    const declared = Number(headers['content-length']);
    if (Number.isFinite(declared) && declared > limits.maxRawBytes) {
      throw new BodyTooLargeError(`body of ${mebibytes(declared)} (Content-Length) exceeds ${mebibytes(limits.maxRawBytes)}`);
    }
    let data = await collect(body, limits.maxRawBytes, 'body');
    for (const coding of codings(headers['content-encoding'])) {
      const decoder = decoderFor(coding, data[0]);
      // An unknown coding is left as is: the parser then reports a body it cannot read.
      if (!decoder || data.length === 0) continue;
      decoder.end(data);
      data = await collect(decoder, limits.maxDecodedBytes, 'decompressed body');
    }
    return data;
  } finally {
    if (!body.readableEnded) body.destroy();
  }
}
