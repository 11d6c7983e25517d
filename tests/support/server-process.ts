/**
 * The real product process (`infrastructure/main.ts`, what `npm start` runs) as a child, for tests that need the whole
 * thing: migrations, runners, HTTP, the built admin, and a clean stop on SIGINT.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from './free-port';

export interface ServerProcess {
  readonly url: string;
  /** The server's process id (benchmarks read its CPU time). */
  readonly pid: number;
  readonly output: () => string;
  /** Sends SIGINT (Ctrl-C) and resolves with the exit code. */
  stop(): Promise<number | null>;
  /** Kills it with SIGKILL, as a crash or the OOM killer would: nothing of it runs its shutdown. */
  kill(): Promise<void>;
}

const ROOT = path.join(__dirname, '..', '..');

/** `root`: the checkout to start from (another clone of this one), this one by default. */
export async function startServerProcess(env: Record<string, string>, root = ROOT): Promise<ServerProcess> {
  const port = await freePort();
  let output = '';
  const child: ChildProcess = spawn(
    process.execPath,
    // SERVER_NODE_ARGS: flags for the server's node alone, such as `--cpu-prof` (which NODE_OPTIONS refuses).
    [
      ...(process.env.SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      '--import',
      'tsx',
      path.join(root, 'infrastructure', 'main.ts'),
    ],
    {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${output}`)), 60_000);
      const check = () => output.includes(`:${port}`) && (clearTimeout(timer), resolve());
      child.stdout!.on('data', check);
      void exited.then((code) => (clearTimeout(timer), reject(new Error(`server exited with ${code}:\n${output}`))));
    });
    await readModelsCaughtUp(`http://localhost:${port}`, () => output);
  } catch (error) {
    // A server that failed to come up (a read model stuck on an error) must not outlive the test and keep jest waiting.
    if (child.exitCode === null) child.kill('SIGKILL');
    await exited;
    throw error;
  }
  return {
    url: `http://localhost:${port}`,
    pid: child.pid!,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGINT');
      // A server that does not stop must fail the test with what it printed, not leave jest hanging.
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const code = await exited;
      clearTimeout(timer);
      if (code === null) throw new Error(`the server did not stop on SIGINT and was killed:\n${output}`);
      return code;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/**
 * Tests often write events before the server starts (orders, staff members): its runners then replay them. Until they
 * have, a sign-in or a list would race the replay, so the server counts as started once every read model is level.
 */
async function readModelsCaughtUp(url: string, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const health = (await (await fetch(`${url}/api/health`)).json().catch(() => null)) as {
      projections?: Array<{ lag: number }>;
    } | null;
    if (health?.projections?.every((p) => p.lag === 0)) return;
    if (Date.now() > deadline)
      throw new Error(`read models did not catch up in 60 s: ${JSON.stringify(health)}\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
