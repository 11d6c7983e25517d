import type { ShopRegistered } from '../../../domain/shop/events';
import { shopDecider } from '../../../domain/shop/shop';
import { deciderSpecification } from '../../support/decider-specification';

const spec = deciderSpecification(shopDecider);
const registered: ShopRegistered = {
  type: 'ShopRegistered',
  data: { shopId: 's-1', tenantId: 't-1', code: 'rakuten-main', mall: 'rakuten', name: '髙橋商店 楽天市場店' },
};

describe('Shop', () => {
  test('a shop is registered once per code', () => {
    spec
      .given([])
      .when({
        type: 'RegisterShop',
        shopId: 's-1',
        tenantId: 't-1',
        code: 'rakuten-main',
        mall: 'rakuten',
        name: ' 髙橋商店 楽天市場店 ',
      })
      .then([registered]);
    spec
      .given([registered])
      .when({ type: 'RegisterShop', shopId: 's-1', tenantId: 't-1', code: 'rakuten-main', mall: 'rakuten', name: 'x' })
      .thenRefuses('shop.already_registered');
  });

  test('a shop is renamed; code and mall stay', () =>
    spec
      .given([registered])
      .when({ type: 'RenameShop', shopId: 's-1', tenantId: 't-1', name: '髙橋商店①楽天店～本店' })
      .then([{ type: 'ShopRenamed', data: { shopId: 's-1', tenantId: 't-1', name: '髙橋商店①楽天店～本店' } }]));

  test('the same name again writes nothing; an empty name is refused', () => {
    spec
      .given([registered])
      .when({ type: 'RenameShop', shopId: 's-1', tenantId: 't-1', name: '髙橋商店 楽天市場店' })
      .then([]);
    spec
      .given([registered])
      .when({ type: 'RenameShop', shopId: 's-1', tenantId: 't-1', name: '　' })
      .thenRefuses('shop.name_required');
  });

  test("a missing shop and another tenant's shop are not found", () => {
    spec
      .given([])
      .when({ type: 'RenameShop', shopId: 's-1', tenantId: 't-1', name: 'x' })
      .thenRefuses('shop.not_found');
    spec
      .given([registered])
      .when({ type: 'RenameShop', shopId: 's-1', tenantId: 't-2', name: 'x' })
      .thenRefuses('shop.not_found');
  });
});
