// Ingest: read each file, then store its new articles and their facts in ONE
// transaction per file. A file that fails anywhere (reading, extracting,
// storing) rolls back whole and is reported; the other files go on.
import type { InputFormat } from '../core/types.js';
import { KechuangError } from '../core/errors.js';
import { extractFacts } from '../extract/index.js';
import { expandInputs, normaliseEncoding, readInput, type ReadOptions } from '../ingest/index.js';
import { articleExists, insertArticle } from '../store/articles.js';
import type { Store } from '../store/db.js';
import { saveFacts } from '../store/facts.js';

/** Where an ingest run is: called after each file. */
export interface IngestProgress {
  readonly file: string;
  /** Files finished so far, this one included. */
  readonly done: number;
  readonly total: number;
}

/** Options of an ingest run. */
export interface IngestOptions extends ReadOptions {
  readonly onProgress?: (progress: IngestProgress) => void;
}

/** A file that could not be ingested, and why. */
export interface IngestFailure {
  readonly file: string;
  readonly code: string;
  readonly message: string;
}

/** What one file added. */
export interface IngestedFile {
  readonly file: string;
  readonly format: InputFormat;
  readonly encoding: string;
  readonly articlesNew: number;
  readonly articlesKnown: number;
  /** Ids of this file's articles in file order (new and known). */
  readonly ids: readonly string[];
  readonly facts: number;
}

/** The outcome of an ingest run. */
export interface IngestReport {
  /** Files found (failed ones included). */
  readonly files: number;
  /** Files read and stored. */
  readonly filesRead: number;
  readonly articlesNew: number;
  readonly articlesKnown: number;
  readonly facts: number;
  readonly ingested: readonly IngestedFile[];
  readonly failures: readonly IngestFailure[];
}

/** Ingests files, directories and `-` (stdin) into the store, one transaction per file; idempotent. */
export function ingestFiles(store: Store, paths: readonly string[], options: IngestOptions = {}): IngestReport {
  // A bad --encoding is the user's mistake for every file: fail before touching any.
  const read: ReadOptions = { encoding: options.encoding ? normaliseEncoding(options.encoding) : undefined, stdin: options.stdin };
  const entries = expandInputs(paths);
  const ingested: IngestedFile[] = [];
  const failures: IngestFailure[] = [];
  const ingestedAt = new Date().toISOString();
  entries.forEach((entry, i) => {
    try {
      if (entry.error) throw entry.error;
      const result = readInput(entry.file, read);
      if ('error' in result) throw result.error;
      const counts = store.transaction(() => {
        let fresh = 0; let known = 0; let facts = 0;
        for (const article of result.articles) {
          if (articleExists(store, article.id)) { known++; continue; }
          insertArticle(store, article, ingestedAt);
          const found = extractFacts(article);
          saveFacts(store, article.id, found);
          facts += found.length;
          fresh++;
        }
        return { fresh, known, facts };
      })();
      ingested.push({
        file: entry.file, format: result.format, encoding: result.encoding,
        articlesNew: counts.fresh, articlesKnown: counts.known, ids: result.articles.map((a) => a.id), facts: counts.facts,
      });
    } catch (e) {
      failures.push({
        file: entry.file,
        code: e instanceof KechuangError ? e.code : 'UNEXPECTED',
        message: e instanceof Error ? e.message : String(e),
      });
    }
    options.onProgress?.({ file: entry.file, done: i + 1, total: entries.length });
  });
  return {
    files: entries.length,
    filesRead: ingested.length,
    articlesNew: ingested.reduce((n, f) => n + f.articlesNew, 0),
    articlesKnown: ingested.reduce((n, f) => n + f.articlesKnown, 0),
    facts: ingested.reduce((n, f) => n + f.facts, 0),
    ingested,
    failures,
  };
}
