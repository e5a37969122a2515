import type { Command } from 'commander';
import { ArgumentError } from '../../core/errors.js';
import type { Fact } from '../../core/types.js';
import { readInput } from '../../ingest/index.js';
import { extractFacts } from '../../extract/index.js';
import { convertFactScript } from '../../extract/present.js';
import { describeFact } from '../../query/index.js';
import { formatTable, printJsonLines } from '../output.js';

/** `kechuang extract FILE...`: the contract's JSON Lines (or a table) of every fact in the files. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract facts from news files and print them as the fact contract\'s JSON Lines')
    .argument('<file...>', 'news files (digest, article, JSON Lines, RSS/Atom, HTML) or - for stdin')
    .option('--format <format>', 'jsonl or table', 'jsonl')
    .option('--script <script>', 'print names in hans (Simplified) or hant (Traditional)')
    .option('--encoding <enc>', 'override encoding detection')
    .action((files: string[], opts: { format: string; script?: string; encoding?: string }) => {
      if (!['jsonl', 'table'].includes(opts.format)) throw new ArgumentError(`--format must be jsonl or table, not ${opts.format}`);
      if (opts.script && !['hans', 'hant'].includes(opts.script)) throw new ArgumentError(`--script must be hans or hant, not ${opts.script}`);
      const facts: Fact[] = [];
      for (const file of files) {
        const result = readInput(file, { encoding: opts.encoding });
        if ('error' in result) throw result.error;
        for (const article of result.articles) facts.push(...extractFacts(article));
      }
      const shown = opts.script ? facts.map((f) => convertFactScript(f, opts.script as 'hans' | 'hant')) : facts;
      if (opts.format === 'jsonl') printJsonLines(shown);
      else process.stdout.write(formatTable(['kind', 'company', 'what', 'date', 'quote'], shown.map((f) => [f.kind, f.company, describeFact(f), f.date ?? '', f.source.quote.length > 40 ? f.source.quote.slice(0, 39) + '…' : f.source.quote])));
    });
}
