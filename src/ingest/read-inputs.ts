// Paths → files → decoded text → format (by content first, extension second)
// → articles. One result per file: its articles, or the one error that stopped it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Article, InputFormat } from '../core/types.js';
import { InputError } from '../core/errors.js';
import { decodeBytes, normaliseEncoding } from './decode.js';
import { looksLikeDigest, readDigest } from './digest.js';
import { readFeed, xmlRootName } from './feed.js';
import { readHtml } from './html.js';
import { readJsonl } from './jsonl.js';
import { readPlain } from './plain.js';

/** Options of reading: an encoding that overrides detection, and the bytes of stdin for `-`. */
export interface ReadOptions {
  readonly encoding?: string;
  readonly stdin?: Uint8Array;
}

/** What one input file gave: its articles (with format and encoding), or the error that stopped it. */
export type InputResult =
  | { readonly file: string; readonly articles: readonly Article[]; readonly format: InputFormat; readonly encoding: string }
  | { readonly file: string; readonly error: InputError };

/** One file to read, or a path that could not be listed. */
export type InputEntry = { readonly file: string; readonly error?: InputError };

/** Extensions picked up when walking a directory (files named explicitly are always read). */
const WALKED = new Set(['', '.txt', '.text', '.jsonl', '.ndjson', '.xml', '.rss', '.atom', '.html', '.htm', '.xhtml']);

/** Expands paths into files: directories recursively in sorted order, `-` for stdin; missing paths become error entries. */
export function expandInputs(paths: readonly string[]): InputEntry[] {
  const out: InputEntry[] = [];
  const seen = new Set<string>();
  const add = (e: InputEntry) => { if (!seen.has(e.file)) { seen.add(e.file); out.push(e); } };
  for (const p of paths) {
    if (p === '-') { add({ file: '-' }); continue; }
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      add({ file: p, error: new InputError(code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE', p, code === 'ENOENT' ? 'no such file or directory' : (e as Error).message) });
      continue;
    }
    if (isDir) walk(p, add); else add({ file: p });
  }
  return out;
}

function walk(dir: string, add: (e: InputEntry) => void): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    add({ file: dir, error: new InputError('INPUT_UNREADABLE', dir, (e as Error).message) });
    return;
  }
  for (const name of names) {
    // Hidden files, and the gold annotations that sit beside corpus texts (NAME.gold.jsonl), are not news.
    if (name.startsWith('.') || name.endsWith('.gold.jsonl')) continue;
    const p = join(dir, name);
    let isDir = false;
    try { isDir = statSync(p).isDirectory(); } catch { /* a dangling link: read it and report */ }
    if (isDir) walk(p, add);
    else if (WALKED.has(extname(name).toLowerCase())) add({ file: p });
  }
}

/** Reads, decodes and parses one file (or `-`); never throws for bad input, returns it as the error. */
export function readInput(file: string, options: ReadOptions = {}): InputResult {
  try {
    let bytes: Uint8Array;
    try {
      bytes = file === '-' ? (options.stdin ?? readFileSync(0)) : readFileSync(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new InputError(code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE', file, code === 'ENOENT' ? 'no such file' : (e as Error).message);
    }
    const { text, encoding } = decodeBytes(bytes, file, options.encoding);
    const format = detectFormat(text, file);
    return { file, articles: readText(text, file, format), format, encoding };
  } catch (e) {
    if (e instanceof InputError) return { file, error: e };
    // A reader's bug on one odd file must not stop the others: report it as that file's failure.
    return { file, error: new InputError('FORMAT_INVALID', file, `unexpected error while reading: ${(e as Error).message}`) };
  }
}

/** Reads every input in order, one result per file. */
export function* readInputs(paths: readonly string[], options: ReadOptions = {}): Generator<InputResult> {
  if (options.encoding) normaliseEncoding(options.encoding);
  for (const entry of expandInputs(paths)) {
    yield entry.error ? { file: entry.file, error: entry.error } : readInput(entry.file, options);
  }
}

/** Recognises a text's format by its content; the extension only breaks ties (`.jsonl`, `.html`). */
export function detectFormat(text: string, file: string): InputFormat {
  const ext = extname(file).toLowerCase();
  const head = text.trimStart();
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  const root = head.startsWith('<') ? xmlRootName(head)?.toLowerCase() : undefined;
  if (root === 'rss' || root === 'rdf:rdf') return 'rss';
  if (root === 'feed') return 'atom';
  if (root) return 'html';
  if (ext === '.html' || ext === '.htm') return 'html';
  const firstLine = head.split('\n', 1)[0].trim();
  if (firstLine.startsWith('{') && firstLine.endsWith('}')) return 'jsonl';
  return looksLikeDigest(text) ? 'digest' : 'plain';
}

/** Parses decoded text of a known format into articles. */
export function readText(text: string, file: string, format: InputFormat = detectFormat(text, file)): Article[] {
  switch (format) {
    case 'digest': return readDigest(text, file);
    case 'plain': return readPlain(text, file);
    case 'jsonl': return readJsonl(text, file);
    case 'rss': case 'atom': return readFeed(text, file, format);
    case 'html': return readHtml(text, file);
  }
}
