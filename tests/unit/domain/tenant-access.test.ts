import type { TenantAccessEvent } from '../../../domain/staff-user/events';
import { tenantAccessDecider } from '../../../domain/staff-user/tenant-access';
import { deciderSpecification } from '../../support/decider-specification';

const spec = deciderSpecification(tenantAccessDecider);
const grant = {
  type: 'GrantTenantAccess',
  tenantId: 'shop-co',
  staffUserId: 'u-agency',
  homeTenantId: 'agency-co',
  permissions: ['orders.process'],
} as const;
const granted = (permissions: string[]) =>
  ({
    type: 'TenantAccessGranted',
    data: { tenantId: 'shop-co', staffUserId: 'u-agency', homeTenantId: 'agency-co', permissions },
  }) as TenantAccessEvent;
const revoke = { type: 'RevokeTenantAccess', tenantId: 'shop-co', staffUserId: 'u-agency' } as const;

describe('TenantAccess (ID切り替え)', () => {
  test('an agency user is let into a tenant with permissions', () =>
    spec
      .given([])
      .when(grant)
      .then([granted(['orders.process'])]));
  test('granting the same permissions again changes nothing; other permissions replace them', () => {
    spec
      .given([granted(['orders.process'])])
      .when(grant)
      .then([]);
    spec
      .given([granted(['orders.process'])])
      .when({ ...grant, permissions: ['history.view', 'orders.process'] })
      .then([granted(['orders.process', 'history.view'])]);
  });
  test("no grant to one's own tenant", () =>
    spec
      .given([])
      .when({ ...grant, homeTenantId: 'shop-co' })
      .thenRefuses('tenant_access.own_tenant', '自分のテナント'));
  test('access is taken away; taking it away when there is none is refused', () => {
    spec
      .given([granted([])])
      .when(revoke)
      .then([{ type: 'TenantAccessRevoked', data: { tenantId: 'shop-co', staffUserId: 'u-agency' } }]);
    spec
      .given([granted([]), { type: 'TenantAccessRevoked', data: { tenantId: 'shop-co', staffUserId: 'u-agency' } }])
      .when(revoke)
      .thenRefuses('tenant_access.not_granted');
  });
});
