import type { Command } from 'commander';
import { evaluateDir } from '../../extract/evaluate-dir.js';
import { wrongIpoFields, type LooseFact, type Score } from '../../extract/evaluate.js';
import { formatTable, printJson } from '../output.js';

const pct = (x: number) => (x * 100).toFixed(1);
const quoteOf = (f: LooseFact) => String((f.source as { quote?: string } | undefined)?.quote ?? '');
const row = (name: string, s: Score) => [name, String(s.tp), String(s.fp), String(s.fn), pct(s.precision), pct(s.recall), pct(s.f1)];

/** `kechuang eval DIR`: precision, recall and F1 against the gold facts beside each text. */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score extraction against NAME.gold.jsonl files beside NAME.txt (the contract\'s rules)')
    .argument('<dir>', 'corpus directory')
    .option('--verbose', 'list each miss and each extra with its quote')
    .option('--json', 'print the scores as JSON')
    .action((dir: string, opts: { verbose?: boolean; json?: boolean }) => {
      const result = evaluateDir(dir);
      if (opts.json) {
        const { files, ...scores } = result;
        printJson({ ...scores, files: opts.verbose ? files : files.map((f) => ({ name: f.name, matched: f.pairing.matched.length, extra: f.pairing.extra.length, missed: f.pairing.missed.length })) });
        return;
      }
      if (opts.verbose) {
        for (const f of result.files) {
          const wrongFields = f.pairing.matched.flatMap((m) => (m.gold.kind === 'ipo' ? wrongIpoFields(m.predicted, m.gold).map((field) => ({ ...m, field })) : []));
          if (!f.pairing.extra.length && !f.pairing.missed.length && !wrongFields.length) continue;
          process.stdout.write(`== ${f.name}\n`);
          for (const x of f.pairing.missed) process.stdout.write(`  MISS  ${JSON.stringify({ ...x, quote: undefined, company_aliases: undefined })}\n        ${String(x.quote ?? '')}\n`);
          for (const x of f.pairing.extra) process.stdout.write(`  EXTRA ${JSON.stringify({ ...x, source: undefined, company_aliases: undefined })}\n        ${quoteOf(x)}\n`);
          for (const w of wrongFields) {
            process.stdout.write(`  FIELD ${w.field} of ${String(w.gold.company)} ${String(w.gold.stage)}: got ${JSON.stringify(w.predicted[w.field] ?? null)}, gold ${JSON.stringify(w.gold[w.field])}\n        ${quoteOf(w.predicted)}\n`);
          }
        }
        process.stdout.write('\n');
      }
      const kinds = Object.entries(result.byKind).map(([k, s]) => row(k, s));
      process.stdout.write(formatTable(['kind', 'tp', 'fp', 'fn', 'P%', 'R%', 'F1%'], [...kinds, row('overall', result.overall)]));
      const f = result.ipoFields;
      process.stdout.write(`ipo fields on matched steps: date ${f.date.right}/${f.date.total} (${pct(f.date.share)}%), sponsors ${f.sponsors.right}/${f.sponsors.total} (${pct(f.sponsors.share)}%), raise ${f.raise.right}/${f.raise.total} (${pct(f.raise.share)}%)\n`);
    });
}
