/**
 * "Was this helpful?" and "Report a problem": POST forms, and the counts so far. They carry no per-reader
 * token (the cross-origin check guards them), so the story page is the same for every reader.
 */
import { type FeedbackCounts, REPORT_REASONS, type ReportReason } from '../../../ports/feedback-store.js';
import { type Markup, html } from '../html.js';
import { plural } from '../views/format.js';

/** Reader-facing names of the report reasons. */
export const REASON_NAMES: Record<ReportReason, string> = {
  'wrong-fact': 'Wrong fact',
  misleading: 'Misleading',
  outdated: 'Outdated',
  other: 'Other',
};

/** What the feedback box shows and posts back. */
export interface FeedbackView {
  storyId: string;
  version: number | null;
  counts: FeedbackCounts;
  /** Set after a submission redirected back here. */
  notice: 'thanks' | 'reported' | null;
}

function hidden(view: FeedbackView): Markup {
  return html`<input type="hidden" name="version" value="${view.version ?? ''}" />`;
}

function reportSummary(counts: FeedbackCounts): Markup {
  if (counts.reports === 0) return html`<p class="meta">No problems reported.</p>`;
  const reasons = REPORT_REASONS.filter((reason) => counts.byReason[reason] > 0).map(
    (reason) => `${counts.byReason[reason]} ${REASON_NAMES[reason].toLowerCase()}`,
  );
  return html`<p class="meta">${plural(counts.reports, 'problem')} reported (${reasons.join(', ')}).</p>`;
}

function reportForm(view: FeedbackView, action: string): Markup {
  return html`<details class="report">
    <summary>Report a problem</summary>
    <form method="post" action="${action}" class="report-form" id="report-form">
      ${hidden(view)}<input type="hidden" name="kind" value="report" />
      <fieldset>
        <legend>What is wrong?</legend>
        ${REPORT_REASONS.map((reason, i) => html`<label class="radio"><input type="radio" name="reason" value="${reason}" ${i === 0 ? html` required` : ''} /> ${REASON_NAMES[reason]}</label>`)}
      </fieldset>
      <label for="report-comment">What should we look at? <span class="optional">(optional)</span></label>
      <textarea id="report-comment" name="comment" rows="3" maxlength="1000"></textarea>
      <button type="submit">Send report</button>
    </form>
  </details>`;
}

/** Renders the feedback box of a story. */
export function feedbackSection(view: FeedbackView): Markup {
  const action = `/stories/${encodeURIComponent(view.storyId)}/feedback`;
  const { helpful, notHelpful } = view.counts;
  const notice =
    view.notice === 'thanks'
      ? html`<p class="notice" role="status">Thanks, your vote was counted.</p>`
      : view.notice === 'reported'
        ? html`<p class="notice" role="status">Thanks, your report was recorded for the editors.</p>`
        : '';
  return html`<section id="feedback" class="side-box feedback" aria-labelledby="feedback-heading">
    <h2 id="feedback-heading">Was this helpful?</h2>
    ${notice}
    <form method="post" action="${action}" class="vote-form" id="vote-form">
      ${hidden(view)}
      <button type="submit" name="kind" value="helpful">Yes <span class="vote-count" data-count="helpful">${helpful}</span></button>
      <button type="submit" name="kind" value="not-helpful" class="secondary">
        No <span class="vote-count" data-count="not-helpful">${notHelpful}</span>
      </button>
    </form>
    <p class="meta">${plural(helpful, 'reader')} found this helpful; ${notHelpful} did not.</p>
    ${reportForm(view, action)} ${reportSummary(view.counts)}
  </section>`;
}
