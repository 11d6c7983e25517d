import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.join(__dirname, '..', '..');

/**
 * Runs `npm run oms -- <args>` the way an operator would (without npm's banner), and returns what it printed. `input`
 * is typed into its standard input (which is closed either way, as when piping into it). A command still running after
 * `timeoutMs` is killed and answers a non-zero code, so a test of a command that must end fails instead of hanging.
 */
export async function runCli(
  args: readonly string[],
  env: Record<string, string>,
  input = '',
  { timeoutMs = 0 }: { timeoutMs?: number } = {},
): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const running = promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'infrastructure/cli/oms.ts'), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, LOG_LEVEL: 'warn', ...env },
        timeout: timeoutMs,
      },
    );
    running.child.stdin?.end(input);
    const { stdout, stderr } = await running;
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number | null; signal: string | null };
    // Killed (by the timeout): no exit code, and the signal says why.
    const stderr = e.signal ? `${e.stderr}\n(killed by ${e.signal})` : e.stderr;
    return { stdout: e.stdout, stderr, code: e.code ?? 1 };
  }
}
