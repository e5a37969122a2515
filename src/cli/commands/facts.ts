import type { Command } from 'commander';
import { exportFacts, factsToCsv, factsToJsonl } from '../../query/index.js';
import { ArgumentError } from '../../core/errors.js';
import { openStoreOption, withDbOption } from './cli-options.js';
import type { RegisterCommand } from './index.js';

/** `kechuang facts`: export stored facts as the contract's JSON Lines or CSV. */
export const registerFacts: RegisterCommand = (program: Command) => {
  withDbOption(program.command('facts')
    .description('export stored facts: JSON Lines in the contract shape (with source), or CSV'))
    .option('--company <name>', 'only facts about this company (any of its names)')
    .option('--kind <kind>', 'only this kind: ipo, financing, valuation, financial, shareholding, market_cap')
    .option('--since <date>', 'only facts stored or dated on or after DATE')
    .option('--format <format>', 'jsonl or csv', 'jsonl')
    .action((opts: { db?: string; company?: string; kind?: string; since?: string; format: string }) => {
      if (opts.format !== 'jsonl' && opts.format !== 'csv') throw new ArgumentError(`--format is jsonl or csv, got "${opts.format}"`, { format: opts.format });
      const store = openStoreOption(opts.db);
      try {
        const facts = exportFacts(store, { company: opts.company, kind: opts.kind, since: opts.since });
        process.stdout.write(opts.format === 'csv' ? factsToCsv(facts) : factsToJsonl(facts));
      } finally {
        store.close();
      }
    });
};
