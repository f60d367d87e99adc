/** `groundwire cluster <docs.jsonl>`: dedupe and cluster documents online, in date order, and print each one's story. */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { createClusterer, prepareClusterDocument, type ClusterInput } from '../../../pipeline/cluster/index.js';
import { createDuplicateIndex } from '../../../pipeline/dedupe/index.js';
import { type CliContext, EXIT } from '../context.js';
import { numberIn } from '../number-option.js';

interface InputLine extends ClusterInput {
  url?: string | null;
  line: number;
}

interface OutputLine {
  id: string;
  story: string;
  duplicateOf?: string;
  created?: boolean;
  similarity?: number;
}

function optionalString(record: Record<string, unknown>, key: string): string | null {
  const value = record[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new Error(`"${key}" must be a string`);
  return value;
}

/** Reads one line; throws with a plain reason when it is not a usable document. */
function parseLine(text: string, line: number): InputLine {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    throw new Error('not valid JSON');
  }
  if (!record || typeof record !== 'object' || Array.isArray(record)) throw new Error('not a JSON object');
  const fields = record as Record<string, unknown>;
  const id = fields.id;
  if (typeof id !== 'string' && typeof id !== 'number') throw new Error('missing "id"');
  const title = optionalString(fields, 'title') ?? '';
  const body = optionalString(fields, 'text') ?? '';
  if (!title && !body) throw new Error('needs a "title" or a "text"');
  const published = optionalString(fields, 'published');
  if (published && Number.isNaN(Date.parse(published))) throw new Error(`"published" is not a date: ${published}`);
  const language = optionalString(fields, 'language');
  return {
    id: String(id),
    title,
    text: body,
    published,
    language,
    source: optionalString(fields, 'source'),
    url: optionalString(fields, 'url'),
    line,
  };
}

/** Orders by date where given; an undated document stays right after the dated one before it in the file. */
function inDateOrder(documents: InputLine[]): InputLine[] {
  let previous = Number.NEGATIVE_INFINITY;
  const keyed = documents.map((document) => {
    const time = document.published ? Date.parse(document.published) : Number.NaN;
    if (!Number.isNaN(time)) previous = time;
    return { document, time: Number.isNaN(time) ? previous : time };
  });
  return keyed.sort((a, b) => a.time - b.time || a.document.line - b.document.line).map((entry) => entry.document);
}

interface ClusterCommandOptions {
  threshold?: number;
  windowDays?: number;
}

/**
 * Reads the file's lines, skipping (and reporting) each one that is not a usable document or repeats an earlier id:
 * two documents under one id would print two stories for it.
 */
function readDocuments(content: string, report: (line: number, reason: string) => void): InputLine[] {
  const documents: InputLine[] = [];
  const firstLine = new Map<string, number>();
  content.split(/\r?\n/).forEach((text, index) => {
    if (!text.trim()) return;
    const line = index + 1;
    try {
      const document = parseLine(text, line);
      const earlier = firstLine.get(document.id);
      if (earlier !== undefined) throw new Error(`id "${document.id}" was already given on line ${earlier}`);
      firstLine.set(document.id, line);
      documents.push(document);
    } catch (error) {
      report(line, (error as Error).message);
    }
  });
  return documents;
}

/** Runs dedupe then clustering over documents in order; a final repair settles ids before anything is printed. */
function clusterDocuments(documents: InputLine[], options: ClusterCommandOptions): OutputLine[] {
  const clusterer = createClusterer({
    ...(options.threshold !== undefined ? { joinThreshold: options.threshold } : {}),
    ...(options.windowDays !== undefined ? { windowDays: options.windowDays } : {}),
  });
  const duplicates = createDuplicateIndex(options.windowDays !== undefined ? { windowDays: options.windowDays } : {});
  const storyOf = new Map<string, string>();
  const output: OutputLine[] = [];
  for (const document of inDateOrder(documents)) {
    const copyOf = duplicates.add({
      id: document.id,
      url: document.url ?? null,
      title: document.title,
      text: document.text,
      source: document.source ?? null,
      published: document.published ?? null,
    });
    const originalStory = copyOf ? storyOf.get(copyOf.articleId) : undefined;
    if (copyOf && originalStory) {
      output.push({ id: document.id, story: originalStory, duplicateOf: copyOf.articleId });
      continue;
    }
    const placed = clusterer.add(prepareClusterDocument(document));
    storyOf.set(document.id, placed.storyId);
    output.push({
      id: document.id,
      story: placed.storyId,
      created: placed.created,
      similarity: Math.round(placed.similarity * 1000) / 1000,
    });
  }
  clusterer.repair();
  return output.map((line) => ({ ...line, story: clusterer.resolve(line.story) }));
}

/** Registers the command. */
export function registerCluster(program: Command, context: CliContext): void {
  program
    .command('cluster <docs>')
    .description(
      'Cluster documents (JSON lines: id, title, text, published?, language?, source?, url?) into stories; prints {id, story} lines',
    )
    .option('--threshold <similarity>', 'similarity from which a document joins a story (default 0.32)', numberIn({ min: 0, max: 1 }))
    .option('--window-days <days>', 'days a story stays open after its last document (default 14)', numberIn({ min: 0, positive: true }))
    .action(async (file: string, options: ClusterCommandOptions) => {
      let content: string;
      try {
        content = await readFile(file, 'utf8');
      } catch (error) {
        context.stderr(`Cannot read ${file}: ${(error as Error).message}\n`);
        process.exitCode = EXIT.usage;
        return;
      }
      let bad = 0;
      const documents = readDocuments(content, (line, reason) => {
        bad++;
        context.stderr(`cluster: ${file}: line ${line} skipped: ${reason}\n`);
      });
      for (const line of clusterDocuments(documents, options)) context.stdout(`${JSON.stringify(line)}\n`);
      if (bad > 0) process.exitCode = EXIT.partial;
    });
}
