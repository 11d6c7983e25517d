import * as E from 'fp-ts/Either';
import { applyChanges, diffMallData } from '../../../../domain/order/changes';
import { OrderChangedAtMall, OrderImported } from '../../../../domain/order/events';
import { imported, mallData } from '../../../support/order-fixtures';

/** What the event store gives back: JSON, so a field that is undefined is not there at all. */
const stored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe("the mall's 離島 flag on the order data", () => {
  test('an order recorded before the flag was kept decodes as unflagged, and one with it keeps it', () => {
    const before = OrderImported.decode(stored(imported));
    expect(E.isRight(before) && before.right.data.mallData).not.toHaveProperty('remoteIsland');
    const flagged = OrderImported.decode(
      stored({ ...imported, data: { ...imported.data, mallData: { ...mallData, remoteIsland: true } } }),
    );
    expect(E.isRight(flagged) && flagged.right.data.mallData.remoteIsland).toBe(true);
  });

  test('a re-import that flags the order is a change of the flag, which survives the store and applies', () => {
    const changes = diffMallData(mallData, { ...mallData, remoteIsland: true });
    expect(changes).toEqual({ remoteIsland: { before: undefined, after: true } });
    const event = { type: 'OrderChangedAtMall', data: { orderId: 'o-1', changes, amountProblems: [] } };
    const decoded = OrderChangedAtMall.decode(stored(event));
    if (E.isLeft(decoded)) throw new Error('the change did not decode');
    expect(applyChanges(mallData, decoded.right.data.changes).remoteIsland).toBe(true);
  });

  test('an unflagged re-import of an order recorded before the flag changes nothing', () =>
    expect(diffMallData(stored(mallData) as typeof mallData, { ...mallData })).toEqual({}));
});
