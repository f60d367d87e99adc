/**
 * Reads a taxonomy from JSON (the `taxonomyFile` option): every kind it lists replaces the shipped one, kinds it
 * leaves out keep the default. Validation names the file and the exact field that is wrong.
 */
import { z } from 'zod';
import { fail, ok, type Result } from '../../shared/result.js';
import { DEFAULT_TAXONOMY } from './taxonomy/default-taxonomy.js';
import type { Taxonomy } from './types.js';

const cue = z.string().trim().min(1, 'cue must not be empty');
const cues = z.array(cue);

const entrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be a lowercase slug such as "energy-power"'),
    name: z.string().trim().min(1, 'name must not be empty'),
    en: cues.default([]),
    zh: cues.default([]),
    weak: cues.optional(),
    not: cues.optional(),
    denials: cues.optional(),
    entities: cues.optional(),
    broader: z.string().min(1).optional(),
    companions: z.array(z.string().min(1)).optional(),
    concernedBy: z.array(z.string().min(1)).optional(),
    actors: cues.optional(),
  })
  .strict();

// Two entries of one kind with the same id would make the label ambiguous in filters and URLs.
const kindSchema = z.array(entrySchema).superRefine((entries, context) => {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id "${entry.id}"` });
    seen.add(entry.id);
  });
});

const taxonomySchema = z
  .object({ boards: kindSchema.optional(), tags: kindSchema.optional(), regions: kindSchema.optional(), audiences: kindSchema.optional() })
  .strict();

/** Formats a zod path as `boards[2].en[0]`. */
function fieldOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)),
    '',
  );
}

/** Parses a taxonomy file's text; `source` (the file's path) is named in every error. */
export function parseTaxonomy(text: string, source: string): Result<Taxonomy> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail('classify', 'taxonomy-json', `${source}: not valid JSON: ${(error as Error).message}`, {
      userMessage: `The taxonomy file ${source} is not valid JSON.`,
    });
  }
  const parsed = taxonomySchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) =>
      issue.code === 'unrecognized_keys'
        ? `${fieldOf(issue.path) || '(top level)'}: unknown field(s) ${issue.keys.join(', ')}`
        : `${fieldOf(issue.path) || '(top level)'}: ${issue.message}`,
    );
    return fail('classify', 'taxonomy-invalid', `${source}: ${problems.join('; ')}`, {
      userMessage: `The taxonomy file ${source} has a bad field: ${problems[0]}.`,
    });
  }
  const value = parsed.data;
  return ok({
    boards: value.boards ?? DEFAULT_TAXONOMY.boards,
    tags: value.tags ?? DEFAULT_TAXONOMY.tags,
    regions: value.regions ?? DEFAULT_TAXONOMY.regions,
    audiences: value.audiences ?? DEFAULT_TAXONOMY.audiences,
  });
}
