import { CHECK_KINDS } from '../../../../domain/checks/check-finding';
import { DEFAULT_CHECK_SETTINGS } from '../../../../domain/checks/default-check-settings';
import { defaultLeadDays } from '../../../../domain/checks/lead-days';
import { runChecks } from '../../../../domain/checks/run-checks';
import { checkContext, checkedOrder, destinationTo, onlyChecks } from '../../../support/check-fixtures';

describe('runChecks', () => {
  test('given the fixture order and the default settings, only its remark trips', () =>
    expect(runChecks(checkedOrder(), checkContext())).toEqual([
      { check: 'remarks', destinationIndex: null, data: { remarks: '午前中は不在です～よろしくお願いします' } },
    ]));

  test('given an order that trips several checks, the findings come in CHECK_KINDS order', () => {
    const order = checkedOrder({
      mallData: { destinations: [destinationTo({ street: '梅田', building: '' })], buyerRemarks: '急ぎです' },
      shopData: { plannedShipDate: null },
    });
    expect(runChecks(order, checkContext()).map((f) => f.check)).toEqual(['house_number', 'ship_date', 'remarks']);
  });

  test('given a check set to off, it does not run; warn and hold both run', () => {
    const order = checkedOrder({ shopData: { plannedShipDate: null } });
    const held = { ...DEFAULT_CHECK_SETTINGS.checks, ship_date: { mode: 'hold' as const, box: 3 } };
    expect(runChecks(order, checkContext({ settings: onlyChecks([]) }))).toEqual([]);
    expect(runChecks(order, checkContext({ settings: { ...onlyChecks(['ship_date']) } })).map((f) => f.check)).toEqual([
      'ship_date',
    ]);
    expect(
      runChecks(order, checkContext({ settings: { ...onlyChecks(['ship_date']), checks: held } })).map((f) => f.check),
    ).toContain('ship_date');
  });
});

describe('the defaults', () => {
  test('every check warns, with no box; 24 hours, no keywords, 30 days', () => {
    expect(CHECK_KINDS.map((kind) => DEFAULT_CHECK_SETTINGS.checks[kind])).toEqual(
      CHECK_KINDS.map(() => ({ mode: 'warn', box: null })),
    );
    expect(DEFAULT_CHECK_SETTINGS).toMatchObject({
      duplicateWithinHours: 24,
      remarkKeywords: [],
      maxDeliveryDaysAhead: 30,
    });
  });

  test.each([
    ['大阪府', 1],
    ['東京都', 1],
    ['愛媛県', 1],
    ['北海道', 2],
    ['鹿児島県', 2],
    ['沖縄県', 3],
    ['', 3],
  ])('lead days to %s: %i', (prefecture, days) => expect(defaultLeadDays('yamato', prefecture)).toBe(days));
});
