/** Derives one key per purpose from the configured session secret, so a leaked cookie key unlocks nothing else. */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// Without a configured secret, one is drawn per process: cookies then last until the next restart.
const processSecret = randomBytes(32);

/** Returns a 32-byte key for `purpose` ("csrf", "session") from the secret, or from the process secret. */
export function deriveKey(secret: string | null | undefined, purpose: string): Buffer {
  return createHmac('sha256', secret ? secret : processSecret)
    .update(`groundwire:${purpose}`)
    .digest();
}

/** Returns `value.signature` (HMAC-SHA256, base64url). */
export function signValue(key: Uint8Array, value: string): string {
  return `${value}.${createHmac('sha256', key).update(value).digest('base64url')}`;
}

/** Returns the value of a string made by signValue, or null when the signature does not match. */
export function readSigned(key: Uint8Array, signed: string | undefined): string | null {
  if (!signed) return null;
  const dot = signed.lastIndexOf('.');
  if (dot <= 0) return null;
  const value = signed.slice(0, dot);
  return safeEqual(signValue(key, value), signed) ? value : null;
}

/** Compares two strings in time independent of where they differ. */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  // Compare against itself on a length mismatch so the time does not reveal the length either.
  return left.length === right.length ? timingSafeEqual(left, right) : (timingSafeEqual(left, left), false);
}
