import { EventEmitter } from 'node:events';
import * as E from 'fp-ts/Either';
import { CommandPipeline } from '../../../application/commands/command-pipeline';
import { References } from '../../../application/commands/references';
import { createProductEventRegistry } from '../../../application/events/product-events';
import type { Log } from '../../../application/ports/log';
import type { ReadModelWaiter } from '../../../application/ports/read-model-waiter';
import { streamName, tenantIdFor } from '../../../domain/shared/ids';
import { tenantDecider } from '../../../domain/tenant/tenant';
import { accountsProjection } from '../../../projections/accounts/accounts-projection';
import { findTenantByCode } from '../../../projections/accounts/account-queries';
import { CatchUpWaiter } from '../../../projections/catch-up-waiter';
import { PositionWaiter } from '../../../projections/position-waiter';
import { ProjectionRunner } from '../../../projections/runner';
import { writeSideForThisFile } from '../../support/write-side';

const side = writeSideForThisFile();

const registerTenant = (code: string) =>
  ({
    type: 'RegisterTenant',
    tenantId: tenantIdFor(code),
    code,
    name: `${code} 株式会社`,
    retentionPlan: '13months',
  }) as const;

const request = (code: string, expectedRevision?: number) => ({
  decider: tenantDecider,
  streamName: streamName.tenant(tenantIdFor(code)),
  command: registerTenant(code),
  commandName: 'RegisterTenant',
  ...(expectedRevision !== undefined && { expectedRevision }),
});

const caller = (code: string, idempotencyKey?: string) => ({
  tenantId: tenantIdFor(code),
  actor: 'user-1',
  correlationId: crypto.randomUUID(),
  ...(idempotencyKey && { idempotencyKey }),
});

/** The read models brought up to date by the pipeline itself, as in the CLI: they always catch up. */
const catchingUp = () => new CatchUpWaiter([new ProjectionRunner(accountsProjection, side().runnerDependencies)]);

const pipeline = (waiter: ReadModelWaiter = catchingUp(), log?: Log) =>
  new CommandPipeline(side().commands, waiter, new References(side().store, createProductEventRegistry()), log);

describe('command pipeline', () => {
  test('the same idempotency key twice writes once and answers the same', async () => {
    const first = await pipeline().run(request('idem-key'), caller('idem-key', 'key-1'));
    const again = await pipeline().run(request('idem-key'), caller('idem-key', 'key-1'));
    expect(E.isRight(first) && first.right.duplicate).toBe(false);
    expect(E.isRight(again) && again.right.duplicate).toBe(true);
    const answer = (result: typeof first) =>
      E.isRight(result) && {
        revision: result.right.revision,
        position: result.right.position,
        state: result.right.state,
      };
    expect(answer(again)).toEqual(answer(first));
    expect(await side().store.readStream(streamName.tenant(tenantIdFor('idem-key')))).toHaveLength(1);
  });

  test('without a key each request is new: the second registration is refused by the decider', async () => {
    await pipeline().run(request('no-key'), caller('no-key'));
    const again = await pipeline().run(request('no-key'), caller('no-key'));
    expect(E.isLeft(again) && again.left.kind === 'rejected' && again.left.error.code).toBe(
      'tenant.already_registered',
    );
  });

  test('a stale expected revision is a conflict with the current revision, and writes nothing', async () => {
    await pipeline().run(request('stale'), caller('stale'));
    const stale = await pipeline().run(request('stale', 5), caller('stale'));
    expect(E.isLeft(stale) && stale.left).toEqual({ kind: 'conflict', currentRevision: 0n });
    expect(await side().store.readStream(streamName.tenant(tenantIdFor('stale')))).toHaveLength(1);
  });

  test('read models that caught up answer `current`', async () => {
    const result = await pipeline().run(request('current'), caller('current'));
    expect(E.isRight(result) && result.right.readModels).toBe('current');
  });

  test('read models that cannot catch up (no runner runs) answer `behind` and say so in the log', async () => {
    const warnings: string[] = [];
    const log: Log = { debug: () => undefined, info: () => undefined, warn: (_f, message) => warnings.push(message) };
    const stuck = new PositionWaiter(side().db, new EventEmitter(), [accountsProjection], 50);
    const result = await pipeline(stuck, log).run(request('behind'), caller('behind'));
    expect(E.isRight(result) && result.right.readModels).toBe('behind');
    expect(warnings).toEqual([expect.stringMatching(/read models did not catch up/)]);
    // The write stands: only the screens are behind.
    expect(await side().store.readStream(streamName.tenant(tenantIdFor('behind')))).toHaveLength(1);
  });

  test('waitForReadModels: false answers once stored, without asking the waiter, and logs nothing', async () => {
    const warnings: string[] = [];
    const log: Log = { debug: () => undefined, info: () => undefined, warn: (_f, message) => warnings.push(message) };
    const asked: unknown[] = [];
    const waiter: ReadModelWaiter = { waitFor: async (target) => (asked.push(target), true) };
    const result = await pipeline(waiter, log).run(
      { ...request('unawaited'), waitForReadModels: false },
      caller('unawaited'),
    );
    expect(E.isRight(result) && result.right.readModels).toBe('behind');
    expect(asked).toEqual([]);
    expect(warnings).toEqual([]);
    expect(await side().store.readStream(streamName.tenant(tenantIdFor('unawaited')))).toHaveLength(1);
  });

  test('a reference that names nothing of the tenant is unresolved on its field; a known one is added', async () => {
    const tenantId = tenantIdFor('refs');
    const unknown = await pipeline().resolve(tenantId, ['routeId'], { routeId: 'no-such-route', x: 1 });
    expect(E.isLeft(unknown) && unknown.left).toMatchObject({
      kind: 'unresolved',
      path: 'routeId',
      error: { code: 'processing_route.not_found' },
    });
    const standard = await pipeline().resolve(tenantId, ['routeId'], { routeId: 'standard', x: 1 });
    expect(E.isRight(standard) && standard.right).toMatchObject({ x: 1, route: { routeId: 'standard' } });
    // A command that declares no references gets its body as it was.
    expect(await pipeline().resolve(tenantId, [], { routeId: 'no-such-route' })).toEqual(
      E.right({ routeId: 'no-such-route' }),
    );
  });

  test('runMany: each command on its own, the read models waited for once, the same key again writes nothing', async () => {
    await pipeline().run(request('bulk-taken'), caller('bulk-taken'));
    const codes = ['bulk-a', 'bulk-taken', 'bulk-b'];
    const items = codes.map((code) => ({ streamName: request(code).streamName, command: registerTenant(code) }));
    const results = await pipeline().runMany(tenantDecider, 'RegisterTenant', items, caller('bulk-a', 'bulk-key'));
    expect(results.map((r) => (E.isRight(r) ? r.right.readModels : r.left.kind))).toEqual([
      'current',
      'rejected',
      'current',
    ]);
    for (const code of ['bulk-a', 'bulk-b']) expect(await findTenantByCode(side().db, code)).toMatchObject({ code });

    const again = await pipeline().runMany(tenantDecider, 'RegisterTenant', items, caller('bulk-a', 'bulk-key'));
    expect(again.map((r) => E.isRight(r) && r.right.duplicate)).toEqual([true, false, true]);
    expect(await side().store.readStream(streamName.tenant(tenantIdFor('bulk-b')))).toHaveLength(1);
  });
});
