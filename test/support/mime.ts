/** Just enough MIME reading for tests: headers, multipart/alternative parts, quoted-printable, base64, encoded words. */

export interface MimePart {
  headers: Map<string, string>;
  body: string;
}

function decodeWords(value: string): string {
  return value.replace(/=\?([\w-]+)\?([QB])\?([^?]*)\?=\s*/gi, (_m, _charset: string, encoding: string, text: string) =>
    encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  );
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => `%${hex}`);
  // Percent-encode bare "%" first so decodeURIComponent reads only the escapes made above.
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
}

/** Splits a message (or part) into unfolded, decoded headers and its raw body. */
export function readHeaders(raw: string): MimePart {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  return { headers, body: raw.slice(split + 4) };
}

/** Returns the decoded parts of a multipart message (or the single body as one part). */
export function mimeParts(raw: string): { headers: Map<string, string>; parts: MimePart[] } {
  const message = readHeaders(raw);
  const boundary = /boundary="?([^";]+)"?/.exec(message.headers.get('content-type') ?? '')?.[1];
  const chunks = boundary
    ? message.body.split(`--${boundary}`).slice(1, -1)
    : [`${raw.slice(0, raw.indexOf('\r\n\r\n'))}\r\n\r\n${message.body}`];
  const parts = chunks.map((chunk) => {
    const part = readHeaders(chunk.replace(/^\r\n/, ''));
    const encoding = part.headers.get('content-transfer-encoding')?.toLowerCase();
    const body =
      encoding === 'base64'
        ? Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8')
        : encoding === 'quoted-printable'
          ? decodeQuotedPrintable(part.body)
          : part.body;
    return { headers: part.headers, body };
  });
  return { headers: message.headers, parts };
}
