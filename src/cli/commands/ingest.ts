import { readFileSync } from 'node:fs';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { ingestFiles, type IngestReport } from '../../pipeline/index.js';
import { printJson } from '../output.js';
import { openStoreOption, withDbOption } from './cli-options.js';
import type { RegisterCommand } from './index.js';

/** A progress bar only pays off for long runs, and only on a terminal. */
const PROGRESS_MIN_FILES = 20;

/** `kechuang ingest PATH...`: reads files, directories and `-` into the store; exit 4 if any file failed. */
export const registerIngest: RegisterCommand = (program: Command) => {
  withDbOption(program.command('ingest')
    .description('read news files (digest, plain text, JSON Lines, RSS/Atom, HTML; any common Chinese encoding) into the store')
    .argument('<paths...>', 'files, directories (read recursively) or - for stdin'))
    .option('--encoding <enc>', 'decode every input with this encoding (e.g. gbk, big5, utf-16le) instead of detecting it')
    .option('--json', 'print the report as JSON')
    .action((paths: string[], opts: { db?: string; encoding?: string; json?: boolean }) => {
      const store = openStoreOption(opts.db);
      let bar: cliProgress.SingleBar | undefined;
      try {
        const report = ingestFiles(store, paths, {
          encoding: opts.encoding,
          stdin: paths.includes('-') ? readFileSync(0) : undefined,
          onProgress: ({ done, total }) => {
            if (!bar && done === 1 && total >= PROGRESS_MIN_FILES && process.stderr.isTTY) {
              bar = new cliProgress.SingleBar({ stream: process.stderr, format: 'ingest [{bar}] {value}/{total} files', hideCursor: true }, cliProgress.Presets.shades_classic);
              bar.start(total, 0);
            }
            bar?.update(done);
          },
        });
        bar?.stop();
        bar = undefined;
        if (opts.json) printJson(report);
        else process.stdout.write(formatReport(report));
        if (report.failures.length > 0) process.exitCode = 4;
      } finally {
        bar?.stop();
        store.close();
      }
    });
};

/** The human summary of an ingest run: counts, then one line per failed file. */
export function formatReport(report: IngestReport): string {
  const lines = [
    `files read: ${report.filesRead} of ${report.files}`,
    `articles: ${report.articlesNew} new, ${report.articlesKnown} already known`,
    `facts: ${report.facts}`,
  ];
  if (report.failures.length > 0) {
    lines.push(`failed: ${report.failures.length} file${report.failures.length === 1 ? '' : 's'}`);
    for (const f of report.failures) {
      const message = f.message.startsWith(f.file) ? f.message : `${f.file}: ${f.message}`;
      lines.push(`  ${message} [${f.code}]`);
    }
  }
  return lines.join('\n') + '\n';
}
