/** Turns network exceptions into fetch failures with a plain sentence for people. */
import { type Result, fail } from '../../shared/result.js';
import { BodyTooLargeError } from './read-body.js';
import { RefusedAddressError } from './guarded-lookup.js';

/** Maps an error thrown while fetching `url` to a recorded failure. */
export function describeNetworkError(url: string, error: unknown): Result<never> {
  const err = error as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException };
  const code = err.code ?? err.cause?.code ?? err.name;
  const detail = `${url}: ${err.message}`;
  if (error instanceof BodyTooLargeError) {
    return fail('fetch', 'too-large', `${err.message} (${url})`, { userMessage: 'The response is larger than the configured limit (fetchMaxMegabytes).', cause: error });
  }
  if (error instanceof RefusedAddressError || err.cause instanceof RefusedAddressError) {
    const reason = (err.cause ?? err).message;
    return fail('fetch', 'refused-address', `refused ${reason}`, {
      userMessage: `Groundwire does not fetch internal addresses (${reason}). If this server is yours, add it to fetchAllow (GROUNDWIRE_FETCH_ALLOW).`,
      cause: error,
    });
  }
  if (err.name === 'TimeoutError' || err.name === 'AbortError' || /Timeout/.test(String(code))) {
    return fail('fetch', 'timeout', `timed out: ${detail}`, { userMessage: 'The server took too long to answer; Groundwire will try again later.', cause: error });
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return fail('fetch', 'dns', `name not found: ${detail}`, { userMessage: 'The server name could not be found; check the address.', cause: error });
  }
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') {
    return fail('fetch', 'connection', `connection failed: ${detail}`, { userMessage: 'The server refused or dropped the connection; Groundwire will try again later.', cause: error });
  }
  if (code === 'UND_ERR_HEADERS_OVERFLOW') {
    return fail('fetch', 'headers-too-large', `headers too large: ${detail}`, { userMessage: 'The server sent oversized headers.', cause: error });
  }
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || /incorrect header check|unexpected end of file/i.test(err.message)) {
    return fail('fetch', 'bad-encoding', `could not decompress: ${detail}`, { userMessage: 'The server sent a corrupt compressed response.', cause: error });
  }
  return fail('fetch', 'network', `request failed: ${detail} (${String(code)})`, { userMessage: `The request failed (${err.message}).`, cause: error });
}
