import { Command, CommanderError } from 'commander';
import { KechuangError, exitCodeFor } from '../core/errors.js';
import { COMMANDS } from './commands/index.js';

/** Builds the `kechuang` program with every command registered. */
export function buildProgram(): Command {
  const program = new Command('kechuang')
    .description('科创 kechuang: Chinese sci-tech capital-market news → facts with provenance')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  for (const register of COMMANDS) register(program);
  return program;
}

/** Runs the CLI and returns its exit code (see README: 0 ok, 1 failure, 2 usage, 3 not found, 4 bad input). */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version come through here with exit code 0.
      return e.exitCode === 0 ? 0 : 2;
    }
    reportError(e);
    return exitCodeFor(e);
  }
}

/** Prints one clear line for an error: its code and message, never a stack for known errors. */
export function reportError(e: unknown): void {
  if (e instanceof KechuangError) process.stderr.write(`kechuang: ${e.message} [${e.code}]\n`);
  else process.stderr.write(`kechuang: ${(e as Error)?.stack ?? String(e)}\n`);
}
