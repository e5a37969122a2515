// Spawns the CLI from source in a child process, so tests see real exit codes, stdout and stderr (piped, not a TTY).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const entry = fileURLToPath(new URL('./cli.ts', import.meta.url));

/** What one CLI run gave. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `kechuang ARGS...` from the repo root; `input` is fed to stdin. */
export function runCli(args: readonly string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): CliRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd: root,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: 60_000,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `kechuang ARGS...` in this process (fast, no child), capturing what it writes to stdout and stderr. */
export async function runCliInProcess(args: readonly string[]): Promise<CliRun> {
  const { main } = await import('../../src/cli/main.js');
  let stdout = ''; let stderr = '';
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((s: string) => { stdout += s; return true; }) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => { stderr += s; return true; }) as typeof process.stderr.write;
  try {
    return { code: await main(['node', 'kechuang', ...args]), stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}
