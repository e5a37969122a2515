import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { KechuangError } from '../../core/errors.js';
import { ingestFiles } from '../../pipeline/index.js';
import { pipeline } from '../../query/index.js';
import { openStore } from '../../store/index.js';
import { formatPipeline } from './pipeline.js';
import type { RegisterCommand } from './index.js';

/** The sample digest shipped with the package, found from `src/cli/commands` (tsx) or `dist/src/cli/commands` (build). */
export function samplePath(): string {
  const candidates = ['../../../samples/digest.txt', '../../../../samples/digest.txt'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new KechuangError('INPUT_NOT_FOUND', `the sample digest is missing (looked in ${candidates.join(', ')})`, { candidates });
  return found;
}

/** `kechuang demo`: ingests the shipped sample into a temporary (or given) store and prints the IPO pipeline. */
export const registerDemo: RegisterCommand = (program: Command) => {
  program.command('demo')
    .description('ingest the shipped sample digest into a temporary store (or --db) and print the IPO pipeline')
    .option('--db <file>', 'keep the store in this file instead of a temporary one')
    .action((opts: { db?: string }) => {
      const dir = opts.db ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'kechuang-demo-'));
      const file = opts.db ?? path.join(dir!, 'demo.db');
      const store = openStore(file);
      try {
        const sample = samplePath();
        const report = ingestFiles(store, [sample]);
        for (const f of report.failures) process.stderr.write(`kechuang: ${f.file}: ${f.message} [${f.code}]\n`);
        process.stdout.write(`ingested ${path.basename(sample)}: ${report.articlesNew} new article(s), ${report.articlesKnown} already known, ${report.facts} fact(s)\n\n`);
        process.stdout.write(formatPipeline(pipeline(store)));
        if (opts.db) process.stdout.write(`\nstore: ${file} (try: kechuang company NAME --db ${file})\n`);
        if (report.failures.length) process.exitCode = 1;
      } finally {
        store.close();
        if (dir) fs.rmSync(dir, { recursive: true, force: true });
      }
    });
};
