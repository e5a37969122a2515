import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { resolveDbPath } from '../../store/index.js';
import { startServer } from '../../server/index.js';
import { withDbOption } from './cli-options.js';
import type { RegisterCommand } from './index.js';

function port(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError('expects a port number from 0 to 65535');
  return n;
}

/** `kechuang serve`: the web dashboard, JSON API and feeds over the store. */
export const registerServe: RegisterCommand = (program: Command) => {
  withDbOption(program.command('serve')
    .description('serve the dashboard, JSON API (/api) and feeds over the store; read-only unless --token is given'))
    .option('--port <port>', 'port to listen on (0: any free port)', port, 8080)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--token <token>', 'allow POST /api/ingest with "Authorization: Bearer TOKEN" (default: $KECHUANG_TOKEN; none: read-only)')
    .action(async (opts: { db?: string; port: number; host: string; token?: string }) => {
      const token = opts.token ?? (process.env.KECHUANG_TOKEN || undefined);
      const server = await startServer({ db: resolveDbPath(opts.db), port: opts.port, host: opts.host, token });
      process.stderr.write(`kechuang: serving ${resolveDbPath(opts.db)} at ${server.url}/ (${server.readonly ? 'read-only' : 'uploads allowed with the token'}); Ctrl-C stops\n`);
      // The server keeps the process alive; a signal closes the store cleanly.
      await new Promise<void>((resolve) => {
        const stop = () => { void server.close().then(resolve); };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
};
