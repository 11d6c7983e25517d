/**
 * Fault tier: a server on its embedded PostgreSQL killed with SIGKILL leaves PostgreSQL running (it has a process group
 * of its own, so that Ctrl-C reaches the server first). The next start must not leave it running for ever: after
 * Ctrl-C of the restarted server no PostgreSQL of that data folder runs.
 */
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../support/free-port';
import { startServerProcess } from '../support/server-process';

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const postmasterPid = async (dataDir: string) =>
  Number((await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);

test('after a SIGKILL of the server, the restarted server stops the orphaned PostgreSQL: Ctrl-C leaves none running', async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'oms-orphan-'));
  // Run as root, PostgreSQL runs as a user of its own, which must be able to enter the folder.
  await chmod(dataDir, 0o755);
  const env = { DATABASE_URL: '', OMS_DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await freePort()) };
  const started: number[] = [];
  try {
    const first = await startServerProcess(env);
    started.push(await postmasterPid(dataDir));
    await first.kill();
    expect(isRunning(started[0]!)).toBe(true);

    const second = await startServerProcess(env);
    started.push(await postmasterPid(dataDir));
    expect(await fetch(`${second.url}/api/health`).then((r) => r.json())).toMatchObject({
      database: { reachable: true },
    });
    expect(await second.stop()).toBe(0);
    expect(started.filter(isRunning)).toEqual([]);
  } finally {
    // What this test started must not outlive it, whatever failed.
    for (const pid of started.filter(isRunning)) process.kill(pid, 'SIGINT');
    await rm(dataDir, { recursive: true, force: true });
  }
}, 120_000);
