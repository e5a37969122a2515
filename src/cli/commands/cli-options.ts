// Options several commands share: the store path and a positive count.
import { existsSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { KechuangError } from '../../core/errors.js';
import { openStore, resolveDbPath, type Store } from '../../store/db.js';

/** Adds `--db FILE` (default: `KECHUANG_DB`, else `./kechuang.db`). */
export function withDbOption(command: Command): Command {
  return command.option('--db <file>', 'store file (default: $KECHUANG_DB, else ./kechuang.db)');
}

/** Opens the store named by `--db` (or its default), creating and migrating it if needed; commands that only read pass `mustExist`. */
export function openStoreOption(db: string | undefined, options: { readonly mustExist?: boolean } = {}): Store {
  const path = resolveDbPath(db);
  if (options.mustExist && !existsSync(path)) {
    // Reading commands must not leave an empty store behind in the wrong folder.
    throw new KechuangError('NOT_FOUND', `store not found: ${path} (run \`kechuang ingest\` first, or pass --db / set KECHUANG_DB)`, { path });
  }
  return openStore(path);
}

/** Parses a positive integer option such as `--limit`. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expects a positive whole number');
  return n;
}

/** Whether stdout is a terminal that takes colours (not piped, `NO_COLOR` unset). */
export function colourOut(): boolean {
  return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
}
