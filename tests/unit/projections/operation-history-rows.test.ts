import { operationHistoryRows } from '../../../projections/operation-history/operation-history-projection';
import { recordedFor } from '../../support/decoded-events';
import { imported } from '../../support/order-fixtures';

describe('operation history rows, made without a database', () => {
  test('one row per event: position, tenant, time, who, what and where', () => {
    const decoded = recordedFor('00000000-0000-4000-8000-000000000001')(imported, {
      revision: 0n,
      occurredAt: '2026-12-01T00:00:00.000Z',
    });
    const { event: _event, ...header } = { ...decoded, type: decoded.event.type };
    expect(operationHistoryRows([header])).toEqual([
      [
        '1',
        '1',
        '00000000-0000-4000-8000-000000000001',
        '2026-12-01T00:00:00.000Z',
        'staff-1',
        'OrderImported',
        'order-o-1',
      ],
    ]);
  });
});
