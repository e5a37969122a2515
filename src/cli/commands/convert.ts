import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { ArgumentError, InputError } from '../../core/errors.js';
import { decodeBytes } from '../../ingest/index.js';
import { convertScript, type PhraseRepair, type ScriptTarget, type ScriptVariant } from '../../text/index.js';
import type { RegisterCommand } from './index.js';

/** `kechuang convert --to hans|hant [--variant tw|hk] [FILE|-]`: prints the text in the other script. */
export const registerConvert: RegisterCommand = (program: Command) => {
  program.command('convert')
    .description('convert text to Simplified (undoing Taiwan phrasing: 主機板 → 主板, 1.8兆元 → 1.8万亿元) or Traditional')
    .argument('[file]', 'text file in any common Chinese encoding; stdin when absent or -')
    .requiredOption('--to <script>', 'hans (Simplified) or hant (Traditional)')
    .option('--variant <variant>', 'with --to hant: tw or hk standard forms (default plain Traditional); with --to hans: hk reads Hong Kong forms')
    .option('--phrases <mode>', 'with --to hans: undo Taiwan phrases always (undo), never (keep) or unless the input is Simplified (auto)', 'auto')
    .option('--encoding <name>', 'input encoding when it cannot be detected')
    .action((file: string | undefined, opts: { to: string; variant?: string; phrases: string; encoding?: string }) => {
      if (opts.to !== 'hans' && opts.to !== 'hant') throw new ArgumentError(`--to must be hans or hant, not ${opts.to}`, { to: opts.to });
      const name = file === undefined || file === '-' ? '<stdin>' : file;
      const text = decodeBytes(readInput(file), name, opts.encoding).text;
      process.stdout.write(convertScript(text, {
        to: opts.to as ScriptTarget,
        variant: opts.variant as ScriptVariant | undefined,
        phrases: opts.phrases as PhraseRepair,
      }));
    });
};

function readInput(file: string | undefined): Buffer {
  if (file === undefined || file === '-') return readFileSync(0);
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('INPUT_NOT_FOUND', file, 'no such file');
    throw new InputError('INPUT_UNREADABLE', file, code === 'EISDIR' ? 'is a directory' : (e as Error).message);
  }
}
