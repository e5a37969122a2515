// Starting the app on a port: opens the store (read-only unless uploads are
// allowed), listens, and closes both on demand.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { KechuangError } from '../core/errors.js';
import { MIGRATIONS, openStore, type Store } from '../store/index.js';
import { createApp } from './app.js';

/** How to start the server. */
export interface ServeOptions {
  readonly db: string;
  /** Port to listen on; 0 picks a free one. */
  readonly port: number;
  readonly host: string;
  /** Allows POST /api/ingest with this bearer token (and opens the store for writing). */
  readonly token?: string;
  readonly maxUploadBytes?: number;
  readonly log?: (message: string) => void;
}

/** A running server. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  readonly port: number;
  readonly store: Store;
  readonly readonly: boolean;
  /** Stops listening and closes the store. */
  close(): Promise<void>;
}

/** Opens the store for serving: read-only without a token (migrated first if its schema is behind), read-write with one. */
export function openServedStore(db: string, writable: boolean): Store {
  if (!existsSync(db)) {
    throw new KechuangError('NOT_FOUND', `store not found: ${db} (run \`kechuang ingest\` first, or pass --db / set KECHUANG_DB)`, { path: db });
  }
  if (writable) return openStore(db);
  // A store written by an older kechuang needs its migrations before a read-only handle can query it.
  const probe = openStore(db, { readonly: true });
  const behind = (probe.pragma('user_version', { simple: true }) as number) < MIGRATIONS.length;
  if (!behind) return probe;
  probe.close();
  openStore(db).close();
  return openStore(db, { readonly: true });
}

/** Starts serving the store; resolves once the port is bound. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const writable = Boolean(options.token);
  const store = openServedStore(options.db, writable);
  const app = createApp({ store, token: options.token, maxUploadBytes: options.maxUploadBytes, log: options.log });
  let server: ServerType;
  const port = await new Promise<number>((resolve, reject) => {
    server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info: AddressInfo) => resolve(info.port));
    server.once('error', (e) => { store.close(); reject(new KechuangError('BAD_ARGUMENT', `cannot listen on ${options.host}:${options.port}: ${e.message}`, { host: options.host, port: options.port })); });
  });
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    port,
    store,
    readonly: !writable,
    close: () => new Promise<void>((resolve) => {
      server.close(() => { store.close(); resolve(); });
      // Keep-alive connections would hold close() open.
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    }),
  };
}
