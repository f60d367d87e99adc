/** Reading and checking query parameters; a bad one is a 400 with a sentence saying what is accepted. */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';

/** Throws a 400 answered as JSON by the API's error handler. */
export function badRequest(message: string): never {
  throw new HTTPException(400, { message });
}

/** Throws a 404 answered as JSON by the API's error handler. */
export function notFound(message: string): never {
  throw new HTTPException(404, { message });
}

/** Reads an integer parameter within [min, max], or its default when absent. */
export function integerParam(c: Context, name: string, fallback: number, min: number, max: number): number {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) badRequest(`${name} must be a whole number from ${min} to ${max}.`);
  return value;
}

/** Reads a short text parameter, trimmed; undefined when absent or empty. */
export function textParam(c: Context, name: string, maxLength = 100): string | undefined {
  const value = c.req.query(name)?.trim();
  if (!value) return undefined;
  if (value.length > maxLength) badRequest(`${name} must be at most ${maxLength} characters.`);
  return value;
}
