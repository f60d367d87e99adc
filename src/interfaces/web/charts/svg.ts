/**
 * SVG building blocks for server-rendered charts: an accessible frame (role img, title, desc) and
 * linear scales. Charts draw with CSS classes, so light and dark themes style them from app.css.
 */
import { type Markup, html } from '../html.js';

/** A chart's accessible frame and its marks. */
export interface ChartFrame {
  id: string;
  title: string;
  /** The text alternative: what the chart shows, in a sentence or two. */
  description: string;
  width: number;
  height: number;
  body: Markup;
}

/** Wraps chart marks in an <svg> that names itself to assistive technology. */
export function svgFrame(frame: ChartFrame): Markup {
  return html`<svg
    class="chart"
    viewBox="0 0 ${frame.width} ${frame.height}"
    role="img"
    aria-labelledby="${frame.id}-title ${frame.id}-desc"
    preserveAspectRatio="xMidYMid meet"
  >
    <title id="${frame.id}-title">${frame.title}</title>
    <desc id="${frame.id}-desc">${frame.description}</desc>
    ${frame.body}
  </svg>`;
}

/** Returns a function mapping [d0, d1] linearly onto [r0, r1] (a flat domain maps to the middle). */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/** Returns a "nice" axis maximum and step for counts (1, 2, 5 × 10^k). */
export function niceMax(max: number, ticks = 4): { max: number; step: number } {
  if (max <= 0) return { max: 1, step: 1 };
  const raw = max / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= raw) ?? raw;
  const stepped = Math.max(1, step);
  return { max: Math.ceil(max / stepped) * stepped, step: stepped };
}

/** Rounds to one decimal: SVG output stays short and stable for tests. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Draws horizontal grid lines with count labels on the left. */
export function countGrid(max: number, step: number, y: (value: number) => number, left: number, right: number): Markup {
  const values: number[] = [];
  for (let value = 0; value <= max; value += step) values.push(value);
  return html`<g class="grid"
    >${values.map(
      (value) =>
        html`<line x1="${left}" x2="${right}" y1="${round(y(value))}" y2="${round(y(value))}"></line
          ><text class="tick" x="${left - 6}" y="${round(y(value)) + 4}" text-anchor="end">${value}</text>`,
    )}</g
  >`;
}
