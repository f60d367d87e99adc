/** Loads the extraction-trafilatura development set (read in place) and scores extractions by its snippet method. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodeBody } from '../../src/shared/charset.js';

/** The project root (two levels above this file). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Returns the absolute path of a shared dataset, resolved from the project root. */
export function datasetPath(name: string): string {
  return resolve(PROJECT_ROOT, '../shared/datasets', name);
}

/** One annotated page, decoded to text. */
export interface AnnotatedPage {
  id: string;
  url: string | null;
  with: string[];
  without: string[];
  lang: string | null;
  html: string;
  bytes: number;
}

interface Annotation {
  id: string;
  url: string;
  file: string;
  with: string[];
  without: string[];
  lang?: string | null;
}

/** Reads and decodes every page once; returns null when the dataset is absent. */
export function loadTrafilaturaPages(): AnnotatedPage[] | null {
  const dir = datasetPath('extraction-trafilatura');
  if (!existsSync(join(dir, 'annotations.json'))) return null;
  const annotations = JSON.parse(readFileSync(join(dir, 'annotations.json'), 'utf8')) as Annotation[];
  return annotations.map((annotation) => {
    const bytes = gunzipSync(readFileSync(join(dir, annotation.file)));
    const url = annotation.url.startsWith('hard::') ? null : annotation.url;
    const html = decodeBody(bytes, { kind: 'html' }).text;
    return {
      id: annotation.id,
      url,
      with: annotation.with,
      without: annotation.without,
      lang: annotation.lang ?? null,
      html,
      bytes: bytes.length,
    };
  });
}

/** Collapses whitespace the way the upstream scorer does. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Snippet counts for one page. */
export interface SnippetScore {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  missed: string[];
  leaked: string[];
}

/** Scores one extraction: `with` snippets must appear, `without` snippets must not. */
export function scorePage(page: AnnotatedPage, extracted: string | null): SnippetScore {
  const out = normalizeSpace(extracted ?? '');
  const missed = page.with.filter((snippet) => !out.includes(normalizeSpace(snippet)));
  const leaked = page.without.filter((snippet) => out.includes(normalizeSpace(snippet)));
  return {
    tp: page.with.length - missed.length,
    fn: missed.length,
    fp: leaked.length,
    tn: page.without.length - leaked.length,
    missed,
    leaked,
  };
}

/** Pooled precision, recall, accuracy and F1 over many pages. */
export interface PooledScore {
  precision: number;
  recall: number;
  accuracy: number;
  f1: number;
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

/** Pools snippet counts (not a mean of per-page scores). */
export function pool(scores: SnippetScore[]): PooledScore {
  const sum = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const score of scores) {
    sum.tp += score.tp;
    sum.fn += score.fn;
    sum.fp += score.fp;
    sum.tn += score.tn;
  }
  const { tp, fn, fp, tn } = sum;
  const round = (value: number): number => Math.round(value * 10000) / 10000;
  return {
    precision: round(tp / Math.max(1, tp + fp)),
    recall: round(tp / Math.max(1, tp + fn)),
    accuracy: round((tp + tn) / Math.max(1, tp + fn + fp + tn)),
    f1: round((2 * tp) / Math.max(1, 2 * tp + fp + fn)),
    ...sum,
  };
}
