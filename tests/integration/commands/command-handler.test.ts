import * as E from 'fp-ts/Either';
import { staffUserIdFor, streamName, tenantIdFor } from '../../../domain/shared/ids';
import { staffUserDecider } from '../../../domain/staff-user/staff-user';
import { tenantDecider } from '../../../domain/tenant/tenant';
import { CommandHandler } from '../../../application/commands/command-handler';
import { context, fixedClock, openWriteSide, type WriteSide } from '../../support/write-side';

let side: WriteSide;
beforeAll(async () => {
  side = await openWriteSide();
});
afterAll(() => side.close());

const registerTenant = (code: string) =>
  ({
    type: 'RegisterTenant',
    tenantId: tenantIdFor(code),
    code,
    name: `${code} 株式会社`,
    retentionPlan: '13months',
  }) as const;

describe('command handler', () => {
  test('appends the decided events with the full metadata of the command', async () => {
    const ctx = context({ actor: 'user-7' });
    const result = await side.commands.handle(
      tenantDecider,
      streamName.tenant(tenantIdFor('meta')),
      registerTenant('meta'),
      ctx,
      { commandName: 'RegisterTenant' },
    );
    expect(E.isRight(result) && result.right.revision).toBe(0n);
    const [stored] = await side.store.readStream(streamName.tenant(tenantIdFor('meta')));
    expect(stored!.metadata).toEqual({
      tenantId: ctx.tenantId,
      actor: 'user-7',
      commandId: ctx.commandId,
      correlationId: ctx.correlationId,
      causationId: ctx.commandId,
      occurredAt: '2026-11-30T09:00:00.000Z',
      commandName: 'RegisterTenant',
    });
  });

  test('re-sending a command with the same commandId appends nothing and answers as before', async () => {
    const stream = streamName.tenant(tenantIdFor('idem'));
    const ctx = context();
    const first = await side.commands.handle(tenantDecider, stream, registerTenant('idem'), ctx);
    const again = await side.commands.handle(tenantDecider, stream, registerTenant('idem'), ctx);
    expect(E.isRight(again) && again.right.duplicate).toBe(true);
    expect(E.isRight(again) && E.isRight(first) && again.right.position).toEqual(
      E.isRight(first) && first.right.position,
    );
    expect(await side.store.readStream(stream)).toHaveLength(1);
  });

  test('a business refusal is a value with the reason, and writes nothing', async () => {
    const stream = streamName.tenant(tenantIdFor('twice'));
    await side.commands.handle(tenantDecider, stream, registerTenant('twice'), context());
    const refused = await side.commands.handle(tenantDecider, stream, registerTenant('twice'), context());
    expect(refused).toEqual(
      E.left({ kind: 'rejected', error: expect.objectContaining({ code: 'tenant.already_registered' }) }),
    );
    expect(await side.store.readStream(stream)).toHaveLength(1);
  });

  test('a stale user edit answers conflict with the current revision instead of overwriting', async () => {
    const tenantId = tenantIdFor('stale');
    const userId = staffUserIdFor(tenantId, 'kato');
    const command = {
      type: 'RegisterStaffUser',
      staffUserId: userId,
      tenantId,
      username: 'kato',
      displayName: '加藤',
      roles: ['staff'],
    } as const;
    await side.commands.handle(staffUserDecider, streamName.staffUser(userId), command, context());
    const stale = await side.commands.handle(staffUserDecider, streamName.staffUser(userId), command, context(), {
      expectedRevision: 5n,
    });
    expect(stale).toEqual(E.left({ kind: 'conflict', currentRevision: 0n }));
  });

  test('concurrent system commands on one stream: the loser retries, re-decides and is refused, never duplicated', async () => {
    const stream = streamName.tenant(tenantIdFor('race'));
    const results = await Promise.all(
      Array.from({ length: 8 }, () => side.commands.handle(tenantDecider, stream, registerTenant('race'), context())),
    );
    expect(results.filter(E.isRight)).toHaveLength(1);
    expect(results.filter(E.isLeft).map((r) => E.isLeft(r) && r.left.kind)).toEqual(Array(7).fill('rejected'));
    expect(await side.store.readStream(stream)).toHaveLength(1);
  });
});

describe('command handler: many commands at once', () => {
  const item = (code: string, ctx = context()) => ({
    streamName: streamName.tenant(tenantIdFor(code)),
    command: registerTenant(code),
    context: ctx,
  });

  test('each command succeeds or fails alone; re-sent ids append nothing; a stream twice in one batch is decided in order', async () => {
    const again = context();
    await side.commands.handle(
      tenantDecider,
      streamName.tenant(tenantIdFor('many-old')),
      registerTenant('many-old'),
      again,
    );
    const results = await side.commands.handleMany(tenantDecider, [
      item('many-a'),
      item('many-b'),
      item('many-old', again),
      item('many-old'),
      item('many-a'),
    ]);
    expect(
      results.map((r) =>
        E.isRight(r)
          ? r.right.duplicate
            ? 'duplicate'
            : `revision ${r.right.revision}`
          : r.left.kind === 'rejected' && r.left.error.code,
      ),
    ).toEqual(['revision 0', 'revision 0', 'duplicate', 'tenant.already_registered', 'tenant.already_registered']);
    const stored = await side.store.readStreams(
      ['many-a', 'many-b', 'many-old'].map((c) => streamName.tenant(tenantIdFor(c))),
    );
    expect([...stored.values()].map((events) => (Array.isArray(events) ? events.length : events))).toEqual([1, 1, 1]);
  });

  test('a history the caller brings spares the read; one that went stale is caught by the expected revision and decided again', async () => {
    const existing = streamName.tenant(tenantIdFor('brought-old'));
    await side.commands.handle(tenantDecider, existing, registerTenant('brought-old'), context());
    const results = await side.commands.handleMany(tenantDecider, [
      { ...item('brought-old'), history: [] },
      { ...item('brought-new'), history: [] },
    ]);
    expect(results.map((r) => (E.isRight(r) ? `revision ${r.right.revision}` : r.left.kind))).toEqual([
      'rejected',
      'revision 0',
    ]);
    expect(await side.store.readStream(existing)).toHaveLength(1);
  });

  test('a batch is logged as one line with what came of it; each command at debug, each refusal at warn', async () => {
    const lines: Array<{ level: string; message: string; fields: Record<string, unknown> }> = [];
    const record = (level: string) => (fields: Record<string, unknown>, message: string) =>
      void lines.push({ level, message, fields });
    const log = { debug: record('debug'), info: record('info'), warn: record('warn') };
    const commands = new CommandHandler(side.store, side.runnerDependencies.registry, fixedClock(), log);
    const ctx = () => context({ actor: '佐藤', correlationId: 'import-①' });
    await commands.handleMany(tenantDecider, [item('log-a', ctx()), item('log-b', ctx()), item('log-a', ctx())], {
      commandName: 'RegisterTenant',
    });
    expect(lines.filter((l) => l.level === 'info')).toEqual([
      {
        level: 'info',
        message: 'commands handled',
        fields: {
          command: 'RegisterTenant',
          correlationId: 'import-①',
          actor: '佐藤',
          commands: 3,
          handled: 2,
          duplicates: 0,
          refused: 1,
          events: 2,
        },
      },
    ]);
    expect(lines.filter((l) => l.level === 'debug').map((l) => l.fields.streamName)).toEqual([
      streamName.tenant(tenantIdFor('log-a')),
      streamName.tenant(tenantIdFor('log-b')),
    ]);
    expect(lines.filter((l) => l.level === 'warn')).toEqual([
      expect.objectContaining({
        message: 'command refused',
        fields: expect.objectContaining({ code: 'tenant.already_registered' }),
      }),
    ]);
  });

  test('events appended in a batch carry their own command metadata', async () => {
    const ctx = context({ actor: 'importer' });
    const [result] = await side.commands.handleMany(tenantDecider, [item('many-meta', ctx)], {
      commandName: 'RegisterTenant',
    });
    expect(result).toEqual(
      E.right(expect.objectContaining({ duplicate: false, events: [expect.anything()], position: expect.anything() })),
    );
    const [stored] = await side.store.readStream(streamName.tenant(tenantIdFor('many-meta')));
    expect(stored!.metadata).toMatchObject({
      actor: 'importer',
      commandId: ctx.commandId,
      commandName: 'RegisterTenant',
    });
  });
});
