import type { TenantRegistered } from '../../../domain/tenant/events';
import { tenantDecider } from '../../../domain/tenant/tenant';
import { deciderSpecification } from '../../support/decider-specification';

const spec = deciderSpecification(tenantDecider);
const registered: TenantRegistered = {
  type: 'TenantRegistered',
  data: { tenantId: 't-1', code: 'shop-a', name: '株式会社髙島屋①', retentionPlan: '13months' },
};

describe('Tenant', () => {
  test('a new code is registered', () =>
    spec
      .given([])
      .when({
        type: 'RegisterTenant',
        tenantId: 't-1',
        code: 'shop-a',
        name: ' 株式会社髙島屋① ',
        retentionPlan: '13months',
      })
      .then([registered]));

  test('an empty name falls back to the code', () =>
    spec
      .given([])
      .when({ type: 'RegisterTenant', tenantId: 't-1', code: 'shop-a', name: '  ', retentionPlan: '3months' })
      .then([
        {
          type: 'TenantRegistered',
          data: { tenantId: 't-1', code: 'shop-a', name: 'shop-a', retentionPlan: '3months' },
        },
      ]));

  test('the same tenant cannot be registered twice', () =>
    spec
      .given([registered])
      .when({ type: 'RegisterTenant', tenantId: 't-1', code: 'shop-a', name: 'x', retentionPlan: '13months' })
      .thenRefuses('tenant.already_registered'));

  test.each(['A', 'ｓｈｏｐ', 'shop_a', '-x', 'a'])('the code %p is refused', (code) =>
    spec
      .given([])
      .when({ type: 'RegisterTenant', tenantId: 't-1', code, name: 'x', retentionPlan: '13months' })
      .thenRefuses('tenant.invalid_code'),
  );
});
