/**
 * The real server process on a bench database, with one 楽天 shop and an API token: what the benchmarks that go
 * through the API (load, documents) start from, and the upload they import their files with.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../support/cli';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { benchApiToken } from './bench-tenant';

export interface BenchSession {
  readonly server: ServerProcess;
  readonly token: string;
  readonly shopId: string;
}

export async function benchSession(connectionString: string, tenant: string): Promise<BenchSession> {
  const token = await benchApiToken(connectionString, tenant);
  const env = { DATABASE_URL: connectionString };
  const shop = await runCli(
    ['shop', 'create', '--tenant', tenant, '--code', 'rakuten', '--mall', 'rakuten', '--name', '楽天店'],
    env,
  );
  if (shop.code !== 0) throw new Error(`shop create failed: ${shop.stderr}`);
  const server = await startServerProcess(env);
  const shops = (await (
    await fetch(`${server.url}/api/shops`, { headers: { authorization: `Bearer ${token}` } })
  ).json()) as Array<{ id: string }>;
  return { server, token, shopId: shops[0]!.id };
}

/**
 * Uploads a 楽天 file as the admin does and answers the seconds until the server answered (the order list shows it);
 * anything but all `orders` imported fails the benchmark.
 */
export async function importRakutenFile(session: BenchSession, file: string, orders: number): Promise<number> {
  const form = new FormData();
  form.set('shopId', session.shopId);
  form.set('format', 'rakuten');
  form.append('files', new Blob([await readFile(file)]), path.basename(file));
  const started = process.hrtime.bigint();
  const response = await fetch(`${session.server.url}/api/imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.token}` },
    body: form,
  }).catch((error: unknown) => {
    throw new Error(`the upload failed; the server printed:\n${session.server.output().slice(-3000)}`, {
      cause: error,
    });
  });
  const result = (await response.json()) as { imported?: number };
  const took = Number(process.hrtime.bigint() - started) / 1e9;
  if (response.status !== 201 || result.imported !== orders)
    throw new Error(`import answered ${response.status}: ${JSON.stringify(result).slice(0, 500)}`);
  return took;
}
