/** The JSON the model must return, as zod schemas; citations are checked against the numbered sources. */
import { z } from 'zod';

const MAX_TEXT = 800;
const CITE = z.string().regex(/^a\d+:p\d+s\d+$/, 'a citation id looks like "a1:p2s3"');

const sentence = z.object({
  text: z.string().trim().min(1).max(MAX_TEXT),
  cites: z.array(CITE).min(1, 'every sentence needs at least one citation'),
});

const event = sentence.extend({
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date is YYYY-MM-DD, YYYY-MM or YYYY'),
  precision: z.enum(['day', 'month', 'year']),
});

/** The model's answer to the compose request. */
export const answerSchema = z.object({
  headline: sentence,
  hook: sentence.nullable().optional(),
  editorsBrief: z.array(sentence).max(3).default([]),
  tldr: z
    .object({
      whatChanged: sentence.nullable().optional(),
      whyItMatters: sentence.nullable().optional(),
      whatToDoNext: sentence.nullable().optional(),
      whoShouldCare: sentence.nullable().optional(),
    })
    .default({}),
  keyTakeaways: z.array(sentence).max(8).default([]),
  implications: z.array(sentence).max(6).default([]),
  quote: z.object({ cite: CITE }).nullable().optional(),
  timeline: z.array(event).max(20).default([]),
  article: z
    .object({ paragraphs: z.array(z.array(sentence)).max(12) })
    .nullable()
    .optional(),
});

export type ModelAnswer = z.infer<typeof answerSchema>;
export type ModelSentence = z.infer<typeof sentence>;
export type ModelEvent = z.infer<typeof event>;

/** The model's answer to a rewrite request. */
export const rewriteSchema = z.object({
  rewrites: z.array(
    z.union([
      z.object({ section: z.string(), index: z.number().int().min(0), drop: z.literal(true) }),
      z.object({
        section: z.string(),
        index: z.number().int().min(0),
        text: z.string().trim().min(1).max(MAX_TEXT),
        cites: z.array(CITE).min(1),
        // A timeline event may correct its date too.
        date: event.shape.date.optional(),
        precision: event.shape.precision.optional(),
      }),
    ]),
  ),
});

export type RewriteAnswer = z.infer<typeof rewriteSchema>;
