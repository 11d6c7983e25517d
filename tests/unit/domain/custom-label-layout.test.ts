import { customLabelLayoutDecider } from '../../../domain/custom-label-layout/custom-label-layout';
import type { CustomLabelLayoutDefined } from '../../../domain/custom-label-layout/events';
import { deciderSpecification } from '../../support/decider-specification';

const spec = deciderSpecification(customLabelLayoutDecider);
const layout = {
  carrier: 'yamato',
  encoding: 'cp932',
  header: true,
  columns: [
    { header: '管理番号', source: { field: 'key' } },
    { header: 'お届け先', source: { join: ['recipient.address', 'recipient.building'], separator: '　' } },
    { header: '伝票番号', source: { fixed: '' } },
  ],
};
const define = {
  type: 'DefineCustomLabelLayout',
  layoutId: 'l-1',
  tenantId: 't-1',
  name: ' 髙橋の倉庫用 ',
  layout,
} as const;
const defined: CustomLabelLayoutDefined = {
  type: 'CustomLabelLayoutDefined',
  data: { layoutId: 'l-1', tenantId: 't-1', name: '髙橋の倉庫用', layout },
};
const changed = { ...layout, header: false };
const removed = { type: 'CustomLabelLayoutRemoved', data: { layoutId: 'l-1' } } as const;

describe('CustomLabelLayout (カスタム送り状)', () => {
  test('a tenant saves a layout under a trimmed name', () => spec.given([]).when(define).then([defined]));

  test('a name is needed, at most 50 characters, once per tenant', () => {
    spec
      .given([])
      .when({ ...define, name: '　' })
      .thenRefuses('custom_label_layout.empty_name', '名前');
    spec
      .given([])
      .when({ ...define, name: '﨑'.repeat(51) })
      .thenRefuses('custom_label_layout.name_too_long', '50');
    spec.given([defined]).when(define).thenRefuses('custom_label_layout.name_taken', '髙橋の倉庫用');
  });

  test('the layout changes; the same layout again records nothing', () => {
    spec
      .given([defined])
      .when({ type: 'ChangeCustomLabelLayout', tenantId: 't-1', layout: changed })
      .then([{ type: 'CustomLabelLayoutChanged', data: { layoutId: 'l-1', layout: changed } }]);
    spec.given([defined]).when({ type: 'ChangeCustomLabelLayout', tenantId: 't-1', layout }).then([]);
  });

  test('a removed layout is gone and its name free again', () => {
    spec.given([defined]).when({ type: 'RemoveCustomLabelLayout', tenantId: 't-1' }).then([removed]);
    spec
      .given([defined, removed])
      .when({ type: 'RemoveCustomLabelLayout', tenantId: 't-1' })
      .thenRefuses('custom_label_layout.not_found');
    spec
      .given([defined, removed])
      .when({ type: 'ChangeCustomLabelLayout', tenantId: 't-1', layout: changed })
      .thenRefuses('custom_label_layout.not_found');
    spec.given([defined, removed]).when(define).then([defined]);
  });

  test("another tenant's layout does not exist for this one", () => {
    spec
      .given([defined])
      .when({ type: 'ChangeCustomLabelLayout', tenantId: 't-2', layout: changed })
      .thenRefuses('custom_label_layout.not_found');
    spec
      .given([defined])
      .when({ type: 'RemoveCustomLabelLayout', tenantId: 't-2' })
      .thenRefuses('custom_label_layout.not_found');
  });
});
