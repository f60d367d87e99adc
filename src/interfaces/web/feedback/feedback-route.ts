/**
 * POST /stories/:id/feedback: stores a vote or a problem report, guarded by the cross-origin check every
 * state-changing request passes (security/cross-origin.ts) and a per-client hourly cap kept in the store
 * (keyed by a salted hash of the address, never the address).
 */
import { createHmac } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { type FeedbackKind, REPORT_REASONS, type ReportReason } from '../../../ports/feedback-store.js';
import { toIso } from '../../../shared/time.js';
import { html } from '../html.js';
import { layout } from '../layout.js';
import { clientAddress } from '../security/rate-limit.js';
import { deriveKey } from '../security/secrets.js';
import type { WebContext } from '../web-context.js';

const KINDS: readonly FeedbackKind[] = ['helpful', 'not-helpful', 'report'];
const DEFAULT_PER_HOUR = 10;
const MAX_COMMENT = 1000;

/** Returns the form's comment trimmed, without control characters, capped in length; null when empty. */
export function cleanComment(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // Control characters other than line breaks and tabs have no place in a comment (and confuse terminals that show it).
  const text = value
    .replace(/[^\P{Cc}\n\r\t]/gu, '')
    .trim()
    .slice(0, MAX_COMMENT);
  return text || null;
}

function problemPage(c: Context, status: 400 | 429, title: string, sentence: string, back: string): Response {
  return c.html(
    layout(
      { title },
      html`<div class="page-head">
        <h1>${title}</h1>
        <p class="lede">${sentence}</p>
        <p><a href="${back}">Back to the story</a></p>
      </div>`,
    ),
    status,
  );
}

/** What a feedback form says, validated; the store adds the story, time and client. */
export interface FeedbackForm {
  kind: FeedbackKind;
  reason: ReportReason | null;
  comment: string | null;
  briefVersion: number | null;
}

/** Reads a submitted feedback form; null when its kind is not one the page offers. */
export function parseFeedbackForm(body: Record<string, unknown>): FeedbackForm | null {
  const kind = KINDS.find((candidate) => candidate === body.kind);
  if (!kind) return null;
  const version = Number.parseInt(String(body.version ?? ''), 10);
  return {
    kind,
    // A report without a reason still counts: "other" keeps it rather than losing the reader's comment.
    reason: kind === 'report' ? (REPORT_REASONS.find((candidate) => candidate === body.reason) ?? 'other') : null,
    comment: kind === 'report' ? cleanComment(body.comment) : null,
    briefVersion: Number.isInteger(version) && version > 0 ? version : null,
  };
}

/** Mounts the feedback POST route on the app. */
export function mountFeedbackRoute(app: Hono, context: WebContext): void {
  const key = deriveKey(context.site?.sessionSecret, 'feedback-client');
  const clientKey = (c: Context) => createHmac('sha256', key).update(clientAddress(c)).digest('base64url').slice(0, 32);
  const perHour = context.site?.feedbackRateLimitPerHour ?? DEFAULT_PER_HOUR;
  app.post('/stories/:id/feedback', async (c) => {
    const story = await context.store.stories.get(c.req.param('id'));
    if (!story) return c.notFound();
    const back = `/stories/${encodeURIComponent(story.id)}`;
    const form = parseFeedbackForm(await c.req.parseBody());
    if (!form) return problemPage(c, 400, 'Feedback not understood', 'Choose Yes, No or Report a problem.', back);
    const now = context.clock.now();
    const entry = { ...form, storyId: story.id, createdAt: toIso(now), clientKey: clientKey(c) };
    if (!(await context.store.feedback.record(entry, { max: perHour, since: toIso(new Date(now.getTime() - 3_600_000)) }))) {
      c.header('retry-after', '3600');
      const sentence = `We take up to ${perHour} votes and reports per reader per hour. Please try again later.`;
      return problemPage(c, 429, 'Thanks, that is plenty for now', sentence, back);
    }
    context.logger.info('feedback-recorded', { story_id: story.id, kind: form.kind, reason: form.reason });
    return c.redirect(`${back}?feedback=${form.kind === 'report' ? 'reported' : 'thanks'}#feedback`, 303);
  });
}
