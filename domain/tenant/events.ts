import * as t from 'io-ts';

export const RetentionPlan = t.keyof({ '3months': null, '13months': null, unlimited: null });
export type RetentionPlan = t.TypeOf<typeof RetentionPlan>;

export const TenantRegistered = t.strict({
  type: t.literal('TenantRegistered'),
  data: t.strict({ tenantId: t.string, code: t.string, name: t.string, retentionPlan: RetentionPlan }),
});
export type TenantRegistered = t.TypeOf<typeof TenantRegistered>;

/** The first stored shape had no retention plan; tenants of that time kept 13 months of orders. */
export const upcastTenantRegistered = (data: Record<string, unknown>): Record<string, unknown> =>
  'retentionPlan' in data ? data : { ...data, retentionPlan: '13months' };

export type TenantEvent = TenantRegistered;
