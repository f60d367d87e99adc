/** The timeline drawn as a timeline: numbered marks on a time axis (a dot for a day, a band for a month or year), with today marked. */
import type { PartialDate, TimelineEvent } from '../../../domain/brief.js';
import { type Markup, html } from '../html.js';
import { formatPartialDate, plural } from '../views/format.js';
import { linearScale, round, svgFrame } from './svg.js';

const W = 420;
const M = { left: 16, right: 16 };
const LANE = 17;
const AXIS_GAP = 26;

interface Span {
  n: number;
  start: number;
  end: number;
  precision: TimelineEvent['precision'];
}

/** Returns the time span an event covers at its precision, or null when its date does not parse. */
export function eventSpan(event: PartialDate): { start: number; end: number } | null {
  const [year, month, day] = event.date.split('-').map(Number);
  if (!year) return null;
  if (event.precision === 'year') return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  if (event.precision === 'month' && month) return { start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1) };
  if (month && day) return { start: Date.UTC(year, month - 1, day), end: Date.UTC(year, month - 1, day + 1) };
  return null;
}

// Numbers closer than this share no lane; events crowd into a few days often enough to need five lanes.
const LABEL_SPACING = 22;
const MAX_LANES = 5;

/**
 * Places each label, left to right, in the lowest lane where it clears the last label placed there; with every lane
 * taken, in the one whose last label is farthest away.
 */
function lanes(xs: readonly number[]): number[] {
  const placed = new Array<number>(xs.length).fill(0);
  const lastX: number[] = [];
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
  for (const { x, i } of order) {
    let lane = lastX.findIndex((previous) => x - previous >= LABEL_SPACING);
    if (lane < 0 && lastX.length < MAX_LANES) lane = lastX.length;
    if (lane < 0) lane = lastX.indexOf(Math.min(...lastX));
    lastX[lane] = x;
    placed[i] = lane;
  }
  return placed;
}

// Tick steps in months, smallest first; the axis takes the first whose labels do not run into each other.
const STEPS = [1, 2, 3, 4, 6, 12, 24];

// Month ticks start at the first month shown; year ticks fall on 1 January, where their label belongs.
function ticks(d0: number, d1: number, every: number): { at: number; label: string }[] {
  const first = new Date(d0);
  const yearly = every >= 12;
  const startMonth = yearly ? 0 : first.getUTCMonth();
  const result: { at: number; label: string }[] = [];
  for (let m = 0; ; m += every) {
    const at = Date.UTC(first.getUTCFullYear(), startMonth + m, 1);
    if (at > d1) break;
    if (at >= d0) result.push({ at, label: formatPartialDate(new Date(at).toISOString().slice(0, 7), yearly ? 'year' : 'month') });
  }
  return result;
}

/** Anchors a label so it stays inside the drawing near either edge. */
function anchorAt(x: number): 'start' | 'middle' | 'end' {
  if (x < M.left + 30) return 'start';
  return x > W - M.right - 30 ? 'end' : 'middle';
}

// About the width of one character of the 12px axis labels, and the room kept between two labels.
const CHAR_WIDTH = 6.8;
const LABEL_GAP = 6;

function labelsClear(list: readonly { at: number; label: string }[], x: (t: number) => number): boolean {
  let previousEnd = -Infinity;
  for (const tick of list) {
    const at = x(tick.at);
    const width = tick.label.length * CHAR_WIDTH;
    const anchor = anchorAt(at);
    const start = anchor === 'start' ? at : anchor === 'end' ? at - width : at - width / 2;
    if (start < previousEnd + LABEL_GAP) return false;
    previousEnd = start + width;
  }
  return true;
}

/** Axis ticks at the finest step whose labels fit side by side (an edge label is anchored inward, so it takes room). */
function axisTicks(d0: number, d1: number, x: (t: number) => number): { at: number; label: string }[] {
  const months = (d1 - d0) / (30.44 * 86_400_000);
  const candidates = STEPS.filter((step) => step >= Math.ceil(months / 5) || step === STEPS[STEPS.length - 1]);
  for (const step of candidates) {
    const list = ticks(d0, d1, step);
    if (labelsClear(list, x)) return list;
  }
  return ticks(d0, d1, STEPS[STEPS.length - 1]!);
}

// A year's band would hide the days and months inside it: the widest marks are drawn first, the narrowest on top.
function widestFirst(spans: readonly Span[]): number[] {
  return spans.map((_, i) => i).sort((a, b) => spans[b]!.end - spans[b]!.start - (spans[a]!.end - spans[a]!.start));
}

function markOf(span: Span, center: number, x: (t: number) => number, axisY: number): Markup {
  if (span.precision === 'day') return html`<circle cx="${round(center)}" cy="${axisY}" r="5"></circle>`;
  const width = round(Math.max(6, x(span.end) - x(span.start)));
  return html`<rect class="${span.precision}" x="${round(x(span.start))}" y="${axisY - 4}" width="${width}" height="8" rx="4"></rect>`;
}

interface Layout {
  d0: number;
  d1: number;
  x: (t: number) => number;
  centers: number[];
  placed: number[];
}

function layoutOf(spans: readonly Span[]): Layout {
  const d0 = Math.min(...spans.map((s) => s.start));
  const d1 = Math.max(...spans.map((s) => s.end));
  const x = linearScale(d0, d1, M.left, W - M.right);
  const centers = spans.map((s) => x((s.start + s.end) / 2));
  return { d0, d1, x, centers, placed: lanes(centers) };
}

function marks(spans: readonly Span[], { d0, d1, x, centers, placed }: Layout, now: number, height: number, axisY: number): Markup {
  return html`<line class="axis-line" x1="${M.left}" x2="${W - M.right}" y1="${axisY}" y2="${axisY}"></line>
    ${now >= d0 && now <= d1 ? html`<g class="today"><line x1="${round(x(now))}" x2="${round(x(now))}" y1="8" y2="${axisY + 6}"></line><text x="${round(x(now))}" y="${height - 4}" text-anchor="middle">Today</text></g>` : ''}
    <g class="axis"
      >${axisTicks(d0, d1, x).map(
        (t) =>
          html`<line x1="${round(x(t.at))}" x2="${round(x(t.at))}" y1="${axisY}" y2="${axisY + 5}"></line
            ><text x="${round(x(t.at))}" y="${axisY + 18}" text-anchor="${anchorAt(x(t.at))}">${t.label}</text>`,
      )}</g
    >
    <g class="events"
      >${widestFirst(spans).map((i) => markOf(spans[i]!, centers[i]!, x, axisY))}${spans.map(
        (_, i) =>
          html`<line
            class="stem"
            x1="${round(centers[i]!)}"
            x2="${round(centers[i]!)}"
            y1="${axisY - 6}"
            y2="${axisY - 10 - placed[i]! * LANE}"
          ></line>`,
      )}${
        // Every number after every stem: a stem of a later event never runs over an earlier number.
        spans.map(
          (s, i) =>
            html`<text class="event-number" x="${round(centers[i]!)}" y="${axisY - 14 - placed[i]! * LANE}" text-anchor="middle"
              >${s.n}</text
            >`,
        )
      }</g
    >`;
}

/** Renders the timeline drawing for events numbered 1..n as in the list beside it; nothing when no date parses. */
export function timelineChart(events: readonly TimelineEvent[], now: Date, id = 'timeline-chart'): Markup {
  // A row with several dates is marked at each, under its one number.
  const spans = events.flatMap((event, i) =>
    [event, ...(event.otherDates ?? [])].flatMap((date) => {
      const span = eventSpan(date);
      return span ? [{ n: i + 1, ...span, precision: date.precision }] : [];
    }),
  );
  if (spans.length === 0) return html``;
  const layout = layoutOf(spans);
  const axisY = 24 + (Math.max(...layout.placed) + 1) * LANE;
  const height = axisY + AXIS_GAP + 14;
  // A row's further dates count too: "13 Nov to 1 Dec" when its one event runs until then.
  const dates = events.flatMap((event) => [event, ...(event.otherDates ?? [])]).filter((date) => eventSpan(date) !== null);
  const first = [...dates].sort((a, b) => eventSpan(a)!.start - eventSpan(b)!.start)[0]!;
  // The latest is the one that ends last: a whole-year "2027" runs past a "Jun 2027".
  const last = [...dates].sort((a, b) => eventSpan(b)!.end - eventSpan(a)!.end)[0]!;
  const description = `${plural(events.length, 'dated event')} from ${formatPartialDate(first.date, first.precision)} to ${formatPartialDate(last.date, last.precision)}, numbered as in the list that follows.`;
  return svgFrame({ id, title: 'Timeline', description, width: W, height, body: marks(spans, layout, now.getTime(), height, axisY) });
}
