import type { CautionArea } from '../../../domain/checks/check-finding';
import type { TenantSettingsEvent } from '../../../domain/tenant-settings/events';
import { tenantSettingsDecider } from '../../../domain/tenant-settings/tenant-settings';
import { deciderSpecification } from '../../support/decider-specification';

const spec = deciderSpecification(tenantSettingsDecider);
const tenantId = 't-1';
const AREAS: CautionArea[] = [
  {
    id: 'yonaguni',
    key: { kind: 'postal', code: '9071801' },
    labels: ['離島', '中継料'],
    carriers: ['yamato'],
    note: '与那国町',
  },
  {
    id: 'izu',
    key: { kind: 'postal_range', from: '1000100', to: '1000399' },
    labels: ['離島'],
    carriers: [],
    note: '',
  },
  {
    id: 'ogasawara',
    key: { kind: 'address_prefix', prefix: '東京都小笠原村' },
    labels: ['時間指定不可'],
    carriers: [],
    note: '髙﨑①',
  },
];
const save = (areas: readonly CautionArea[]) => ({ type: 'SaveCautionAreas', tenantId, areas }) as const;
const saved: TenantSettingsEvent = { type: 'CautionAreasSaved', data: { tenantId, areas: AREAS } };
const reset: TenantSettingsEvent = { type: 'CautionAreasReset', data: { tenantId } };
const withRow = (row: Partial<CautionArea>, index = 0) => AREAS.map((a, i) => (i === index ? { ...a, ...row } : a));

describe('Tenant settings: 要注意発送地域', () => {
  test('the table starts as the shipped list (null), is saved whole, and goes back to the shipped list', () => {
    expect(tenantSettingsDecider.initialState().cautionAreas).toBeNull();
    spec.given([]).when(save(AREAS)).then([saved]);
    spec.given([saved]).when(save(AREAS)).then([]);
    const state = [saved].reduce(tenantSettingsDecider.evolve, tenantSettingsDecider.initialState());
    expect(state.cautionAreas).toEqual(AREAS);
    spec.given([saved]).when({ type: 'ResetCautionAreas', tenantId }).then([reset]);
    spec.given([saved, reset]).when({ type: 'ResetCautionAreas', tenantId }).then([]);
    expect(
      [saved, reset].reduce(tenantSettingsDecider.evolve, tenantSettingsDecider.initialState()).cautionAreas,
    ).toBeNull();
  });

  test('an empty table is a table: the tenant wants no caution areas', () =>
    spec
      .given([])
      .when(save([]))
      .then([{ type: 'CautionAreasSaved', data: { tenantId, areas: [] } }]));

  test('postal codes lose their hyphen and full-width digits; labels and carriers are kept once', () =>
    spec
      .given([])
      .when(
        save([
          {
            ...AREAS[0]!,
            key: { kind: 'postal', code: '９０７－１８０１' },
            labels: ['離島', '中継料', '離島'],
            carriers: ['yamato', 'yamato'],
          },
          { ...AREAS[1]!, key: { kind: 'postal_range', from: '100-0100', to: '100-0399' } },
          { ...AREAS[2]!, key: { kind: 'address_prefix', prefix: ' 東京都小笠原村 ' } },
        ]),
      )
      .then([saved]));

  test('a malformed key, a backwards range, a row without a label and a repeated id are refused, naming the row', () => {
    spec
      .given([])
      .when(save(withRow({ key: { kind: 'postal', code: '90718' } })))
      .thenRefuses('caution_area.invalid_key', '1行目');
    spec
      .given([])
      .when(save(withRow({ key: { kind: 'postal_range', from: '1000399', to: '1000100' } }, 1)))
      .thenRefuses('caution_area.invalid_key', '2行目');
    spec
      .given([])
      .when(save(withRow({ key: { kind: 'address_prefix', prefix: '　' } }, 2)))
      .thenRefuses('caution_area.invalid_key', '3行目');
    spec
      .given([])
      .when(save(withRow({ labels: [] }, 1)))
      .thenRefuses('caution_area.no_label', '2行目');
    spec
      .given([])
      .when(save(withRow({ id: 'yonaguni' }, 2)))
      .thenRefuses('caution_area.invalid_id', '3行目');
  });
});
