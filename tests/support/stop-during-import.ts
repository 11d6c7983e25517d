/**
 * Run as a process of its own (jest cannot load the migrations' ESM): starts the server on DATABASE_URL, starts an
 * import whose file is held back (gated-file.ts), stops the server while it runs, lets the file through once HTTP is
 * closed (with RELEASE=after-stop, once the server has stopped), and prints as JSON how the import ended.
 */
import { randomUUID } from 'node:crypto';
import * as E from 'fp-ts/Either';
import pg from 'pg';
import { runImport } from '../../application/import/run-import';
import { readStreamOrEmpty } from '../../application/ports/event-store';
import { streamName } from '../../domain/shared/ids';
import { loadConfig } from '../../infrastructure/config';
import { TOKENS } from '../../infrastructure/container';
import { PostgreSqlEventStore } from '../../infrastructure/event-store/postgresql/postgresql-event-store';
import { startServer } from '../../infrastructure/server';
import { eventually } from './eventually';
import { gatedRakutenFile } from './gated-file';

async function main() {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
  const importTypes = async (id: string) =>
    (await readStreamOrEmpty(new PostgreSqlEventStore(pool), streamName.import(id))).map((e) => e.type);
  const server = await startServer(loadConfig({ ...process.env, PORT: '0' }));
  const gated = await gatedRakutenFile(300);
  const id = randomUUID();
  const running = runImport(server.container.get(TOKENS.ImportDependencies), {
    importId: id,
    tenantId: randomUUID(),
    shop: { id: 'shop-r', mall: 'rakuten' },
    actor: 'user-1',
    correlationId: id,
    format: 'rakuten',
    files: [gated.file],
  }).then(
    (result) => (E.isRight(result) ? { imported: result.right.imported } : { refused: result.left.code }),
    (error: unknown) => ({ error: String(error) }),
  );
  await eventually(
    () => importTypes(id),
    (types) => types.includes('ImportStarted'),
    'the import did not start',
  );
  const stopping = server.stop();
  if (process.env.RELEASE === 'after-stop') await stopping;
  else
    await eventually(
      () =>
        fetch(server.url).then(
          () => false,
          () => true,
        ),
      (closed) => closed,
      'HTTP did not close',
    );
  gated.release();
  await stopping;
  const outcome = await running;
  console.log(JSON.stringify({ ...outcome, types: await importTypes(id) }));
  await gated.remove();
  await pool.end();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
