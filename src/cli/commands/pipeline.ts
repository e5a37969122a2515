import type { Command } from 'commander';
import { checkPipelineFilter, pipeline, STAGE_LABELS, toCsv, type PipelineRow } from '../../query/index.js';
import { formatTable, printJson } from '../output.js';
import { openStoreOption, withDbOption } from './cli-options.js';
import { clip } from './articles.js';
import type { RegisterCommand } from './index.js';

/** The pipeline as an aligned table (one line per company and venue). */
export function formatPipeline(rows: readonly PipelineRow[]): string {
  if (rows.length === 0) return 'no IPO steps stored yet (ingest some news first)\n';
  const table = formatTable(
    ['company', 'venue', 'stage', 'date', 'sponsors', 'raise', 'valuation', 'src', 'latest source'],
    rows.map((r) => [
      r.company, r.venue, `${r.stage} ${STAGE_LABELS[r.stage]}${r.confidential ? ' (保密)' : ''}`, r.date ?? '-',
      clip(r.sponsors.join('、') || '-', 24), r.raiseText ?? '-', r.valuation?.text ?? '-', String(r.sources),
      `${r.latestSource.outlet ?? '-'} ${r.latestSource.date} ${r.latestSource.articleId.slice(0, 8)}`,
    ]),
  );
  return `${table}${rows.length} row${rows.length === 1 ? '' : 's'}\n`;
}

/** The pipeline as CSV (money in whole units beside its display text). */
export function pipelineCsv(rows: readonly PipelineRow[]): string {
  return toCsv(
    ['company_id', 'company', 'venue', 'stage', 'date', 'confidential', 'sponsors', 'raise', 'raise_value', 'raise_currency', 'valuation', 'sources', 'latest_outlet', 'latest_date', 'latest_article', 'quote'],
    rows.map((r) => [r.companyId, r.company, r.venue, r.stage, r.date, r.confidential ? 1 : 0, r.sponsors.join('|'), r.raiseText, r.raise?.value ?? '', r.raise?.currency ?? '',
      r.valuation?.text ?? '', r.sources, r.latestSource.outlet, r.latestSource.date, r.latestSource.articleId, r.evidence.quote]),
  );
}

/** `kechuang pipeline`: where each company stands on each venue, from the stored facts. */
export const registerPipeline: RegisterCommand = (program: Command) => {
  withDbOption(program.command('pipeline')
    .description('the IPO pipeline: one row per company and venue at its latest step, with sponsors, raise, valuation and sources'))
    .option('--venue <venue>', 'only this venue (STAR, CHINEXT, SSE_MAIN, SZSE_MAIN, BSE, A, HKEX, NASDAQ, NYSE, US, OTHER)')
    .option('--stage <stage>', 'only companies whose latest step is this stage (e.g. accepted, inquiry, listed)')
    .option('--since <date>', 'only rows whose latest step is dated on or after DATE')
    .option('--json', 'print the rows as JSON')
    .option('--csv', 'print the rows as CSV')
    .action((opts: { db?: string; venue?: string; stage?: string; since?: string; json?: boolean; csv?: boolean }) => {
      const filter = checkPipelineFilter({ venue: opts.venue?.toUpperCase(), stage: opts.stage, since: opts.since });
      const store = openStoreOption(opts.db);
      try {
        const rows = pipeline(store, filter);
        if (opts.json) printJson(rows);
        else if (opts.csv) process.stdout.write(pipelineCsv(rows));
        else process.stdout.write(formatPipeline(rows));
      } finally {
        store.close();
      }
    });
};
