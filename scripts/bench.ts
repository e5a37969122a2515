// Extraction and ingest benchmark (npm run bench).
//
//   npm run bench                 the dev corpus (../shared/corpus/dev, every .txt) and samples/digest.txt
//   npm run bench -- FILE|DIR...  other inputs instead
//
// Everything runs in one process, so timings are reported against a baseline
// measured here too: the cost of just reading an article's text the way the
// extractor must before any rule runs (its Simplified-aligned view with
// `toHansAligned`, and its sentences with `splitSentences`). Each measure is
// warmed up, then all are sampled in turn, round after round, so that load
// from other processes falls on them alike; each reports its median time per
// call and the median of its per-round ratio to the baseline.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Article } from '../src/core/types.js';
import { extractFacts } from '../src/extract/index.js';
import { expandInputs, readInput } from '../src/ingest/index.js';
import { ingestFiles } from '../src/pipeline/index.js';
import { openStore } from '../src/store/db.js';
import { splitSentences, toHansAligned } from '../src/text/index.js';

const root = path.resolve(import.meta.dirname, '..');
const devDir = path.resolve(root, '../shared/corpus/dev');
const digestFile = path.join(devDir, '000_59cf0dfdb9708b95.txt');
const args = process.argv.slice(2).filter((a) => a !== '--');
const inputs = args.length ? args : [...(existsSync(devDir) ? [devDir] : []), path.join(root, 'samples/digest.txt')];
/** Wall time all measures share; they run in interleaved rounds, so load from other processes hits them alike. */
const BUDGET_MS = 12_000;
const MIN_ROUNDS = 7;
/** One sample repeats a fast measure until it takes this long, and counts the time per call. */
const SAMPLE_MS = 25;

/** A measured piece of work: what it reads (characters, articles) and the call to time. */
interface Measure {
  readonly what: string;
  readonly chars: number;
  readonly articles: number;
  readonly run: () => void;
  /** The baseline the ratio is taken against (itself for a baseline). */
  readonly baseline?: Measure;
  readonly times: number[];
}

/** Milliseconds per call of `f`, repeating it for at least SAMPLE_MS. */
function sample(f: () => void): number {
  let calls = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do { f(); calls++; elapsed = performance.now() - t0; } while (elapsed < SAMPLE_MS);
  return elapsed / calls;
}

/** Warms every measure up, then samples them in turn, round after round, until the budget is spent. */
function runAll(measures: readonly Measure[]): void {
  for (const m of measures) m.run();
  const t0 = performance.now();
  for (let round = 0; round < MIN_ROUNDS || performance.now() - t0 < BUDGET_MS; round++) {
    for (const m of measures) m.times.push(sample(m.run));
  }
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function readAll(files: readonly string[]): Article[] {
  const out: Article[] = [];
  for (const file of files) {
    const r = readInput(file);
    if ('error' in r) throw r.error;
    out.push(...r.articles);
  }
  return out;
}

function baseline(articles: readonly Article[]): void {
  for (const a of articles) { toHansAligned(a.text); splitSentences(a.text); }
}

/** Extracts every article's facts; returns how many. */
function extractAll(articles: readonly Article[]): number {
  let n = 0;
  for (const a of articles) n += extractFacts(a).length;
  return n;
}

const files = expandInputs(inputs).filter((e) => !e.error).map((e) => e.file);
const articles = readAll(files);
const chars = articles.reduce((n, a) => n + a.text.length, 0);
const facts = extractAll(articles);

const fmt = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function measure(what: string, chars: number, articles: number, run: () => void, baseline?: Measure): Measure {
  return { what, chars, articles, run, baseline, times: [] };
}

const base = measure('baseline: toHansAligned + splitSentences', chars, articles.length, () => baseline(articles));
const measures: Measure[] = [
  base,
  measure('read files (readInput: decode, format, articles)', chars, articles.length, () => readAll(files), base),
  measure('extract (extractFacts)', chars, articles.length, () => extractAll(articles), base),
  measure('read + extract', chars, articles.length, () => extractAll(readAll(files)), base),
];

let digestLabel = '';
if (existsSync(digestFile) && !args.length) {
  const digest = readAll([digestFile]);
  const dChars = digest.reduce((n, a) => n + a.text.length, 0);
  digestLabel = `${path.basename(digestFile)}, ${fmt(statSync(digestFile).size / 1024, 1)} KB, ${fmt(dChars)} characters, ${digest.length} articles`;
  const dBase = measure('dev digest: baseline', dChars, digest.length, () => baseline(digest));
  measures.push(dBase, measure('dev digest: read + extract', dChars, digest.length, () => extractAll(readAll([digestFile])), dBase));
}

// Ingest is idempotent (known articles are skipped), so each run gets a fresh store.
const tmp = mkdtempSync(path.join(os.tmpdir(), 'kechuang-bench-'));
let storeNo = 0;
let ingested = 0;
measures.push(measure('ingest into a new SQLite store (ingestFiles)', chars, articles.length, () => {
  const file = path.join(tmp, `bench-${storeNo++}.db`);
  const store = openStore(file);
  try {
    const report = ingestFiles(store, inputs);
    if (report.failures.length) throw new Error(`ingest failed: ${JSON.stringify(report.failures)}`);
    ingested = report.articlesNew;
  } finally {
    store.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  }
}, base));

console.log(`Inputs: ${files.length} file(s), ${articles.length} articles, ${fmt(chars)} characters; extraction finds ${facts} facts.`);
if (digestLabel) console.log(`Dev digest: ${digestLabel}.`);
console.log(`Node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}. Measures interleaved for ${BUDGET_MS / 1000} s (≥ ${MIN_ROUNDS} rounds); median per call.\n`);
runAll(measures);
rmSync(tmp, { recursive: true, force: true });
if (ingested !== articles.length) console.log(`note: ingest stored ${ingested} new articles of ${articles.length} read (same content twice is stored once)`);

const header = ['Measure', 'Median per call', 'Samples', 'Chars/s', 'Articles/s', '× baseline'];
console.log(`| ${header.join(' | ')} |`);
console.log(`| --- | ${header.slice(1).map(() => '---:').join(' | ')} |`);
for (const m of measures) {
  const ms = median(m.times);
  const ratio = median(m.times.map((t, i) => t / (m.baseline ?? m).times[i]));
  console.log(`| ${[m.what, `${fmt(ms, 2)} ms`, m.times.length.toString(), fmt(m.chars / (ms / 1000)), fmt(m.articles / (ms / 1000)), `${fmt(ratio, 1)}×`].join(' | ')} |`);
}
