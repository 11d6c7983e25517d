import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.join(__dirname, '..', '..');

/**
 * Runs `npm run oms -- <args>` the way an operator would (without npm's banner), and returns what it printed. `input`
 * is typed into its standard input (which is closed either way, as when piping into it).
 */
export async function runCli(
  args: readonly string[],
  env: Record<string, string>,
  input = '',
): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const running = promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'infrastructure/cli/oms.ts'), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      },
    );
    running.child.stdin?.end(input);
    const { stdout, stderr } = await running;
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}
