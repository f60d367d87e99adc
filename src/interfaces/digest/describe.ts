/** Words shared by the recap's renderings: title, subject line, dates and the method note. */
import type { Digest } from '../../jobs/build-digest.js';

const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });

/** Formats an ISO instant as a UTC day ("20 Nov 2026"). */
export function formatDay(iso: string | null): string {
  return iso ? DAY.format(new Date(iso)) : 'undated';
}

/** Returns the recap's title, e.g. "Weekly recap: 15 Nov 2026 – 22 Nov 2026". */
export function digestTitle(digest: Digest): string {
  // A window ending at midnight ends on the day before (a calendar week ends on Sunday).
  const last = new Date(Date.parse(digest.end) - 1).toISOString();
  const span = digest.period === 'day' ? formatDay(last) : `${formatDay(digest.start)} – ${formatDay(last)}`;
  return `${digest.period === 'day' ? 'Daily' : 'Weekly'} recap: ${span}`;
}

/** Returns the mail subject line. */
export function digestSubject(digest: Digest): string {
  return `Groundwire ${digestTitle(digest).replace(/^./, (first) => first.toLowerCase())}`;
}

/** Returns the sentence under the title: how many stories from how many outlets. */
export function digestSummary(digest: Digest): string {
  const outlets = new Set(digest.references.map((reference) => reference.outlet)).size;
  if (digest.stories.length === 0) return `No story with a verified brief was active in the past ${digest.period}.`;
  return `${digest.stories.length} ${digest.stories.length === 1 ? 'story' : 'stories'} from ${outlets} ${outlets === 1 ? 'outlet' : 'outlets'}.`;
}

/** How the recap is made, said plainly at its top. */
export const METHOD_NOTE =
  "Stories are ranked by how many outlets covered them, how recent they are and what readers said. Every line is a sentence from the story's verified brief; the numbers point to the source articles listed at the end.";

/** The attribution every page and mail carries. */
export const ATTRIBUTION =
  "Summaries are machine-composed from the cited publishers' reporting. Follow the numbered links to read the originals.";
