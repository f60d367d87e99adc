/** Reads the model's text as JSON, validates it against a schema and checks every citation resolves. */
import type { z } from 'zod';
import { type Result, fail, ok } from '../../shared/result.js';

/** Pulls the JSON object out of a reply: models wrap it in code fences or a sentence of prose. */
export function extractJson(content: string): unknown {
  const unfenced = content.replace(/^[\s\S]*?```(?:json)?\s*([\s\S]*?)```[\s\S]*$/i, '$1');
  const start = unfenced.indexOf('{');
  const end = unfenced.lastIndexOf('}');
  if (start < 0 || end <= start) throw new SyntaxError('no JSON object in the answer');
  return JSON.parse(unfenced.slice(start, end + 1));
}

function citesIn(value: unknown, path: string, out: { path: string; id: string }[]): void {
  if (Array.isArray(value)) value.forEach((entry, index) => citesIn(entry, `${path}[${index}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      if (key === 'cites' && Array.isArray(entry)) entry.forEach((id) => out.push({ path: `${path}.cites`, id: String(id) }));
      else if (key === 'cite') out.push({ path: `${path}.cite`, id: String(entry) });
      else citesIn(entry, path ? `${path}.${key}` : key, out);
    }
  }
}

export interface ParsedAnswer<T> {
  value: T;
  /** Citations to ids the sources do not have (or withheld): fixed by the repair, else stripped. */
  unknownCites: string[];
  /** Every problem, phrased for the repair request (empty when the answer is clean). */
  errors: string[];
}

/** Parses and validates an answer; fails only when the JSON or its shape is unusable. */
export function parseAnswer<T>(content: string, schema: z.ZodType<T>, known: ReadonlySet<string>): Result<ParsedAnswer<T>> {
  let json: unknown;
  try {
    json = extractJson(content);
  } catch (error) {
    const detail = `the answer is not a JSON object (${(error as Error).message})`;
    return fail('brief', 'invalid-json', `answer is not JSON: ${(error as Error).message}`, { cause: [detail] });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    return fail('brief', 'invalid-answer', `answer failed validation: ${errors.join('; ')}`, { cause: errors });
  }
  const cites: { path: string; id: string }[] = [];
  citesIn(json, '', cites);
  const unknown = cites.filter((cite) => !known.has(cite.id));
  const errors = unknown.map((cite) => `${cite.path}: "${cite.id}" is not a citable source sentence id`);
  return ok({ value: parsed.data, unknownCites: [...new Set(unknown.map((cite) => cite.id))], errors });
}
