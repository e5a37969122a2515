import Database from 'better-sqlite3';
import { KechuangError } from '../core/errors.js';
import { MIGRATIONS } from './migrations.js';

/** An open kechuang store (a better-sqlite3 handle). */
export type Store = Database.Database;

/** The store file used when neither `--db` nor `KECHUANG_DB` names one. */
export const DEFAULT_DB = 'kechuang.db';

/** Resolves the store path: explicit option, then `KECHUANG_DB`, then `./kechuang.db`. */
export function resolveDbPath(option?: string): string {
  return option || process.env.KECHUANG_DB || DEFAULT_DB;
}

/** Opens (creating if needed) the store and brings its schema up to date. */
export function openStore(path: string = resolveDbPath(), options: { readonly readonly?: boolean } = {}): Store {
  let db: Store;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (e) {
    throw new KechuangError('STORE_FAILED', `cannot open store ${path}: ${(e as Error).message}`, { path });
  }
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    // WAL lets `kechuang serve` read while `kechuang ingest` writes.
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  }
  return db;
}

/** Applies every migration the store has not seen yet, each in its own transaction. */
export function migrate(db: Store): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v].sql);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return MIGRATIONS.length;
}
