import { randomUUID } from 'node:crypto';
import { EventCodecError } from '../../../application/events/event-registry';
import { createProductEventRegistry } from '../../../application/events/product-events';
import { STANDARD } from '../../../application/import/formats/standard';
import type { RecordedEvent } from '../../../application/ports/event-store';

const registry = createProductEventRegistry();
const metadata = {
  tenantId: 't-1',
  actor: 'system',
  correlationId: 'c-1',
  causationId: 'c-1',
  commandId: 'cmd-1',
  occurredAt: '2026-11-30T00:00:00.000Z',
};
const recorded = (
  type: string,
  data: Record<string, unknown>,
  meta: Record<string, unknown> = metadata,
): RecordedEvent => ({
  id: randomUUID(),
  streamName: 'tenant-1',
  revision: 0n,
  position: { commit: 1n, prepare: 1n },
  type,
  data,
  metadata: meta,
  createdAt: new Date(),
});

describe('event registry', () => {
  test('encodes a domain event with its metadata for the store', () => {
    const event = registry.toNewEvent(
      {
        type: 'TenantRegistered',
        data: { tenantId: 't-1', code: 'shop-a', name: '㈱テスト', retentionPlan: 'unlimited' },
      },
      metadata,
    );
    expect(event).toMatchObject({ type: 'TenantRegistered', data: { name: '㈱テスト' }, metadata });
  });

  test('refuses to store an event that does not match its codec', () => {
    expect(() =>
      registry.toNewEvent({ type: 'TenantRegistered', data: { tenantId: 't-1', code: 'shop-a' } }, metadata),
    ).toThrow(EventCodecError);
  });

  test('refuses to store an event without the required metadata', () => {
    const withoutActor = { ...metadata, actor: undefined } as unknown as typeof metadata;
    expect(() =>
      registry.toNewEvent(
        { type: 'TenantRegistered', data: { tenantId: 't-1', code: 'a1', name: 'x', retentionPlan: '3months' } },
        withoutActor,
      ),
    ).toThrow(/actor/);
  });

  test('upcasts the first stored shape of TenantRegistered (no retention plan) on read', () => {
    const decoded = registry.decode(recorded('TenantRegistered', { tenantId: 't-1', code: 'shop-a', name: '旧形式' }));
    expect(decoded.event).toEqual({
      type: 'TenantRegistered',
      data: { tenantId: 't-1', code: 'shop-a', name: '旧形式', retentionPlan: '13months' },
    });
  });

  test('a stored event that no codec accepts is an error, never silently dropped', () => {
    expect(() => registry.decode(recorded('TenantRegistered', { code: 42 }))).toThrow(EventCodecError);
    expect(() => registry.decode(recorded('NoSuchEvent', {}))).toThrow(/unknown event type/);
  });

  test('an event read back as the very object this process appended is the event it checked; any other object is checked again', () => {
    const appended = registry.toNewEvent(
      {
        type: 'TenantRegistered',
        data: { tenantId: 't-1', code: 'shop-a', name: '㈱髙橋商店', retentionPlan: 'unlimited' },
      },
      metadata,
    );
    const sameObject = registry.decode(
      recorded(
        'TenantRegistered',
        appended.data as Record<string, unknown>,
        appended.metadata as Record<string, unknown>,
      ),
    );
    expect(sameObject.event).toEqual({
      type: 'TenantRegistered',
      data: { tenantId: 't-1', code: 'shop-a', name: '㈱髙橋商店', retentionPlan: 'unlimited' },
    });
    expect(sameObject.metadata).toBe(appended.metadata);
    // An equal copy (as another process reads it) goes through the codec: a broken copy is refused.
    expect(() => registry.decode(recorded('TenantRegistered', { ...appended.data, name: 42 }))).toThrow(
      EventCodecError,
    );
    expect(() =>
      registry.decode(
        recorded('TenantRegistered', appended.data as Record<string, unknown>, { ...metadata, actor: undefined }),
      ),
    ).toThrow(/actor/);
  });

  test('the check on the way in refuses what reading would refuse: a saved mapping whose option pattern does not compile', () => {
    const mapping = { ...STANDARD, optionRows: '商品オプション「(' };
    const changed = (m: unknown) => ({ type: 'ImportMappingChanged', data: { mappingId: 'm-1', mapping: m } }) as never;
    expect(() => registry.toNewEvent(changed(mapping), metadata)).toThrow(/regular expression/);
    expect(registry.toNewEvent(changed({ ...STANDARD, optionRows: '^商品オプション「(.+)」$' }), metadata).type).toBe(
      'ImportMappingChanged',
    );
  });
});
