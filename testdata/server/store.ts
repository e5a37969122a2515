// A store for the server tests: the dev corpus (when it is here) and our own
// fixtures, ingested with the real pipeline into a temp dir.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestFiles, type IngestReport } from '../../src/pipeline/index.js';
import { openStore, type Store } from '../../src/store/index.js';

/** The dev corpus beside the repo (real news; never copied into the repo). */
export const DEV_CORPUS = path.resolve(process.cwd(), '../shared/corpus/dev');
/** The dev corpus's digest of eight Traditional articles. */
export const DEV_DIGEST = path.join(DEV_CORPUS, '000_59cf0dfdb9708b95.txt');
/** Our fixtures. */
export const FIXTURES = path.resolve(process.cwd(), 'testdata/server');
/** The fixture files that ingest cleanly. */
export const FIXTURE_FILES = ['digest.txt', 'hant.txt', 'xss.txt', 'xss.jsonl'].map((f) => path.join(FIXTURES, f));
/** Whether the dev corpus is available. */
export const HAVE_DEV_CORPUS = fs.existsSync(DEV_DIGEST);

/** A fresh store file in a new temp dir, filled with the dev corpus (if here) and our fixtures. */
export function filledStore(): { store: Store; file: string; dir: string; dev: IngestReport | null; fixtures: IngestReport } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kechuang-'));
  const file = path.join(dir, 'k.db');
  const store = openStore(file);
  const dev = HAVE_DEV_CORPUS ? ingestFiles(store, [DEV_CORPUS]) : null;
  const fixtures = ingestFiles(store, FIXTURE_FILES);
  return { store, file, dir, dev, fixtures };
}
