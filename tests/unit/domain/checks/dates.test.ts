import { checkDeliveryDate } from '../../../../domain/checks/delivery-date';
import { checkShipDate } from '../../../../domain/checks/ship-date';
import { checkContext, checkedOrder, destinationTo, onlyChecks } from '../../../support/check-fixtures';

describe('出荷予定日', () => {
  test('given none, it trips as missing', () =>
    expect(checkShipDate(checkedOrder({ shopData: { plannedShipDate: null } }), checkContext())).toEqual([
      { check: 'ship_date', destinationIndex: null, data: { reason: 'missing' } },
    ]));

  test('given yesterday, it trips as past', () =>
    expect(checkShipDate(checkedOrder({ shopData: { plannedShipDate: '2026-11-30' } }), checkContext())).toEqual([
      {
        check: 'ship_date',
        destinationIndex: null,
        data: { reason: 'past', plannedShipDate: '2026-11-30', today: '2026-12-01' },
      },
    ]));

  test('given today or later, nothing trips', () => {
    expect(checkShipDate(checkedOrder({ shopData: { plannedShipDate: '2026-12-01' } }), checkContext())).toEqual([]);
    expect(checkShipDate(checkedOrder(), checkContext())).toEqual([]);
  });
});

/** The fixture order (ordered 2026-11-30, ships 2026-12-02 by yamato) wishing `desiredDate` for a recipient there. */
const wishing = (desiredDate: string | null, prefecture = '大阪府', plannedShipDate: string | null = '2026-12-02') =>
  checkedOrder({
    mallData: { destinations: [destinationTo({ prefecture }, { desiredDate })] },
    shopData: { plannedShipDate },
  });

describe('配送指定日', () => {
  const context = checkContext();

  test('given a date before the ship date plus 1 day to 大阪府, it trips with the earliest date', () =>
    expect(checkDeliveryDate(wishing('2026-12-02'), context)).toEqual([
      {
        check: 'delivery_date',
        destinationIndex: 0,
        data: {
          reason: 'too_early',
          desiredDate: '2026-12-02',
          earliest: '2026-12-03',
          shipDate: '2026-12-02',
          leadDays: '1',
          prefecture: '大阪府',
        },
      },
    ]));

  test('given the earliest date itself, or no date, nothing trips', () => {
    expect(checkDeliveryDate(wishing('2026-12-03'), context)).toEqual([]);
    expect(checkDeliveryDate(wishing(null), context)).toEqual([]);
  });

  test('given 沖縄県 (3 days), a date that would do for 大阪 trips', () => {
    expect(checkDeliveryDate(wishing('2026-12-04', '沖縄県'), context)).toMatchObject([
      { data: { reason: 'too_early', earliest: '2026-12-05', leadDays: '3' } },
    ]);
    expect(checkDeliveryDate(wishing('2026-12-05', '沖縄県'), context)).toEqual([]);
  });

  test('given no planned ship date, the lead time counts from today', () => {
    expect(checkDeliveryDate(wishing('2026-12-01', '大阪府', null), context)).toMatchObject([
      { data: { shipDate: '2026-12-01', earliest: '2026-12-02' } },
    ]);
    expect(checkDeliveryDate(wishing('2026-12-02', '大阪府', null), context)).toEqual([]);
  });

  test('given a ship date on 元日, the parcel leaves on the next business day; carriers deliver on weekends', () => {
    const newYear = (desiredDate: string) => wishing(desiredDate, '大阪府', '2027-01-01');
    const farEnough = { settings: onlyChecks(['delivery_date'], { maxDeliveryDaysAhead: 60 }) };
    expect(checkDeliveryDate(newYear('2027-01-04'), checkContext(farEnough))).toMatchObject([
      { data: { reason: 'too_early', shipDate: '2027-01-04', earliest: '2027-01-05' } },
    ]);
    // Without the holiday calendar only weekends are closed: it would leave on 元日 itself.
    expect(checkDeliveryDate(newYear('2027-01-04'), checkContext({ ...farEnough, isClosedDay: undefined }))).toEqual(
      [],
    );
    // Shipped on Friday 12-04, delivered on Saturday.
    expect(checkDeliveryDate(wishing('2026-12-05', '大阪府', '2026-12-04'), context)).toEqual([]);
  });

  test('given a date more than 30 days after the order date, it trips as too far; the 30th day does not', () => {
    expect(checkDeliveryDate(wishing('2026-12-31'), context)).toEqual([
      {
        check: 'delivery_date',
        destinationIndex: 0,
        data: { reason: 'too_far', desiredDate: '2026-12-31', latest: '2026-12-30', maxDays: '30' },
      },
    ]);
    expect(checkDeliveryDate(wishing('2026-12-30'), context)).toEqual([]);
    const sixtyDays = checkContext({ settings: onlyChecks(['delivery_date'], { maxDeliveryDaysAhead: 60 }) });
    expect(checkDeliveryDate(wishing('2026-12-31'), sixtyDays)).toEqual([]);
  });

  test('given a date that is not a date, it trips as unreadable', () =>
    expect(checkDeliveryDate(wishing('12月5日'), context)).toMatchObject([
      { data: { reason: 'unreadable', desiredDate: '12月5日' } },
    ]));

  test('given two destinations, only the one too early trips, with its index', () => {
    const order = checkedOrder({
      mallData: {
        destinations: [
          destinationTo({}, { desiredDate: '2026-12-05' }),
          destinationTo({}, { desiredDate: '2026-12-02' }),
        ],
      },
    });
    expect(checkDeliveryDate(order, context).map((f) => f.destinationIndex)).toEqual([1]);
  });
});
