import type { Command } from 'commander';
import { changes, changeTitle, renderChangesAtom } from '../../query/index.js';
import { ArgumentError } from '../../core/errors.js';
import { printJson } from '../output.js';
import { openStoreOption, withDbOption } from './cli-options.js';
import type { RegisterCommand } from './index.js';

/** `kechuang changes --since DATE`: new facts and stage moves per company. */
export const registerChanges: RegisterCommand = (program: Command) => {
  withDbOption(program.command('changes')
    .description('new facts and stage changes since a date (stored since then, or dated since then), per company'))
    .requiredOption('--since <date>', 'ISO date or datetime, e.g. 2025-12-30')
    .option('--json', 'print as JSON')
    .option('--atom', 'print as an Atom feed')
    .action((opts: { db?: string; since: string; json?: boolean; atom?: boolean }) => {
      if (opts.json && opts.atom) throw new ArgumentError('--json and --atom exclude each other');
      const store = openStoreOption(opts.db);
      try {
        const c = changes(store, { since: opts.since });
        if (opts.json) { printJson(c); return; }
        if (opts.atom) { process.stdout.write(renderChangesAtom(c)); return; }
        const out: string[] = [];
        for (const co of c.companies) {
          out.push(changeTitle(co));
          for (const f of co.facts) out.push(`  ${f.kind.padEnd(12)} ${f.summary}\n      「${f.source.quote}」 ${f.source.outlet ?? '-'} ${f.source.date}`);
        }
        out.push(`${c.companies.length} compan${c.companies.length === 1 ? 'y' : 'ies'} changed since ${c.since}`);
        process.stdout.write(out.join('\n') + '\n');
      } finally {
        store.close();
      }
    });
};
